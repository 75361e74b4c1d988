/**
 * Allocation de rentrée scolaire (CSS L543-1, R543-2, R543-5, D543-1, D543-2; rules-dossier §5.6, §19, §22.2).
 *
 * For the rentrée of year Y (paid in August; `arsAnnuelle` answers for any month of Y, as the reference does):
 * - children by their age at 31 December of Y: 6–10, 11–14, 15–17 (89.72 / 94.67 / 97.95 % of the BMAF of October Y),
 *   plus those turning 18 in October–December (still under 18 on 15 September). As OpenFisca and the CAF, a child
 *   born in January Y−5 who is already in primary school is not covered (that needs a school certificate).
 * - ceiling on the resources of year Y−2: base + 30 % of it per child under 20 in October Y (R543-5; OpenFisca does
 *   not round the increment, < 1 € apart);
 *   differential ARS above it: Σ amounts − (resources − ceiling); nothing below 15 €.
 * - Not counted by RSA or prime d'activité (§23).
 */
import type { MonthContext } from '../context';
import { ZERO, arrondiEuro, positive } from '../money';
import { ageInMonths, ageInYears, fromYearMonth, monthOfYear, yearOf } from '../month';
import { at } from '../rules';
import { ressourcesN2 } from '../resources-annual';
import { Traceur, enfantsACharge, pf, pfNum, resultat, type PrestationFamiliale } from './prestations-familiales';

export const SLUG = 'ars';

/** ARS of the rentrée of the month's year, gross of CRDS. */
export function arsAnnuelle(ctx: MonthContext): PrestationFamiliale {
  const tr = new Traceur(ctx.trace);
  const y = yearOf(ctx.month);
  const octobre = fromYearMonth(y, 10);
  const decembre = fromYearMonth(y, 12);
  const ages = pf(ctx, tr, 'ars_ages', octobre);
  const taux = pf(ctx, tr, 'ars_taux', octobre);
  const [primaire, college, lycee, sortie] = ['primaire', 'college', 'lycee', 'sortie'].map((k) => at(ages, k).toNumber());
  let tauxTotal = ZERO;
  let n = 0;
  for (const c of ctx.household.children) {
    if (ageInMonths(c.birth, decembre) < 1) continue;
    const a = ageInYears(c.birth, decembre);
    const mois = ageInMonths(c.birth, decembre);
    let t: string | undefined;
    if (a >= primaire && a < college) t = 'primaire';
    else if (a >= college && a < lycee) t = 'college';
    else if ((a >= lycee && a < sortie) || (mois >= 12 * sortie && mois <= 12 * sortie + 2)) t = 'lycee';
    if (t) {
      tauxTotal = tauxTotal.plus(at(taux, t));
      n++;
    }
  }
  tr.input('enfants-ars', n);
  if (n === 0) {
    const reason = ctx.household.children.length === 0 ? `${SLUG}.no-child` : `${SLUG}.no-child-of-school-age`;
    return resultat(ctx, tr, SLUG, ZERO, [reason], ZERO);
  }
  const bmaf = pfNum(ctx, tr, 'bmaf', octobre);
  const montant = bmaf.times(tauxTotal);
  const res = ressourcesN2({ ...ctx, month: octobre });
  tr.param(res.param);
  const nCharge = enfantsACharge(ctx, tr, octobre).length;
  const p = pf(ctx, tr, 'ars_plafond', octobre);
  // Ceiling + 30 % of the base per child, the increment as published, rounded to the euro (2026: 22 274 + 6 682 × n).
  const plafond = at(p, 'base').plus(arrondiEuro(at(p, 'base').times(at(p, 'majoration_par_enfant'))).times(nCharge));
  const depassement = positive(res.total.minus(plafond));
  const ars = positive(montant.minus(depassement));
  tr.step(`${SLUG}.montant`, montant, { bmaf, enfants: n });
  tr.step(`${SLUG}.plafond`, plafond, { ressources: res.total, annee: res.year, enfants: nCharge });
  const reasons: string[] = [];
  if (depassement.gt(0)) reasons.push(ars.isZero() ? `${SLUG}.above-ceiling` : `${SLUG}.differential`);
  if (ars.gt(0) && ars.lt(pfNum(ctx, tr, 'seuil_versement', octobre))) {
    return resultat(ctx, tr, SLUG, ZERO, [`${SLUG}.below-threshold`], ZERO);
  }
  return resultat(ctx, tr, SLUG, ars, reasons, ZERO);
}

/** The ARS as a payment: its yearly amount in August, 0 in the other months. */
export function arsVersee(ctx: MonthContext): PrestationFamiliale {
  const a = arsAnnuelle(ctx);
  if (monthOfYear(ctx.month) === 8) return a;
  return { ...a, amount: ZERO, netCrds: ZERO, reasons: [`${SLUG}.paid-in-august`] };
}
