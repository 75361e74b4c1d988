/**
 * Random VALID values of a zod schema (the form state, an offer), derived from the schema itself so the tests
 * follow it when a field is added: objects, tuples, arrays (bounded), nullable, enums, literals, unions, numbers
 * within the schema's bounds (integers where it asks), and strings matching its pattern (months, commune codes) or
 * any text up to its maximum length (accents, Arabic, emoji, quotes, dots). No -0 and no NaN: a form never holds them.
 */
import fc from 'fast-check';
import { z } from '$lib/engine/zod';

type Schema = z.ZodType;

function numberArb(s: z.ZodNumber): fc.Arbitrary<number> {
  const min = s.minValue ?? -1e6;
  const max = s.maxValue ?? 1e6;
  if (s.isInt) return fc.integer({ min: Math.ceil(min), max: Math.floor(max) });
  // Exclusive bounds (gt) are filtered by the schema; cents and odd decimals both occur.
  return fc
    .oneof(
      fc.integer({ min: Math.ceil(min), max: Math.floor(max) }),
      fc.integer({ min: Math.ceil(min * 100), max: Math.floor(max * 100) }).map((c) => c / 100),
      fc.double({ min, max, noNaN: true, noDefaultInfinity: true })
    )
    .map((x) => (Object.is(x, -0) ? 0 : x))
    .filter((x) => s.safeParse(x).success);
}

function stringArb(s: z.ZodString): fc.Arbitrary<string> {
  const checks = (s.def.checks ?? []).map((c) => (c as unknown as { _zod: { def: { check: string; pattern?: RegExp } } })._zod.def);
  const pattern = checks.find((c) => c.check === 'string_format' && c.pattern)?.pattern;
  const max = s.maxLength ?? 200;
  const odd = fc.constantFrom('é', 'ç', 'ع', '😀', '"', '.', '\\', ' ', 'a', 'Z', '0');
  const text = pattern
    ? fc.stringMatching(pattern)
    : fc.oneof(fc.string({ maxLength: max, unit: 'grapheme' }), fc.string({ maxLength: Math.floor(max / 2), unit: odd }));
  return text.filter((x) => s.safeParse(x).success);
}

export function arbitraryOf(schema: Schema, maxItems = 3): fc.Arbitrary<unknown> {
  if (schema instanceof z.ZodObject) {
    const rec: Record<string, fc.Arbitrary<unknown>> = {};
    for (const [k, sub] of Object.entries(schema.shape as Record<string, Schema>)) rec[k] = arbitraryOf(sub, maxItems);
    return fc.record(rec);
  }
  if (schema instanceof z.ZodTuple) return fc.tuple(...(schema.def.items as Schema[]).map((x) => arbitraryOf(x, maxItems)));
  if (schema instanceof z.ZodArray) return fc.array(arbitraryOf(schema.element as Schema, maxItems), { maxLength: maxItems });
  if (schema instanceof z.ZodNullable) return fc.option(arbitraryOf(schema.unwrap() as Schema, maxItems), { nil: null });
  if (schema instanceof z.ZodEnum) return fc.constantFrom(...schema.options);
  if (schema instanceof z.ZodLiteral) return fc.constantFrom(...(schema.def.values as unknown[]));
  if (schema instanceof z.ZodUnion) return fc.oneof(...(schema.def.options as Schema[]).map((x) => arbitraryOf(x, maxItems)));
  if (schema instanceof z.ZodBoolean) return fc.boolean();
  if (schema instanceof z.ZodNumber) return numberArb(schema);
  if (schema instanceof z.ZodString) return stringArb(schema);
  throw new Error(`arbitraryOf: no generator for ${schema.def.type}`);
}
