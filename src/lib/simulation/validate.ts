/**
 * Checking a form state from anywhere (the form, a saved file, a URL fragment): zod `safeParse`, each problem as
 * `{ path, code }` with a stable `errors.<code>` key the UI shows next to the field (in the user's language), and
 * `repairState` that keeps every valid answer and puts the default back where an answer is wrong.
 * Hostile input (huge numbers, NaN, 10 MB strings, `__proto__` keys, wrong types anywhere) gives errors, never an
 * exception: the schema only reads the keys it knows and builds new objects.
 */
import { z } from '../engine/zod';
import { LIMITS, defaultChild, defaultState, formState, type FormState } from './state';
import type { FieldError } from './types';

/** Every `errors.*` key this module (and ./check.ts) can emit. */
export const ERROR_KEYS = [
  'errors.required',
  'errors.number-expected',
  'errors.integer-expected',
  'errors.text-expected',
  'errors.too-small',
  'errors.too-big',
  'errors.text-too-long',
  'errors.too-many',
  'errors.invalid-choice',
  'errors.invalid-month',
  'errors.invalid-commune',
  'errors.invalid-form',
  'errors.unsupported-version'
] as const;

type Issue = z.core.$ZodIssue;

function valueAt(raw: unknown, path: readonly PropertyKey[]): unknown {
  let x: unknown = raw;
  for (const k of path) {
    if (x === null || typeof x !== 'object' || !Object.prototype.hasOwnProperty.call(x, k)) return undefined;
    x = (x as Record<PropertyKey, unknown>)[k];
  }
  return x;
}

const bound = (v: unknown): number | string => (typeof v === 'bigint' ? Number(v) : (v as number));

/** The stable code (and vars) of one zod issue. */
function codeOf(i: Issue, raw: unknown): Pick<FieldError, 'code' | 'vars'> {
  const last = String(i.path[i.path.length - 1] ?? '');
  if (i.path.length && valueAt(raw, i.path) === undefined && (i.code === 'invalid_type' || i.code === 'invalid_union' || i.code === 'invalid_value'))
    return { code: 'errors.required' };
  switch (i.code) {
    case 'invalid_type': {
      if (i.expected === 'int' && typeof valueAt(raw, i.path) === 'number') return { code: 'errors.integer-expected' };
      if (i.expected === 'number' || i.expected === 'int') return { code: 'errors.number-expected' };
      if (i.expected === 'string') return { code: 'errors.text-expected' };
      if (i.expected === 'boolean') return { code: 'errors.invalid-choice' };
      return { code: 'errors.invalid-form' };
    }
    case 'too_small':
      return { code: 'errors.too-small', vars: { min: bound(i.minimum) } };
    case 'too_big':
      if (i.origin === 'string') return { code: 'errors.text-too-long', vars: { max: bound(i.maximum) } };
      if (i.origin === 'array') return { code: 'errors.too-many', vars: { max: bound(i.maximum) } };
      return { code: 'errors.too-big', vars: { max: bound(i.maximum) } };
    case 'invalid_format':
      if (last === 'communeCode') return { code: 'errors.invalid-commune' };
      return { code: 'errors.invalid-month' };
    case 'invalid_value':
      return { code: last === 'version' ? 'errors.unsupported-version' : 'errors.invalid-choice' };
    case 'invalid_union':
      return { code: 'errors.invalid-choice' };
    default:
      // not_multiple_of (an integer field given 2.5), custom checks.
      return { code: i.code === 'not_multiple_of' ? 'errors.integer-expected' : 'errors.invalid-form' };
  }
}

export function fieldErrors(issues: readonly Issue[], raw: unknown): FieldError[] {
  const seen = new Set<string>();
  const out: FieldError[] = [];
  for (const i of issues) {
    const path = i.path.map(String).join('.');
    if (seen.has(path)) continue;
    seen.add(path);
    out.push({ path, ...codeOf(i, raw) });
  }
  return out;
}

/** Shape and ranges. Cross-field checks (a couple's second adult, a required amount…) are in ./check.ts. */
export function validateState(raw: unknown): { ok: true; state: FormState } | { ok: false; errors: FieldError[] } {
  const p = formState.safeParse(raw);
  if (p.success) return { ok: true, state: p.data };
  return { ok: false, errors: fieldErrors(p.error.issues, raw) };
}

type Schema = z.ZodType;

/** Rebuilds `raw` on the shape of `schema`: each valid leaf kept, each wrong one replaced by `fallback`'s. */
function repair(schema: Schema, raw: unknown, fallback: unknown): unknown {
  if (schema instanceof z.ZodObject) {
    const out: Record<string, unknown> = {};
    for (const [k, sub] of Object.entries(schema.shape as Record<string, Schema>))
      out[k] = repair(sub, valueAt(raw, [k]), (fallback as Record<string, unknown>)[k]);
    return out;
  }
  if (schema instanceof z.ZodTuple) {
    const items = schema.def.items as Schema[];
    return items.map((s, i) => repair(s, valueAt(raw, [i]), (fallback as unknown[])[i]));
  }
  if (schema instanceof z.ZodArray) {
    if (!Array.isArray(raw)) return fallback;
    const el = schema.element as Schema;
    const list: unknown[] = [];
    for (const item of raw.slice(0, LIMITS.childrenMax)) {
      // A child without a valid birth year cannot be kept (no default for it).
      const year = valueAt(item, ['birthYear']);
      const base = defaultChild(typeof year === 'number' ? year : NaN);
      const fixed = repair(el, item, base);
      if (el.safeParse(fixed).success) list.push(fixed);
    }
    return list;
  }
  return schema.safeParse(raw).success ? raw : fallback;
}

/**
 * Keeps every valid answer of `raw` and puts the default back for the others (a file or a link partly damaged):
 * returns the state and what was wrong. A completely wrong input gives `defaultState()` and its errors.
 */
export function repairState(raw: unknown): { state: FormState; errors: FieldError[] } {
  const v = validateState(raw);
  if (v.ok) return { state: v.state, errors: [] };
  const fixed = repair(formState, raw, defaultState());
  const again = formState.safeParse(fixed);
  return { state: again.success ? again.data : defaultState(), errors: v.errors };
}
