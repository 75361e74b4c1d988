/** Helpers shared by the property tests: every Decimal inside a result, and a stable serialisation. */
import { Decimal } from '$lib/engine/money';

/** Every Decimal and number reachable from `x`, with its path (arrays and plain objects; Maps and functions skipped). */
export function* numbersIn(x: unknown, path = ''): Generator<[string, Decimal | number]> {
  if (x instanceof Decimal) yield [path, x];
  else if (typeof x === 'number') yield [path, x];
  else if (Array.isArray(x)) for (const [i, v] of x.entries()) yield* numbersIn(v, `${path}[${i}]`);
  else if (x !== null && typeof x === 'object' && !(x instanceof Map)) for (const [k, v] of Object.entries(x)) yield* numbersIn(v, path ? `${path}.${k}` : k);
}

/** Paths of the amounts that are not finite (NaN, ±Infinity). */
export function notFinite(x: unknown): string[] {
  const bad: string[] = [];
  for (const [p, v] of numbersIn(x)) if (v instanceof Decimal ? !v.isFinite() : !Number.isFinite(v)) bad.push(`${p}=${String(v)}`);
  return bad;
}

/** A result as text (Decimals through their toJSON), to compare two runs exactly. */
export function serialise(x: unknown): string {
  return JSON.stringify(x);
}

/** Amounts with more than two decimals: a sum of displayed parts would not match the displayed total. */
export function subCent(entries: [string, Decimal][]): string[] {
  return entries.filter(([, v]) => v.decimalPlaces() > 2).map(([k, v]) => `${k}=${v.toString()}`);
}
