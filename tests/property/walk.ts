/** Helpers shared by the property tests: every Decimal inside a result, and a stable serialisation. */
import { Decimal } from '$lib/engine/money';

type Visit = (x: Decimal | number, path: () => string) => void;

/** Calls `visit` for every Decimal and number reachable from `x` (arrays and plain objects); paths built on demand. */
function walk(x: unknown, visit: Visit, path: () => string = () => ''): void {
  if (x instanceof Decimal || typeof x === 'number') visit(x, path);
  else if (Array.isArray(x)) for (let i = 0; i < x.length; i++) walk(x[i], visit, () => `${path()}[${i}]`);
  else if (x !== null && typeof x === 'object' && !(x instanceof Map))
    for (const k in x) if (Object.prototype.hasOwnProperty.call(x, k)) walk((x as Record<string, unknown>)[k], visit, () => (path() ? `${path()}.${k}` : k));
}

/** Every Decimal and number reachable from `x`, with its path. */
export function numbersIn(x: unknown, root = ''): [string, Decimal | number][] {
  const out: [string, Decimal | number][] = [];
  walk(x, (v, p) => out.push([p(), v]), () => root);
  return out;
}

/** Paths (and values) of the numbers of `x` for which `bad` holds. */
export function where(x: unknown, bad: (v: Decimal | number, path: () => string) => boolean, root = ''): string[] {
  const out: string[] = [];
  walk(x, (v, p) => (bad(v, p) ? out.push(`${p()}=${String(v)}`) : undefined), () => root);
  return out;
}

/** Paths of the amounts that are not finite (NaN, ±Infinity). */
export function notFinite(x: unknown): string[] {
  return where(x, (v) => (v instanceof Decimal ? !v.isFinite() : !Number.isFinite(v)));
}

/** Paths of the negative amounts, except those whose path `signed` accepts. */
export function negative(x: unknown, signed: (path: string) => boolean, root = ''): string[] {
  return where(x, (v, p) => (v instanceof Decimal ? v.isNeg() : v < 0) && !signed(p()), root);
}

/** A result as text (Decimals through their toJSON), to compare two runs exactly. */
export function serialise(x: unknown): string {
  return JSON.stringify(x);
}

/** Amounts with more than two decimals: a sum of displayed parts would not match the displayed total. */
export function subCent(entries: [string, Decimal][]): string[] {
  return entries.filter(([, v]) => v.decimalPlaces() > 2).map(([k, v]) => `${k}=${v.toString()}`);
}
