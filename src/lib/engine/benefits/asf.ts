/**
 * Allocation de soutien familial (CSS L523-1, R523-7, D523-3; rules-dossier §5.4, §22.1, §23).
 *
 * Modelled case (reference convention): a lone parent who receives no child support, so the ASF is paid in full,
 * 42.2 % of the BMAF per child under 20; none in a couple. Not paid below 15 € a month.
 * RSA and prime d'activité count the forfait min(ASF paid, 22.5 % BMAF × children) (CASF R262-10-1, CSS R844-4).
 */
import type { MonthContext } from '../context';
import { ZERO } from '../money';
import { at } from '../rules';
import { Traceur, enfantsACharge, isole, pf, pfNum, resultat, type PrestationFamiliale } from './prestations-familiales';

export const SLUG = 'asf';

export function asf(ctx: MonthContext): PrestationFamiliale {
  const tr = new Traceur(ctx.trace);
  if (!isole(ctx.household)) return resultat(ctx, tr, SLUG, ZERO, [`${SLUG}.couple`], ZERO);
  const n = enfantsACharge(ctx, tr).length;
  tr.input('enfants', n);
  if (n === 0) return resultat(ctx, tr, SLUG, ZERO, [`${SLUG}.no-child`], ZERO);
  const bmaf = pfNum(ctx, tr, 'bmaf');
  const taux = pf(ctx, tr, 'asf_taux');
  const brut = bmaf.times(at(taux, 'un_parent')).times(n);
  const forfait = bmaf.times(at(taux, 'forfait_rsa_pa')).times(n);
  tr.step(`${SLUG}.montant`, brut, { bmaf, enfants: n });
  tr.step(`${SLUG}.forfait-rsa-pa`, forfait, { bmaf, enfants: n });
  if (brut.lt(pfNum(ctx, tr, 'seuil_versement'))) return resultat(ctx, tr, SLUG, ZERO, [`${SLUG}.below-threshold`], ZERO);
  return resultat(ctx, tr, SLUG, brut, [], forfait);
}
