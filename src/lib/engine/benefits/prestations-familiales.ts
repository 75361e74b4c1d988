/**
 * What the family-benefit modules share (rules file `prestations-familiales`; rules-dossier §5, §18, §19, §22):
 * the BMAF, which children count at a month (CSS L512-3, R512-2, L552-1), lone parent / two-earner couple
 * (CSS R522-2, R531-9), ceilings raised per child, the amount net of CRDS, and a small trace recorder.
 */
import type { MonthContext, FamilyAmount } from '../context';
import type { Household, Person } from '../household';
import { Decimal, ONE, arrondiCentime, arrondiEuro, min } from '../money';
import { ageInMonths, ageInYears, fromYearMonth, type MonthIndex } from '../month';
import { at, type ResolvedParam, type Value } from '../rules';
import { newTrace, type Trace } from '../trace';
import type { RessourcesAnnuelles } from '../resources-annual';

/** A family benefit: gross of CRDS (the reference `af`, `cf`…), what RSA/PA count, and what the family receives. */
export interface PrestationFamiliale extends FamilyAmount {
  /** Amount actually paid: gross − 0.5 % CRDS, to the cent (the CAF's published amounts). */
  netCrds: Decimal;
}

/**
 * Records what a module used. Parameters past their last known value are always kept (the month result lists them
 * as stale); the rest of the trace is built only when `on`.
 */
export class Traceur {
  readonly trace: Trace = newTrace();
  constructor(readonly on: boolean) {}
  param(p: ResolvedParam): Value {
    if ((this.on || p.stale) && !this.trace.params.includes(p)) this.trace.params.push(p);
    return p.value;
  }
  step(key: string, value: Decimal, vars?: Record<string, Decimal | string | number>): void {
    if (this.on) this.trace.steps.push(vars ? { key, value, vars } : { key, value });
  }
  input(key: string, value: Decimal | string | number | boolean): void {
    if (this.on) this.trace.inputs[key] = value;
  }
}

/** A label inside a table value (e.g. a date of reform), or undefined. */
export function texte(v: Value, key: string): string | undefined {
  if (v && typeof v === 'object' && !(v instanceof Decimal) && !Array.isArray(v)) {
    const x = v[key];
    return typeof x === 'string' ? x : undefined;
  }
  return undefined;
}

/** Reads a parameter of the family-benefit rules file at `month` (default: the context's month), recording it. */
export function pf(ctx: MonthContext, tr: Traceur, key: string, month: MonthIndex = ctx.month): Value {
  return tr.param(ctx.rules.get(`prestations-familiales.${key}`, month));
}
export function pfNum(ctx: MonthContext, tr: Traceur, key: string, month: MonthIndex = ctx.month): Decimal {
  const v = pf(ctx, tr, key, month);
  if (!(v instanceof Decimal)) throw new Error(`prestations-familiales.${key} is not a number`);
  return v;
}

/**
 * Children who count in `month` for a benefit whose age limit is `ageMax` (exclusive): from the month after birth
 * (CSS L552-1) to the month before the birthday of `ageMax` (rights end the month the age is reached).
 * Every listed child is dependent and has no income (case convention), so the 55 % SMIC test always passes.
 */
export function enfantsDeMoinsDe(children: readonly Person[], month: MonthIndex, ageMax: number, ageMin = 0): Person[] {
  const out: Person[] = [];
  for (const c of children) {
    if (ageInMonths(c.birth, month) < 1) continue;
    const a = ageInYears(c.birth, month);
    if (a >= ageMin && a < ageMax) out.push(c);
  }
  return out;
}

/** Children counted for the AF, ASF and PAJE ceilings: under the family-benefit age limit (20). */
export function enfantsACharge(ctx: MonthContext, tr: Traceur, month: MonthIndex = ctx.month): Person[] {
  return enfantsDeMoinsDe(ctx.household.children, month, pfNum(ctx, tr, 'age_limite_enfant', month).toNumber());
}

export function isole(h: Household): boolean {
  return h.adults.length < 2;
}

/**
 * Two-earner couple (CSS R522-2 al. 3, R531-9): each spouse earned in year N−2 at least 13.6 % of the yearly
 * social-security ceiling of 1 January of that year (2024: 13,6 % × 46 368 = 6 306,05 €). As OpenFisca, salaries and
 * unemployment benefit after the 10 % deduction count (OpenFisca's threshold is still 12 × the BMAF, see the rules).
 */
export function biactif(ctx: MonthContext, tr: Traceur, res: RessourcesAnnuelles): boolean {
  if (ctx.household.adults.length < 2) return false;
  const jan = fromYearMonth(res.year, 1);
  const pss = tr.param(ctx.rules.get('salaire.plafond_securite_sociale', jan)) as Decimal;
  const seuil = pss.times(12).times(pfNum(ctx, tr, 'seuil_biactivite', jan));
  return res.parAdulte.every((r) => r.gte(seuil));
}

/**
 * A ceiling raised per child (CSS R522-2, R522-4, R531-9): base + 25 % of the base for each of the first two children
 * + 30 % from the third, plus the two-earner / lone-parent supplement when due. Each increment is the published
 * figure, rounded to the euro (2026: 24 853 → 31 066 for one child, 37 279 for two, +7 456 per further child).
 */
export function plafondParEnfants(ctx: MonthContext, tr: Traceur, base: Decimal, supplement: Decimal, n: number, majore: boolean): Decimal {
  const t = pf(ctx, tr, 'majoration_plafond_par_enfant');
  const p = base
    .plus(arrondiEuro(base.times(at(t, 'deux_premiers'))).times(Math.min(n, 2)))
    .plus(arrondiEuro(base.times(at(t, 'a_partir_du_troisieme'))).times(Math.max(n - 2, 0)));
  return majore ? p.plus(supplement) : p;
}

/**
 * Amount paid after the 0.5 % CRDS (ordonnance 96-50 art. 14, 19), to the cent, from the gross before its rounding
 * (as OpenFisca: PAJE 199,15364 → 198,16; the CAF's own published nets differ by ±0,01 €, rules-dossier §18.2).
 */
export function netDeCrds(ctx: MonthContext, tr: Traceur, brut: Decimal): Decimal {
  return arrondiCentime(brut.times(ONE.minus(pfNum(ctx, tr, 'crds'))));
}

/** Builds the module result: gross rounded to the cent (CAF amounts are in cents), net of CRDS, RSA/PA part. */
export function resultat(
  ctx: MonthContext,
  tr: Traceur,
  slug: string,
  brut: Decimal,
  reasons: string[],
  ressourceRsaPa: Decimal
): PrestationFamiliale {
  const amount = arrondiCentime(brut);
  return {
    slug,
    amount,
    reasons,
    trace: tr.trace,
    ressourceRsaPa: min(arrondiCentime(ressourceRsaPa), amount),
    netCrds: amount.isZero() ? amount : netDeCrds(ctx, tr, brut)
  };
}
