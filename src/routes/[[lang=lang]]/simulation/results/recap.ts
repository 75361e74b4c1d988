/** The lines of the printed recap that the resident's and the counsellor's papers share: the household and the home. */
import { t } from '$lib/i18n';
import type { FormState } from '$lib/simulation/state';
import { formatEuros, isolateLtr } from '$lib/ui/format';

/** Alone or in a couple, and the children's years of birth. */
export function householdLine(state: FormState): string {
  const h = state.household;
  return t('sim.print.household', {
    who: h.couple ? t('sim.household.couple.couple') : t('sim.household.couple.alone'),
    children: h.children.length ? h.children.map((c) => c.birthYear).join(', ') : t('sim.print.noChild')
  });
}

/** The commune, tenant / hosted / owner, and the rent of a tenant ("—" when not given). */
export function homeLine(state: FormState): string {
  return t('sim.print.home', {
    commune: state.home.communeName ?? t('sim.form.dontKnow'),
    housing: t(`sim.home.housing.${state.home.housing}`),
    rent: state.home.housing === 'tenant' && state.home.rent !== null ? isolateLtr(formatEuros(state.home.rent, { cents: false })) : '—'
  });
}
