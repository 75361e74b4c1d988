/**
 * Year N−2 resources of the family benefits ("revenu net catégoriel", CSS R532-3 and D521-4; rules-dossier §5, §18.1):
 * for each adult, the taxable salaries and taxable unemployment benefit of the calendar year, minus the 10 % deduction
 * for professional expenses with its yearly minimum and maximum (CGI 83-3°), summed over the household.
 * AF, CF, ASF ceilings, PAJE, ARS, the CMG and the crèche price all read this base; the income tax reads the same
 * yearly amounts (`revenusAnnuels`).
 *
 * Months of the year outside the income history take the nearest month of the history (a stable situation before
 * the history starts; the pipeline normally builds the history from January of N−2).
 */
import type { IncomeHistory, Household } from './household';
import { Decimal, ZERO, clamp, min } from './money';
import { fromYearMonth, yearOf, type MonthIndex } from './month';
import { at, type ResolvedParam, type Rules } from './rules';
import { adultsAt } from './resources';

/** The yearly amounts one adult declares. */
export interface RevenusAnnuels {
  /** Σ taxable salary of the year (net imposable). */
  salaires: Decimal;
  /** Σ taxable unemployment benefit of the year (ARE − CSG déductible). */
  chomage: Decimal;
}

export interface RessourcesAnnuelles {
  /** Calendar year of the income. */
  year: number;
  /** Per adult: salaries + unemployment benefit − 10 % deduction ("revenu net catégoriel"). */
  parAdulte: Decimal[];
  /** Per adult: the deduction applied. */
  abattements: Decimal[];
  /** Household total. */
  total: Decimal;
  /** The deduction parameter of that income year. */
  param: ResolvedParam;
}

/** Yearly taxable salaries and unemployment benefit of one adult (sums of the monthly amounts, to the cent). */
export function revenusAnnuels(history: IncomeHistory, adult: number, year: number): RevenusAnnuels {
  let salaires = ZERO;
  let chomage = ZERO;
  const first = fromYearMonth(year, 1);
  for (let m = first; m < first + 12; m++) {
    const am = adultsAt(history, m)[adult];
    if (!am) continue;
    salaires = salaires.plus(am.salaireImposable);
    chomage = chomage.plus(am.chomageImposable);
  }
  return { salaires, chomage };
}

/**
 * The 10 % deduction of CGI 83-3° on salaries and unemployment benefit of one person: 10 % of the amount, at least
 * the minimum and at most the maximum of the income year, and never more than the amount itself.
 */
export function abattementDixPourcent(rules: Rules, year: number, montant: Decimal): { abattement: Decimal; param: ResolvedParam } {
  const param = rules.get('impot-revenu.abattement_salaires', fromYearMonth(year, 1));
  const v = param.value;
  const abattement = min(clamp(montant.times(at(v, 'taux')), at(v, 'minimum'), at(v, 'maximum')), montant);
  return { abattement, param };
}

const memo = new WeakMap<IncomeHistory, Map<string, RessourcesAnnuelles>>();

/** Revenu net catégoriel of the household for a calendar year (memoised per history, year and adult count). */
export function revenuNetCategoriel(rules: Rules, history: IncomeHistory, adults: number, year: number): RessourcesAnnuelles {
  let byYear = memo.get(history);
  if (!byYear) memo.set(history, (byYear = new Map()));
  const key = `${year}|${adults}|${rules.release}`;
  const hit = byYear.get(key);
  if (hit) return hit;
  const parAdulte: Decimal[] = [];
  const abattements: Decimal[] = [];
  let total = ZERO;
  let param: ResolvedParam | undefined;
  for (let a = 0; a < adults; a++) {
    const r = revenusAnnuels(history, a, year);
    const brut = r.salaires.plus(r.chomage);
    const ab = abattementDixPourcent(rules, year, brut);
    param = ab.param;
    const net = brut.minus(ab.abattement);
    parAdulte.push(net);
    abattements.push(ab.abattement);
    total = total.plus(net);
  }
  const res: RessourcesAnnuelles = {
    year,
    parAdulte,
    abattements,
    total,
    param: param ?? rules.get('impot-revenu.abattement_salaires', fromYearMonth(year, 1))
  };
  byYear.set(key, res);
  return res;
}

/**
 * Resources of year N−2 for a benefit due in `month` (year N): what the CAF reads from the tax return, or 12 × the
 * household's stated CAF monthly resources when given (`Household.ressourcesMensuellesCaf`; the per-adult figures,
 * used for the two-earner test, still come from the history).
 */
export function ressourcesN2(ctx: { rules: Rules; history: IncomeHistory; household: Household; month: MonthIndex }): RessourcesAnnuelles {
  const r = revenuNetCategoriel(ctx.rules, ctx.history, ctx.household.adults.length, yearOf(ctx.month) - 2);
  const stated = ctx.household.ressourcesMensuellesCaf;
  return stated === undefined ? r : { ...r, total: stated.times(12) };
}
