/**
 * The resource bases the law reads from the income history (rules-dossier §2.6, §3.4, §4.4, §23).
 *
 * - RSA and prime d'activité: average monthly resources of the reference quarter (CASF R262-7; CSS L842-4), earned
 *   income (net salary) kept apart from other resources (net ARE, ASS) because the prime d'activité gives the pente
 *   and the bonification to earned income only. A professional income or an unemployment benefit that has stopped
 *   at the review and is not replaced by a substitution income is not counted (neutralisation, CASF R262-13).
 *   Family benefits are added by the pipeline for the month itself (§23).
 * - Housing aid: taxable salaries and unemployment benefit of the 12 months M−13..M−2 (CCH R822-3), minus the 10 %
 *   deduction of CGI 83-3° ("revenus nets catégoriels", R822-4), 30 % abattement on the earned income of a person in
 *   indemnified unemployment for more than two months (R822-13), earned income and unemployment benefit not counted
 *   from the month after the one in which the household receives the RSA (R822-17; a right open below the 6 € payment
 *   threshold counts, see compute.ts `rsaRecipient`) nor for an ASS recipient (OpenFisca `aide_logement_condition_neutralisation`,
 *   rules-dossier §4.4), rounded up to the next 100 €.
 *   Not modelled: unindemnified unemployment for more than two months (needs the job-seeker status); the 30 %
 *   abattement after a work interruption of more than six months (R822-16); pensions, capital income, students;
 *   the double-activity abattement of R822-7 (95 € a year per OpenFisca's dar_1, arrêté 27/09/2019 art. 3, when both
 *   spouses' professional incomes are each ≥ 12 × BMAF): at most one 100 € step of R (≈ 3 € a month of aid),
 *   OpenFisca 176 never applies it (it tests one month's salary), and applying it moves 4 reference fields per
 *   file (the two-earner couple's aid and, through the forfait logement, its prime) — left for a decision.
 */
import type { AdultMonth, IncomeHistory } from './household';
import { Decimal, ZERO, arrondiCentaineSuperieure, arrondiCentime, arrondiEuro, clamp, max, min } from './money';
import { fromYearMonth, yearOf, type MonthIndex } from './month';
import { at } from './rules';
import { param, type MonthContext } from './context';

const THREE = new Decimal(3);

/** The month's row, or the nearest month of the history (a stable situation before/after the recorded months). */
export function adultsAt(h: IncomeHistory, m: MonthIndex): AdultMonth[] {
  const i = m < h.from ? 0 : m > h.to ? h.to - h.from : m - h.from;
  return h.months[i];
}

/**
 * Σ f(month) of adult a over months from..to. Identical months share one AdultMonth object in the history
 * (a stable situation), so a window of one object is a single multiplication.
 */
export function windowSum(h: IncomeHistory, a: number, from: MonthIndex, to: MonthIndex, f: (x: AdultMonth) => Decimal): Decimal {
  const first = adultsAt(h, from)[a];
  let same = true;
  for (let m = from + 1; m <= to && same; m++) same = adultsAt(h, m)[a] === first;
  if (same) return f(first).times(to - from + 1);
  let s = ZERO;
  for (let m = from; m <= to; m++) s = s.plus(f(adultsAt(h, m)[a]));
  return s;
}

export interface QuarterResources {
  /** First and last month of the reference quarter. */
  from: MonthIndex;
  to: MonthIndex;
  /** Per adult: average monthly earned income (net salary), after neutralisation. */
  activite: Decimal[];
  /** Per adult: average monthly other resources (net ARE, ASS), after neutralisation. */
  autres: Decimal[];
  totalActivite: Decimal;
  totalAutres: Decimal;
  /**
   * The same month by month (after neutralisation), oldest first: the prime d'activité is the mean of the primes of
   * each month of the quarter (CSS R843-1).
   */
  mois: { activite: Decimal[]; autres: Decimal }[];
}

/**
 * Reference quarter of the review month r: the three months ending `lag` months before r (rsa.decalage_trimestre_reference:
 * M−3..M−1 before the pre-filled quarterly declaration of March 2025, M−4..M−2 since).
 */
export function quarterResources(ctx: MonthContext): QuarterResources {
  const r = ctx.revisionOf ? ctx.revisionOf(ctx.month) : ctx.month;
  const lag = param(ctx, 'rsa.decalage_trimestre_reference', r).value as Decimal;
  const to = r - lag.toNumber();
  const from = to - 2;
  const h = ctx.history;
  const now = adultsAt(h, r);
  const before = adultsAt(h, r - 1);
  const activite: Decimal[] = [];
  const autres: Decimal[] = [];
  let totalActivite = ZERO;
  let totalAutres = ZERO;
  const mois = [0, 1, 2].map(() => ({ activite: [] as Decimal[], autres: ZERO }));
  for (let a = 0; a < now.length; a++) {
    // R262-13: stopped at the review (0 now, > 0 the month before) and not replaced by a substitution income.
    const chomageNow = now[a].chomageNet.plus(now[a].ass);
    const chomageBefore = before[a].chomageNet.plus(before[a].ass);
    const salaireStopped = now[a].salaireNet.isZero() && before[a].salaireNet.gt(0) && chomageNow.isZero();
    const chomageStopped = chomageNow.isZero() && chomageBefore.gt(0);
    const sa = salaireStopped ? ZERO : windowSum(h, a, from, to, (x) => x.salaireNet).div(THREE);
    const ca = chomageStopped ? ZERO : windowSum(h, a, from, to, (x) => x.chomageNet.plus(x.ass)).div(THREE);
    activite.push(sa);
    autres.push(ca);
    totalActivite = totalActivite.plus(sa);
    totalAutres = totalAutres.plus(ca);
    for (let m = from; m <= to; m++) {
      const x = adultsAt(h, m)[a];
      mois[m - from].activite.push(salaireStopped ? ZERO : x.salaireNet);
      if (!chomageStopped) mois[m - from].autres = mois[m - from].autres.plus(x.chomageNet).plus(x.ass);
    }
  }
  return { from, to, activite, autres, totalActivite, totalAutres, mois };
}

export interface HousingResources {
  /** Annual resource base R, rounded up to the next 100 € (0 when neutralised). */
  base: Decimal;
  /** Per adult, before rounding. */
  parAdulte: Decimal[];
  /** The RSA was paid in M−1: earned income and unemployment benefit of every adult are neutralised (R822-17). */
  neutraliseRsa: boolean;
  /** Window M−13..M−2. */
  from: MonthIndex;
  to: MonthIndex;
}

/** Housing-aid resources of month m (see the header). `rsaMoisPrecedent`: the RSA was paid in M−1. */
export function housingResources(ctx: MonthContext, rsaMoisPrecedent: boolean): HousingResources {
  const m = ctx.month;
  const from = m - 13;
  const to = m - 2;
  const h = ctx.history;
  // A month of year Y uses the limits of the 10 % deduction for the income of year Y − 1 (CGI 83-3°).
  const ded = param(ctx, 'impot-revenu.abattement_salaires', fromYearMonth(yearOf(m) - 1, 1)).value;
  const taux = at(ded, 'taux');
  const dmin = at(ded, 'minimum');
  const dmax = at(ded, 'maximum');
  const abatChomage = param(ctx, 'aides-logement.abattement_chomage_indemnise').value as Decimal;
  const now = adultsAt(h, m);
  const parAdulte: Decimal[] = [];
  let total = ZERO;
  for (let a = 0; a < now.length; a++) {
    const sal = windowSum(h, a, from, to, (x) => x.salaireImposable);
    const cho = windowSum(h, a, from, to, (x) => x.chomageImposable);
    let r = ZERO;
    const neutralise = rsaMoisPrecedent || now[a].ass.gt(0);
    if (!neutralise && sal.plus(cho).gt(0)) {
      const abattement = arrondiEuro(clamp(taux.times(sal.plus(cho)), dmin, dmax));
      let salNet = max(ZERO, sal.minus(abattement));
      const choNet = cho.plus(min(ZERO, sal.minus(abattement)));
      if (chomeurIndemnise(h, m, a)) salNet = salNet.times(Decimal.sub(1, abatChomage));
      r = max(ZERO, salNet.plus(choNet));
    }
    parAdulte.push(r);
    total = total.plus(r);
  }
  return { base: arrondiCentaineSuperieure(arrondiCentime(total)), parAdulte, neutraliseRsa: rsaMoisPrecedent, from, to };
}

/** Indemnified unemployment for more than two months: ARE paid in M, M−1 and M−2, and no salary in M. */
function chomeurIndemnise(h: IncomeHistory, m: MonthIndex, a: number): boolean {
  if (adultsAt(h, m)[a].salaireBrut.gt(0)) return false;
  for (let k = m - 2; k <= m; k++) if (!adultsAt(h, k)[a].chomageBrut.gt(0)) return false;
  return true;
}
