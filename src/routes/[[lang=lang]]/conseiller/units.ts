/**
 * A parameter's value written with its unit (the `unit` of rules/*.yaml): euros the French way, rates as
 * percentages, counts with their unit word. Tables (values that are not one number) are named, not listed.
 */
import { t } from '$lib/i18n';
import { formatEuros, isolateLtr } from '$lib/ui/format';
import { decimalFr } from '../simulation/text';

export function paramValue(value: number | null, unit: string | undefined): string {
  if (value === null) return t('conseiller.trace.table');
  const n = isolateLtr(decimalFr(value));
  const euros = () => isolateLtr(formatEuros(value));
  switch (unit) {
    case 'EUR':
      return euros();
    case 'EUR/mois':
      return t('conseiller.unit.perMonth', { v: euros() });
    case 'EUR/an':
      return t('conseiller.unit.perYear', { v: euros() });
    case 'EUR/jour':
      return t('conseiller.unit.perDay', { v: euros() });
    case 'EUR/heure':
      return t('conseiller.unit.perHour', { v: euros() });
    case 'taux':
      return t('sim.unit.percentValue', { n: isolateLtr(decimalFr(value * 100)) });
    case 'taux de la BMAF':
      return t('conseiller.unit.ofBmaf', { n: isolateLtr(decimalFr(value * 100)) });
    case 'taux du PSS annuel':
      return t('conseiller.unit.ofPss', { n: isolateLtr(decimalFr(value * 100)) });
    case 'ans':
    case 'années':
      return t('conseiller.unit.years', { n });
    case 'mois':
      return t('conseiller.unit.months', { n });
    case 'jours':
      return t('sim.unit.daysValue', { n });
    case 'heures/mois':
      return t('conseiller.unit.hoursMonth', { n });
    case 'heures/semaine':
      return t('conseiller.unit.hoursWeek', { n });
    default:
      return n;
  }
}
