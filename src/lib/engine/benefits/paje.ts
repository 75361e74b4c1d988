/**
 * PAJE allocation de base (CSS L531-3, R531-9, D531-1, D531-3; rules-dossier §5.5, §19), children born since 2018-04.
 *
 * - Due for a child under 3: from the month after birth (L552-1) to the month before the 3rd birthday (D531-1).
 * - Taux plein (41.65 % BMAF) when the resources of year N−2 are at most the taux-plein ceiling, taux partiel
 *   (20.825 %) up to the taux-partiel ceiling, nothing above. Ceilings: base × (1 + 25 % for each of the first two
 *   children + 30 % from the 3rd) + the two-earner / lone-parent supplement (R531-9); children = those under 20.
 * - One allocation per family: multiple births (one allocation per child of the same birth, L531-3) are not modelled
 *   because ages entered in years cannot tell twins from siblings born the same year.
 * - Counted in full by RSA and prime d'activité (§23).
 */
import type { MonthContext } from '../context';
import { ZERO } from '../money';
import { at } from '../rules';
import { ressourcesN2 } from '../resources-annual';
import { Traceur, biactif, enfantsACharge, enfantsDeMoinsDe, isole, pf, pfNum, plafondParEnfants, resultat, type PrestationFamiliale } from './prestations-familiales';

export const SLUG = 'paje';

export function pajeBase(ctx: MonthContext): PrestationFamiliale {
  const tr = new Traceur(ctx.trace);
  const ageMax = pfNum(ctx, tr, 'paje_age_max').toNumber();
  const jeunes = enfantsDeMoinsDe(ctx.household.children, ctx.month, ageMax);
  if (jeunes.length === 0) {
    const reason = ctx.household.children.length === 0 ? `${SLUG}.no-child` : `${SLUG}.too-old`;
    return resultat(ctx, tr, SLUG, ZERO, [reason], ZERO);
  }
  const n = enfantsACharge(ctx, tr).length;
  const res = ressourcesN2(ctx);
  tr.param(res.param);
  const majore = isole(ctx.household) || biactif(ctx, tr, res);
  const p = pf(ctx, tr, 'paje_plafond');
  const plafondPlein = plafondParEnfants(ctx, tr, at(p, 'plein', 'base'), at(p, 'plein', 'majoration_biactif_isole'), n, majore);
  const plafondPartiel = plafondParEnfants(ctx, tr, at(p, 'partiel', 'base'), at(p, 'partiel', 'majoration_biactif_isole'), n, majore);
  tr.input('enfants', n);
  tr.input('biactif-ou-isole', majore);
  tr.step(`${SLUG}.ressources-n2`, res.total, { annee: res.year, plafondPlein, plafondPartiel });
  const bmaf = pfNum(ctx, tr, 'bmaf');
  const taux = pf(ctx, tr, 'paje_taux');
  if (res.total.lte(plafondPlein)) {
    const m = bmaf.times(at(taux, 'plein'));
    tr.step(`${SLUG}.taux-plein`, m, { bmaf });
    return resultat(ctx, tr, SLUG, m, [], m);
  }
  if (res.total.lte(plafondPartiel)) {
    const m = bmaf.times(at(taux, 'partiel'));
    tr.step(`${SLUG}.taux-partiel`, m, { bmaf });
    return resultat(ctx, tr, SLUG, m, [`${SLUG}.partial-rate`], m);
  }
  return resultat(ctx, tr, SLUG, ZERO, [`${SLUG}.above-ceiling`], ZERO);
}
