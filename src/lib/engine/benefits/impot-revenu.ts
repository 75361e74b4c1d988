/**
 * Impôt sur le revenu and prélèvement à la source (rules file `impot-revenu`; rules-dossier §9, §20).
 *
 * Yearly tax of a household's income year Y (CGI 83-3°, 193 to 197, 1657):
 * - each adult's taxable salaries and unemployment benefit minus the 10 % deduction (min/max of year Y);
 *   the household total is the revenu net imposable, rounded to the euro (CGI 1657-1);
 * - parts: 1 per adult (married couples file jointly), ½ for each of the first two children, 1 from the third,
 *   +½ for a lone parent (case T) (CGI 194, 195); children under 21 on 1 January of Y count (rattachement of adults);
 * - barème per part, capped quotient familial: the gain of each extra half-part at most the half-part ceiling, the
 *   lone parent's first-child part at most its own ceiling (CGI 197 I 2);
 * - décote = threshold − 45.25 % × tax while positive (CGI 197 I 4 a); rounded to the euro; not collected under 61 €
 *   (CGI 1657-1 bis).
 *
 * Monthly withholding (CGI 204 H, 204 I), on each adult's net taxable salary and unemployment benefit of the month:
 * - 'personnalise' (the default): the household rate from the last known return — from September of year N the
 *   return on income N−1, from January to August the return on income N−2 — rate = tax ÷ income subject to
 *   withholding (before the 10 % deduction), 0 when the tax was nil. Someone returning to work after a year of low
 *   income therefore has 0 % until the September after their first working year; the tax on the new pay is settled
 *   in the following summer's balance. The couple's joint rate is used: the individualised rates (default since
 *   2025-09) split the same total between the spouses.
 * - 'neutre': the default grid (a single person without children) applied to each payment; what a new hire pays
 *   before the DGFiP sends the rate, or someone who chose the non-personalised rate.
 * Rate rounding: the personalised rate is taken to 0.1 point (rules-dossier §20.1 marks the exact rounding [U]).
 */
import type { MonthContext } from '../context';
import type { Household, IncomeHistory } from '../household';
import { Decimal, ZERO, arrondiCentime, arrondiEntier, arrondiEuro, max, positive } from '../money';
import { ageInYears, fromYearMonth, monthOfYear, yearOf, type MonthIndex } from '../month';
import { at, type Rules } from '../rules';
import type { Amount } from '../trace';
import { abattementDixPourcent, revenusAnnuels, type RevenusAnnuels } from '../resources-annual';
import { adultsAt } from '../resources';
import { Traceur } from './prestations-familiales';

export const SLUG = 'impot-revenu';

export type ModePas = 'personnalise' | 'neutre';

export interface ImpotAnnuel extends Amount {
  annee: number;
  parts: Decimal;
  revenuImposable: Decimal;
  /** Σ salaries + unemployment benefit before the 10 % deduction (base of the personalised rate). */
  revenusSoumisPas: Decimal;
}

/** Children under 21 on 1 January of the income year, born by its end. */
function enfantsFiscaux(h: Household, year: number): number {
  const jan = fromYearMonth(year, 1);
  return h.children.filter((c) => c.birth <= jan + 11 && ageInYears(c.birth, jan) < 21).length;
}

/** Tax of one part's income by the progressive scale. */
function baremeParPart(v: ReturnType<Rules['get']>['value'], q: Decimal): Decimal {
  let impot = ZERO;
  let bas = ZERO;
  for (let i = 0; ; i++) {
    const haut = (v as { limites: Decimal[] }).limites[i] as Decimal | undefined;
    const taux = at(v, 'taux', i);
    const tranche = haut ? Decimal.min(q, haut).minus(bas) : q.minus(bas);
    if (tranche.gt(0)) impot = impot.plus(tranche.times(taux));
    if (!haut || q.lte(haut)) return impot;
    bas = haut;
  }
}

/** Yearly tax for stated yearly incomes (one entry per adult). */
export function impotSurRevenus(rules: Rules, h: Household, revenus: RevenusAnnuels[], annee: number, trace = false): ImpotAnnuel {
  const tr = new Traceur(trace);
  const m = fromYearMonth(annee, 1);
  const p = (k: string) => tr.param(rules.get(`${SLUG}.${k}`, m));
  let revenusSoumisPas = ZERO;
  let net = ZERO;
  for (const r of revenus) {
    const brut = r.salaires.plus(r.chomage);
    const ab = abattementDixPourcent(rules, annee, brut);
    tr.param(ab.param);
    revenusSoumisPas = revenusSoumisPas.plus(brut);
    net = net.plus(brut.minus(ab.abattement));
  }
  const rni = arrondiEuro(net);
  const couple = revenus.length >= 2;
  const base = new Decimal(couple ? 2 : 1);
  const nEnf = enfantsFiscaux(h, annee);
  const isoleAvecEnfant = !couple && nEnf > 0;
  const parts = base.plus(Math.min(nEnf, 2) * 0.5).plus(Math.max(nEnf - 2, 0)).plus(isoleAvecEnfant ? 0.5 : 0);
  tr.input('parts', parts);
  tr.step(`${SLUG}.revenu-imposable`, rni, { revenus: revenusSoumisPas });

  const bareme = p('bareme');
  const impotParts = baremeParPart(bareme, rni.div(parts)).times(parts);
  let impot = impotParts;
  if (parts.gt(base)) {
    const plafonds = p('plafond_quotient_familial');
    const demiParts = parts.minus(base).times(2);
    const plafond = isoleAvecEnfant
      ? at(plafonds, 'parent_isole_premier_enfant').plus(at(plafonds, 'demi_part').times(demiParts.minus(2)))
      : at(plafonds, 'demi_part').times(demiParts);
    const impotSansEnfants = baremeParPart(bareme, rni.div(base)).times(base);
    impot = max(impotParts, impotSansEnfants.minus(plafond));
    if (impot.gt(impotParts)) tr.step(`${SLUG}.plafonnement-quotient-familial`, impot, { plafond });
  }
  tr.step(`${SLUG}.impot-brut`, impot, { parts });

  const dec = p('decote');
  const seuil = at(dec, couple ? 'seuil_couple' : 'seuil_personne_seule');
  const decote = positive(seuil.minus(impot.times(at(dec, 'taux'))));
  impot = arrondiEuro(positive(impot.minus(decote)));
  if (decote.gt(0)) tr.step(`${SLUG}.decote`, decote, { seuil });

  const reasons: string[] = [];
  const seuilRecouvrement = p('seuil_recouvrement') as Decimal;
  if (impot.gt(0) && impot.lt(seuilRecouvrement)) {
    impot = ZERO;
    reasons.push(`${SLUG}.below-collection-threshold`);
  } else if (impot.isZero()) reasons.push(`${SLUG}.no-tax`);
  return { slug: SLUG, amount: impot, reasons, trace: tr.trace, annee, parts, revenuImposable: rni, revenusSoumisPas };
}

/** Yearly tax of the household on its income of `annee`, read from the history (months after it: the last one). */
export function impotAnnuel(ctx: MonthContext, annee: number): ImpotAnnuel {
  const revenus = ctx.household.adults.map((_, a) => revenusAnnuels(ctx.history, a, annee));
  return impotSurRevenus(ctx.rules, ctx.household, revenus, annee, ctx.trace);
}

/** Income year of the last return known to the DGFiP in `month` (September update, CGI 204 H). */
export function anneeDerniereDeclaration(month: MonthIndex): number {
  return yearOf(month) - (monthOfYear(month) >= 9 ? 1 : 2);
}

const memo = new WeakMap<IncomeHistory, WeakMap<Household, Map<number, { taux: Decimal; impot: ImpotAnnuel }>>>();

/** Personalised rate of the household in `month`: tax ÷ income subject to withholding, to 0.1 point (memoised per year). */
export function tauxPersonnalise(ctx: MonthContext): { taux: Decimal; impot: ImpotAnnuel } {
  const annee = anneeDerniereDeclaration(ctx.month);
  let byHousehold = memo.get(ctx.history);
  if (!byHousehold) memo.set(ctx.history, (byHousehold = new WeakMap()));
  let byYear = byHousehold.get(ctx.household);
  if (!byYear) byHousehold.set(ctx.household, (byYear = new Map()));
  const hit = byYear.get(annee);
  if (hit) return hit;
  const impot = impotAnnuel({ ...ctx, trace: false }, annee);
  // Rate in per-mille rounded to the nearest unit, i.e. a percentage with one decimal.
  const taux =
    impot.amount.isZero() || impot.revenusSoumisPas.isZero() ? ZERO : arrondiEntier(impot.amount.div(impot.revenusSoumisPas).times(1000)).div(1000);
  const res = { taux, impot };
  byYear.set(annee, res);
  return res;
}

/** Default-grid rate for a monthly net taxable base (CGI 204 H III): the band whose limit the base is below. */
export function tauxNeutre(rules: Rules, month: MonthIndex, base: Decimal, tr?: Traceur): Decimal {
  const param = rules.get(`${SLUG}.grille_taux_neutre`, month);
  const v = tr ? tr.param(param) : param.value;
  const limites = (v as { limites: Decimal[] }).limites;
  let i = 0;
  while (i < limites.length && base.gte(limites[i])) i++;
  return at(v, 'taux', i);
}

/** Income tax withheld at source in the month, for the whole household. */
export function prelevementALaSource(ctx: MonthContext, mode: ModePas = 'personnalise'): Amount {
  const tr = new Traceur(ctx.trace);
  const adultes = adultsAt(ctx.history, ctx.month);
  let total = ZERO;
  if (mode === 'personnalise') {
    const { taux, impot } = tauxPersonnalise(ctx);
    for (const p of impot.trace.params) tr.param(p);
    for (const a of adultes) total = total.plus(arrondiCentime(a.salaireImposable.plus(a.chomageImposable).times(taux)));
    tr.step(`${SLUG}.taux-personnalise`, taux, { annee: impot.annee, impot: impot.amount });
  } else {
    for (const a of adultes) {
      for (const base of [a.salaireImposable, a.chomageImposable]) {
        if (base.gt(0)) total = total.plus(arrondiCentime(base.times(tauxNeutre(ctx.rules, ctx.month, base, tr))));
      }
    }
    tr.step(`${SLUG}.taux-neutre`, total);
  }
  return { slug: SLUG, amount: total, reasons: total.isZero() ? [`${SLUG}.nothing-withheld`] : [], trace: tr.trace };
}
