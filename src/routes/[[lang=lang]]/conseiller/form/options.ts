/** The choices of the counsellor's selects, with the labels of the resident's screens where they exist. */
import { t } from '$lib/i18n';
import { monthOfYearName } from '../../simulation/text';

export { areAmountKinds, areRightsKinds, situations, yesNoUnknown } from '../../simulation/options';

export const basis = () => [
  { value: 'gross', label: t('sim.pay.basis.gross') },
  { value: 'net', label: t('sim.pay.basis.net') }
];

export const birthMonths = () => [
  { value: null, label: t('sim.form.dontKnow') },
  ...Array.from({ length: 12 }, (_, i) => ({ value: i + 1, label: monthOfYearName(i + 1) }))
];

export const contracts = () => [
  { value: 'cdi', label: t('sim.job.contract.cdi') },
  { value: 'cdd', label: t('sim.job.contract.cdd') },
  { value: 'interim', label: t('sim.job.contract.interim') }
];

export const payKinds = () => [
  { value: 'smic', label: t('sim.pay.kind.smic') },
  { value: 'hourly', label: t('conseiller.offer.payHourly') },
  { value: 'monthly', label: t('conseiller.offer.payMonthly') }
];

export const commuteModes = () => [
  { value: 'bus', label: t('sim.commute.mode.bus') },
  { value: 'car', label: t('sim.commute.mode.car') },
  { value: 'bike', label: t('sim.commute.mode.bike') },
  { value: 'walk', label: t('sim.commute.mode.walk') }
];

export const careModes = () => [
  { value: 'none', label: t('conseiller.care.none') },
  { value: 'creche', label: t('sim.childcare.mode.creche') },
  { value: 'assistante-maternelle', label: t('sim.childcare.mode.am') },
  { value: 'periscolaire', label: t('sim.childcare.mode.periscolaire') },
  { value: 'family', label: t('sim.childcare.mode.family') }
];
