/**
 * Money for the whole engine: one configured decimal.js constructor, and the only places where amounts are rounded.
 * Every rounding function names the rule it applies; nothing else in the engine rounds.
 */
import DecimalBase from 'decimal.js';

export const Decimal = DecimalBase.clone({ precision: 34, rounding: DecimalBase.ROUND_HALF_UP, toExpNeg: -30, toExpPos: 30 });
export type Decimal = InstanceType<typeof Decimal>;
export type Money = Decimal;

export const ZERO: Decimal = new Decimal(0);
export const ONE: Decimal = new Decimal(1);

/**
 * Build a Decimal from a number or a string. Never call with NaN: callers validate input at the boundary.
 * A JSON −0 (a saved file, a link, a case) is zero: decimal.js would keep its sign, and `isNeg()` checks refuse it.
 */
export function d(x: number | string | Decimal): Decimal {
  if (x instanceof Decimal) return x;
  return x === 0 ? ZERO : new Decimal(x);
}

export function max(a: Decimal, b: Decimal): Decimal {
  return a.gte(b) ? a : b;
}
export function min(a: Decimal, b: Decimal): Decimal {
  return a.lte(b) ? a : b;
}
/** Clamp to [lo, hi]. */
export function clamp(x: Decimal, lo: Decimal, hi: Decimal): Decimal {
  return x.lt(lo) ? lo : x.gt(hi) ? hi : x;
}
/** A benefit or a cost is never negative: max(0, x). */
export function positive(x: Decimal): Decimal {
  return x.isNeg() ? ZERO : x;
}
export function sum(xs: readonly Decimal[]): Decimal {
  let s = ZERO;
  for (const x of xs) s = s.plus(x);
  return s;
}

/** "Arrondi au centime le plus proche" (half up): amounts paid or withheld, contribution lines of a payslip. */
export function arrondiCentime(x: Decimal): Decimal {
  return x.toDecimalPlaces(2, Decimal.ROUND_HALF_UP);
}
/** "Arrondi à l'euro le plus proche". */
export function arrondiEuro(x: Decimal): Decimal {
  return x.toDecimalPlaces(0, Decimal.ROUND_HALF_UP);
}
/** "Arrondi à l'euro inférieur" (e.g. yearly tax amounts, CGI 1657). */
export function arrondiEuroInferieur(x: Decimal): Decimal {
  return x.toDecimalPlaces(0, Decimal.ROUND_FLOOR);
}
/** "Arrondi à l'euro supérieur" (e.g. the daily CSG exemption threshold on ARE). */
export function arrondiEuroSuperieur(x: Decimal): Decimal {
  return x.toDecimalPlaces(0, Decimal.ROUND_CEIL);
}
/** "Arrondi à la centaine d'euros supérieure" (housing-aid resources, CCH R822-3 / arrêté 27/09/2019). */
export function arrondiCentaineSuperieure(x: Decimal): Decimal {
  return x.div(100).toDecimalPlaces(0, Decimal.ROUND_CEIL).times(100);
}
/** A ratio read as a percentage with two decimals (housing-aid RL, arrêté du 27/09/2019): 1.147413 → 114.74 % → 1.1474. */
export function arrondiPourcentage(x: Decimal): Decimal {
  return x.toDecimalPlaces(4, Decimal.ROUND_HALF_UP);
}
/** "Arrondi à l'entier le plus proche" (ARE days paid in a month of cumul, Unédic). */
export function arrondiEntier(x: Decimal): Decimal {
  return x.toDecimalPlaces(0, Decimal.ROUND_HALF_UP);
}

/** The chart and JSON boundary: the only place a Decimal becomes a JS number. */
export function toNumber(x: Decimal): number {
  return x.toNumber();
}
