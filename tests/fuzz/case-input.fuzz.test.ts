/**
 * Fuzzing the case-format boundary (reference input format: `parseHousehold` in src/lib/engine/input.ts, the
 * transition fields in timeline/cas.ts, and `runCase` in src/lib/cases that the CLI calls for each case): valid
 * stable and transition cases with 1–4 hostile mutations, and arbitrary values. Every case gives its result or
 * `{ id, error: "<stable_code>: <message>" }` — never an exception, a hang, NaN in a result, or a polluted prototype.
 * 1 000 generated inputs per property.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseHousehold } from '$lib/engine/input';
import { EngineError } from '$lib/engine/errors';
import { runCase } from '$lib/cases/run';
import { R } from '../support/engine';
import { fcOptions, steadyCase, steadyDraw, timelineCase, timelineDraw } from '../support/arbitraries';
import { mutated, oddValue, prototypeClean, timed } from './hostile';

/** Generous: these run 1 000 cases; a machine busy with other work must not turn them red (speed is `npm run bench`'s job). */
const SLOW = { timeout: 300_000 };

const RUNS = 1000;
const CODE = /^[a-z][a-z0-9_]*$/;

const validCases = fc.oneof(steadyDraw.map((s) => steadyCase(R, s) as unknown), timelineDraw.map((t) => timelineCase(R, t) as unknown));

/** Numbers in a CLI result that are not finite (the output is JSON: they would print as null). */
function badNumbers(x: unknown, at = ''): string[] {
  if (typeof x === 'number') return Number.isFinite(x) ? [] : [`${at}=${x}`];
  if (Array.isArray(x)) return x.flatMap((v, i) => badNumbers(v, `${at}[${i}]`));
  if (x !== null && typeof x === 'object') return Object.entries(x).flatMap(([k, v]) => badNumbers(v, `${at}.${k}`));
  return [];
}

function checkCase(raw: unknown): void {
  const [p, tp] = timed(() => parseHousehold(raw, R));
  expect(tp, 'parseHousehold time (ms)').toBeLessThan(1000);
  if (!p.ok) {
    expect(p.error).toBeInstanceOf(EngineError);
    expect(p.error.code).toMatch(CODE);
    expect(p.error.message.length).toBeGreaterThan(0);
  }
  const [out, tr] = timed(() => runCase(raw, R));
  expect(tr, 'runCase time (ms)').toBeLessThan(2000);
  expect(out).toHaveProperty('id');
  if ('error' in out) {
    expect(typeof out.error).toBe('string');
    const [code, message] = (out.error as string).split(': ');
    expect(code).toMatch(CODE);
    expect(message?.length ?? 0).toBeGreaterThan(0);
  } else expect(badNumbers(out)).toEqual([]);
  expect(JSON.parse(JSON.stringify(out))).toBeTruthy();
  expect(prototypeClean()).toEqual([]);
}

describe('case format: hostile input gives a typed error per case, never a crash', SLOW, () => {
  it('valid stable and transition cases with 1–4 hostile mutations', () => {
    fc.assert(fc.property(mutated(validCases), checkCase), fcOptions(RUNS));
  });

  it('anything at all (arbitrary values, objects with prototype keys)', () => {
    const any = fc.oneof(fc.anything({ withObjectString: true, withNullPrototype: true, withBigInt: true, withDate: true, withMap: true, withSparseArray: true, withUnicodeString: true, maxDepth: 4 }), oddValue);
    fc.assert(fc.property(any, checkCase), fcOptions(RUNS));
  });
});
