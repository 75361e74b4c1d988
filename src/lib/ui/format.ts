/**
 * Amounts are written the French way in every language: "1 234,50 €" (U+202F narrow no-break space between
 * thousands, comma before the cents, U+00A0 no-break space before €, "-" for negatives), with Latin digits even
 * in Arabic. This is what `Intl.NumberFormat('fr-FR', { style: 'currency', currency: 'EUR' })` gives in current
 * browsers; it is written out by hand because older engines (ICU before CLDR 34, e.g. some kiosks) group with
 * U+00A0, and because a float can round the wrong way (1.005 is 1.00499… in binary; here it is 1.01 €).
 */
import { Decimal, arrondiCentime, arrondiEuro, d } from '$lib/engine/money';

export const NNBSP = '\u202f'; // between groups of thousands
export const NBSP = '\u00a0'; // between the number and €

export type EurosOptions = {
  /** false: round to the euro ("1 235 €"); default true ("1 234,50 €"). */
  cents?: boolean;
  /** true: always show the sign, "+12,00 €" / "-12,00 €" (gains); zero stays unsigned. */
  signed?: boolean;
};

function group(intDigits: string): string {
  return intDigits.replace(/\B(?=(\d{3})+(?!\d))/g, NNBSP);
}

/** `formatEuros(1234.5)` → "1 234,50 €". Accepts a Decimal (engine amounts) or a number; rounds half up. */
export function formatEuros(value: Decimal | number, { cents = true, signed = false }: EurosOptions = {}): string {
  if (typeof value === 'number' && !Number.isFinite(value)) throw new RangeError(`formatEuros: ${value}`);
  const rounded = cents ? arrondiCentime(d(value)) : arrondiEuro(d(value));
  const abs = rounded.abs().toFixed(cents ? 2 : 0);
  const [int, frac] = abs.split('.');
  const body = frac === undefined ? group(int) : `${group(int)},${frac}`;
  const sign = rounded.isZero() ? '' : rounded.isNeg() ? '-' : signed ? '+' : '';
  return `${sign}${body}${NBSP}€`;
}

/**
 * Wrap a string in Unicode isolation marks (LRI … PDI) so that an amount interpolated into a right-to-left
 * sentence stays "1 234,50 €" and is not reordered to "€ 1 234,50". In markup, use `<Amount>` instead.
 */
export function isolateLtr(text: string): string {
  return `\u2066${text}\u2069`;
}
