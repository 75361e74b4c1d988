/**
 * Complément familial (CSS L522-1, R522-1, R522-2, R522-4, D522-1; rules-dossier §5.3, §19).
 *
 * - At least 3 children aged 3 to under 21 (every child under 21 counts for the ceilings).
 * - Montant majoré (62.48 % BMAF) when the resources of year N−2 are at most the majoré ceiling (R522-4),
 *   montant de base (41.65 %) up to the base ceiling (R522-2); ceilings raised per child and for two-earner couples
 *   and lone parents.
 * - Differential CF just above the base ceiling: (ceiling + 12 × base amount − resources) ÷ 12 (L522-2).
 * - Not paid in a month where the PAJE allocation de base is due (non-cumul: service-public F13214; OpenFisca `cf`).
 * - RSA and prime d'activité count the non-majoré amount (R844-4 II; §23).
 */
import type { MonthContext } from '../context';
import type { Amount } from '../trace';
import { ZERO } from '../money';
import { at } from '../rules';
import { ressourcesN2 } from '../resources-annual';
import { Traceur, biactif, enfantsDeMoinsDe, isole, pf, pfNum, plafondParEnfants, resultat, type PrestationFamiliale } from './prestations-familiales';
import { pajeBase } from './paje';

export const SLUG = 'complement-familial';

/** `paje`: the PAJE allocation de base of the same month if already computed. */
export function complementFamilial(ctx: MonthContext, paje?: Amount): PrestationFamiliale {
  const tr = new Traceur(ctx.trace);
  const cond = pf(ctx, tr, 'cf_conditions');
  const ageMax = at(cond, 'age_max').toNumber();
  const aCharge = enfantsDeMoinsDe(ctx.household.children, ctx.month, ageMax);
  const eligibles = enfantsDeMoinsDe(ctx.household.children, ctx.month, ageMax, at(cond, 'age_min').toNumber());
  tr.input('enfants', aCharge.length);
  tr.input('enfants-3-ans-et-plus', eligibles.length);
  if (eligibles.length < at(cond, 'nombre_enfants_minimum').toNumber()) {
    return resultat(ctx, tr, SLUG, ZERO, [`${SLUG}.fewer-than-three-children-over-3`], ZERO);
  }
  const n = aCharge.length;
  const res = ressourcesN2(ctx);
  tr.param(res.param);
  const R = res.total;
  const majore = isole(ctx.household) || biactif(ctx, tr, res);
  const pb = pf(ctx, tr, 'cf_plafond');
  const pm = pf(ctx, tr, 'cf_plafond_majore');
  const plafond = plafondParEnfants(ctx, tr, at(pb, 'base'), at(pb, 'majoration_biactif_isole'), n, majore);
  const plafondMajore = plafondParEnfants(ctx, tr, at(pm, 'base'), at(pm, 'majoration_biactif_isole'), n, majore);
  tr.step(`${SLUG}.ressources-n2`, R, { annee: res.year, plafond, plafondMajore });
  const bmaf = pfNum(ctx, tr, 'bmaf');
  const taux = pf(ctx, tr, 'cf_taux');
  const montantBase = bmaf.times(at(taux, 'base'));

  let brut = ZERO;
  let nonMajore = ZERO;
  const reasons: string[] = [];
  if (R.lte(plafondMajore)) {
    brut = bmaf.times(at(taux, 'majore'));
    nonMajore = montantBase;
    tr.step(`${SLUG}.majore`, brut, { bmaf });
  } else if (R.lte(plafond)) {
    brut = nonMajore = montantBase;
    tr.step(`${SLUG}.base`, brut, { bmaf });
  } else if (R.lt(plafond.plus(montantBase.times(12)))) {
    brut = nonMajore = plafond.plus(montantBase.times(12)).minus(R).div(12);
    tr.step(`${SLUG}.differentiel`, brut, { plafond, ressources: R });
    reasons.push(`${SLUG}.differential`);
  } else {
    return resultat(ctx, tr, SLUG, ZERO, [`${SLUG}.above-ceiling`], ZERO);
  }
  const p = paje ?? pajeBase({ ...ctx, trace: false });
  if (p.amount.gt(0)) return resultat(ctx, tr, SLUG, ZERO, [`${SLUG}.paje-base-paid`], ZERO);
  return resultat(ctx, tr, SLUG, brut, reasons, nonMajore);
}
