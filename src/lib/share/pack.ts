/**
 * A positional layout of a zod schema's values, for compact links: an object becomes the array of its values in
 * the schema's key order, a tuple or array an array, an enum the index of its option, a boolean 0 / 1; numbers,
 * strings and null stay as they are. The keys are not written: the layout's `fingerprint` (a hash of the schema's
 * shape, keys and options included) travels with the link instead, so a link made with another shape of the form
 * is refused as "another version" rather than read wrongly.
 *
 * `unpack` only builds arrays and fresh objects from the schema's own keys: nothing from the input can name a key,
 * so `__proto__`, `constructor` and friends cannot reach an object. A value that does not fit the layout throws
 * `LayoutError`; values that fit are checked by the schema afterwards (the caller's `safeParse`).
 */
import { z } from '../engine/zod';

type Schema = z.ZodType;

export class LayoutError extends Error {}

/** The walk below knows these schema kinds; anything else is a leaf kept as it is. */
function kind(s: Schema): 'object' | 'tuple' | 'array' | 'nullable' | 'enum' | 'boolean' | 'leaf' {
  if (s instanceof z.ZodObject) return 'object';
  if (s instanceof z.ZodTuple) return 'tuple';
  if (s instanceof z.ZodArray) return 'array';
  if (s instanceof z.ZodNullable) return 'nullable';
  if (s instanceof z.ZodEnum) return 'enum';
  if (s instanceof z.ZodBoolean) return 'boolean';
  return 'leaf';
}

const entries = (s: z.ZodObject): [string, Schema][] => Object.entries(s.shape as Record<string, Schema>);
const items = (s: z.ZodTuple): Schema[] => s.def.items as Schema[];
const options = (s: z.ZodEnum): string[] => (s as z.ZodEnum).options.map(String);

/** An array's `.max()` (or `fallback`): a longer list is refused before its items are read. */
function maxItemsOf(s: z.ZodArray, fallback: number): number {
  for (const c of s.def.checks ?? []) {
    const def = (c as unknown as { _zod: { def: { check: string; maximum?: number } } })._zod.def;
    if (def.check === 'max_length' && typeof def.maximum === 'number') return def.maximum;
  }
  return fallback;
}

/** `value` (already valid for `schema`) in the positional layout. */
export function pack(schema: Schema, value: unknown): unknown {
  switch (kind(schema)) {
    case 'object': {
      const o = value as Record<string, unknown>;
      return entries(schema as z.ZodObject).map(([k, sub]) => pack(sub, o[k]));
    }
    case 'tuple':
      return items(schema as z.ZodTuple).map((sub, i) => pack(sub, (value as unknown[])[i]));
    case 'array':
      return (value as unknown[]).map((x) => pack((schema as z.ZodArray).element as Schema, x));
    case 'nullable':
      return value === null ? null : pack((schema as z.ZodNullable).unwrap() as Schema, value);
    case 'enum': {
      const i = options(schema as z.ZodEnum).indexOf(String(value));
      if (i < 0) throw new LayoutError(`not an option: ${String(value)}`);
      return i;
    }
    case 'boolean':
      return value ? 1 : 0;
    default:
      return value;
  }
}

function list(x: unknown, length?: number): unknown[] {
  if (!Array.isArray(x) || (length !== undefined && x.length !== length)) throw new LayoutError('shape');
  return x;
}

/**
 * The value a packed layout stands for (shape only: ranges and formats are the schema's job). Arrays longer than
 * their schema's `.max()` (or `maxItems` without one) are refused.
 */
export function unpack(schema: Schema, packed: unknown, maxItems = 64): unknown {
  switch (kind(schema)) {
    case 'object': {
      const fields = entries(schema as z.ZodObject);
      const xs = list(packed, fields.length);
      const out: Record<string, unknown> = {};
      fields.forEach(([k, sub], i) => (out[k] = unpack(sub, xs[i], maxItems)));
      return out;
    }
    case 'tuple': {
      const subs = items(schema as z.ZodTuple);
      const xs = list(packed, subs.length);
      return subs.map((sub, i) => unpack(sub, xs[i], maxItems));
    }
    case 'array': {
      const xs = list(packed);
      if (xs.length > maxItemsOf(schema as z.ZodArray, maxItems)) throw new LayoutError('too many items');
      return xs.map((x) => unpack((schema as z.ZodArray).element as Schema, x, maxItems));
    }
    case 'nullable':
      return packed === null ? null : unpack((schema as z.ZodNullable).unwrap() as Schema, packed, maxItems);
    case 'enum': {
      const opts = options(schema as z.ZodEnum);
      if (typeof packed !== 'number' || !Number.isInteger(packed) || packed < 0 || packed >= opts.length) throw new LayoutError('option');
      return opts[packed];
    }
    case 'boolean':
      if (packed !== 0 && packed !== 1) throw new LayoutError('boolean');
      return packed === 1;
    default:
      if (packed !== null && typeof packed === 'object') throw new LayoutError('leaf');
      return packed;
  }
}

/** The shape of a schema as text: keys, order, kinds and enum options (what the layout depends on). */
export function shapeOf(schema: Schema): string {
  switch (kind(schema)) {
    case 'object':
      return `{${entries(schema as z.ZodObject).map(([k, s]) => `${k}:${shapeOf(s)}`).join(',')}}`;
    case 'tuple':
      return `(${items(schema as z.ZodTuple).map(shapeOf).join(',')})`;
    case 'array':
      return `[${shapeOf((schema as z.ZodArray).element as Schema)}]`;
    case 'nullable':
      return `?${shapeOf((schema as z.ZodNullable).unwrap() as Schema)}`;
    case 'enum':
      return `e(${options(schema as z.ZodEnum).join('|')})`;
    case 'boolean':
      return 'b';
    default:
      return schema.def.type;
  }
}

/** FNV-1a, 32 bits, over the UTF-16 code units of a string (a fingerprint and a checksum: not a secret). */
export function fnv1a(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}
