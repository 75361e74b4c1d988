/**
 * Fuzzing the form-state boundary — the same object is the Svelte form's state, a saved file and a URL fragment
 * (src/lib/simulation/state.ts): `validateState`, `repairState` and `simulate` (which validates first) on hostile
 * input. Each call returns a typed answer — field errors with a stable `errors.<code>` key, an out-of-scope answer or
 * a result — never an exception or a hang, and leaves Object.prototype untouched. 1 000 generated inputs per property.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { ERROR_KEYS, repairState, validateState } from '$lib/simulation/validate';
import { emittedKeys } from '$lib/simulation/keys';
import { simulate } from '$lib/simulation/simulate';
import { formState } from '$lib/simulation/state';
import { Decimal } from '$lib/engine/money';
import { R } from '../support/engine';
import { fcOptions } from '../support/arbitraries';
import { parentCaen, singleZ2 } from '../unit/simulation/fixtures';
import { randomState } from '../unit/simulation/random-state';
import { POLLUTION_JSON, TEN_MB, deep, mutated, oddValue, paths, prototypeClean, timed } from './hostile';
import { notFinite, serialise } from '../property/walk';

/** Generous: these run 1 000 cases; a machine busy with other work must not turn them red (speed is `npm run bench`'s job). */
const SLOW = { timeout: 300_000 };

const RUNS = 1000;
const MONTH = '2026-09';
/** Every key the simulation emits (errors.* among them): the UI has a sentence for each. */
const CODES = new Set<string>(emittedKeys(R));

/** Valid states to start from: the fixtures and seeded plausible households (couples, ARE, children, costs). */
const validStates = fc.oneof(
  fc.constant(null).map(() => parentCaen()),
  fc.constant(null).map(() => singleZ2(24, 1400, MONTH, '2026-10')),
  fc.integer({ min: 1, max: 500 }).map((seed) => randomState(seed, MONTH))
);

/** The answer to one raw input, checked: typed, in time, nothing polluted. */
function checkBoundary(raw: unknown): void {
  const [v, tv] = timed(() => validateState(raw));
  expect(tv, 'validateState time (ms)').toBeLessThan(1000);
  if (v.ok) expect(formState.safeParse(v.state).success).toBe(true);
  else {
    expect(v.errors.length).toBeGreaterThan(0);
    for (const e of v.errors) {
      expect(typeof e.path).toBe('string');
      expect(ERROR_KEYS as readonly string[]).toContain(e.code);
    }
  }
  const [rep, tr] = timed(() => repairState(raw));
  expect(tr, 'repairState time (ms)').toBeLessThan(1000);
  expect(validateState(rep.state).ok, 'a repaired state is valid').toBe(true);
  expect(rep.errors.length === 0).toBe(v.ok);

  const [o, ts] = timed(() => simulate(raw, R, MONTH));
  expect(ts, 'simulate time (ms)').toBeLessThan(5000);
  if (o.kind === 'invalid') for (const e of o.errors) expect(CODES.has(e.code) && e.code.startsWith('errors.'), e.code).toBe(true);
  if (o.kind === 'invalid' && process.env.FUZZ_LOG) for (const e of o.errors) if (e.code === 'errors.cannot-compute') console.log(e, JSON.stringify(raw).slice(0, 300));
  if (o.kind === 'result') {
    expect(notFinite(o.result)).toEqual([]);
    for (const c of o.result.cards) for (const f of [c.first12, c.settled]) for (const [k, x] of Object.entries(f.benefits)) expect((x as Decimal).isNeg(), k).toBe(false);
  }
  expect(prototypeClean()).toEqual([]);
}

describe('form state: hostile input never crashes, never hangs, never pollutes', SLOW, () => {
  it('valid states with 1–4 hostile mutations (values replaced, keys removed, __proto__/constructor/prototype keys added)', () => {
    fc.assert(fc.property(mutated(validStates), checkBoundary), fcOptions(RUNS));
  });

  it('anything at all (fast-check `anything`, with prototype keys, null-prototype objects, odd values)', () => {
    const any = fc.oneof(fc.anything({ withObjectString: true, withNullPrototype: true, withBigInt: true, withDate: true, withMap: true, withSet: true, withTypedArray: true, withSparseArray: true, withUnicodeString: true, maxDepth: 4 }), oddValue);
    fc.assert(fc.property(any, checkBoundary), fcOptions(RUNS));
  });

  it('every field of a full state given each of: a 10 MB string, 1e308, −0, NaN, "NaN", 2 000-deep nesting, a __proto__ payload', () => {
    const hostile = [TEN_MB, 1e308, -0, NaN, 'NaN', deep(2000), JSON.parse(POLLUTION_JSON[0]) as unknown];
    const base = parentCaen();
    let n = 0;
    for (const path of paths(base)) {
      for (const h of hostile) {
        const s = JSON.parse(JSON.stringify(base)) as Record<string, unknown>;
        if (path.length === 0) checkBoundary(h);
        else {
          let parent = s as Record<string | number, unknown>;
          for (const k of path.slice(0, -1)) parent = parent[k] as Record<string | number, unknown>;
          parent[path[path.length - 1]] = h;
          checkBoundary(s);
        }
        n++;
      }
    }
    expect(n).toBeGreaterThan(300);
  });

  // Found by the test above: a JSON −0 in `commute.minutes` made the engine refuse the commute
  // (transport_trajet_invalide: decimal.js keeps the sign of −0 and `isNeg()` is true). money.ts `d()` now reads −0 as 0.
  it('−0 (valid JSON) means 0: the same answer as 0 in every number field', () => {
    const base = parentCaen();
    base.commute.minutes = 0;
    base.home.charges = 0;
    let n = 0;
    for (const path of paths(base)) {
      const set = (v: number) => {
        const s = JSON.parse(JSON.stringify(base)) as Record<string | number, unknown>;
        let parent = s;
        for (const k of path.slice(0, -1)) parent = parent[k] as Record<string | number, unknown>;
        if (typeof parent[path[path.length - 1]] !== 'number' && parent[path[path.length - 1]] !== null) return null;
        parent[path[path.length - 1]] = v;
        return serialise(simulate(s, R, MONTH));
      };
      if (path.length === 0) continue;
      const zero = set(0);
      if (zero === null) continue;
      expect(set(-0), path.join('.')).toBe(zero);
      n++;
    }
    expect(n).toBeGreaterThan(10);
  });
});
