/** Answers offered the same way on the resident's screens and the counsellor's desk (same values, same labels). */
import { t } from '$lib/i18n';

export const yesNoUnknown = () => [
  { value: 'yes', label: t('sim.yes') },
  { value: 'no', label: t('sim.no') },
  { value: 'unknown', label: t('sim.form.dontKnow') }
];

/** What an adult receives today. */
export const situations = () => [
  { value: 'nothing', label: t('sim.income.situation.nothing') },
  { value: 'rsa', label: t('sim.income.situation.rsa') },
  { value: 'are', label: t('sim.income.situation.are') },
  { value: 'ass', label: t('sim.income.situation.ass') },
  { value: 'job', label: t('sim.income.situation.job') }
];

/** The ARE as the person knows it: a daily or a monthly amount. */
export const areAmountKinds = () => [
  { value: 'daily', label: t('sim.income.are.amountKind.daily') },
  { value: 'monthly', label: t('sim.income.are.amountKind.monthly') }
];

/** When the ARE rights end, as the person knows it. */
export const areRightsKinds = () => [
  { value: 'end-month', label: t('sim.income.are.rights.endMonth') },
  { value: 'days-left', label: t('sim.income.are.rights.daysLeft') },
  { value: 'unknown', label: t('sim.form.dontKnow') }
];
