/**
 * Hostile inputs for the fuzz tests: odd values (huge numbers, −0, NaN, infinities, numeric strings, empty and
 * control strings, unicode, 10 MB strings, deep nesting), prototype-pollution keys, and random mutations of a valid
 * input (a value replaced, a key removed, a `__proto__` / `constructor` / `prototype` key added) — so the fuzzing
 * reaches past the first field a schema checks.
 */
import fc from 'fast-check';

/** A 10 MB string (built once). */
export const TEN_MB = 'é'.repeat(5 * 1024 * 1024);

/** Nested arrays or objects `depth` levels deep, built without recursion. */
export function deep(depth: number, kind: 'array' | 'object' = 'array'): unknown {
  let x: unknown = 1;
  for (let i = 0; i < depth; i++) x = kind === 'array' ? [x] : { a: x };
  return x;
}

/** JSON texts whose objects have the prototype-pollution keys as own keys (as JSON.parse makes them). */
export const POLLUTION_JSON = [
  '{"__proto__": {"polluted": "yes"}}',
  '{"constructor": {"prototype": {"polluted": "yes"}}}',
  '{"prototype": {"polluted": "yes"}}',
  '{"__proto__": {"__proto__": {"polluted": "yes"}}, "constructor": {"prototype": {"polluted": "yes"}}}'
];

const oddValues: unknown[] = [
  1e308, -1e308, Number.MAX_VALUE, Number.MIN_VALUE, Number.MAX_SAFE_INTEGER + 2, -0, 0, -1, 0.1, 1e-320, NaN, Infinity, -Infinity,
  'NaN', 'Infinity', '1e308', '-0', '12', ' 12 ', '', ' ', '\u0000', '\u202e2026-09', '２０２６-０９', '2026-13', '2026-00', '0000-01', '9999-12', '😀', 'زوجة',
  'a'.repeat(1000), null, undefined, true, false, () => 1, Symbol('x'), 10n ** 30n
];
/** Objects are made fresh for each use (a later mutation may write inside them). */
const oddObjects = [() => [], () => ({}), () => [[]], () => ({ length: 1e9 }), () => new Date(0), () => new Map(), () => Object.create(null) as object];

/** One odd value (the fixed list above, or random numbers and strings). */
export const oddValue: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...oddValues) },
  { weight: 1, arbitrary: fc.constantFrom(...oddObjects).map((f) => f() as unknown) },
  // Fresh objects each time (a later mutation may write inside them).
  { weight: 1, arbitrary: fc.constantFrom(...POLLUTION_JSON).map((j) => JSON.parse(j) as unknown) },
  { weight: 1, arbitrary: fc.double() },
  { weight: 1, arbitrary: fc.integer({ min: -1e9, max: 1e9 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 30 }) },
  { weight: 1, arbitrary: fc.constantFrom('array' as const, 'object' as const).map((k) => deep(2000, k)) }
);

type Path = (string | number)[];

/** Every path to a value inside a JSON-like tree (objects and arrays; the root is []), down to `maxDepth`. */
export function paths(x: unknown, at: Path = [], out: Path[] = [], maxDepth = 12): Path[] {
  out.push(at);
  if (at.length >= maxDepth) return out;
  if (Array.isArray(x)) x.forEach((v, i) => paths(v, [...at, i], out, maxDepth));
  else if (x !== null && typeof x === 'object') for (const [k, v] of Object.entries(x)) paths(v, [...at, k], out, maxDepth);
  return out;
}

const clone = <T>(x: T): T => JSON.parse(JSON.stringify(x)) as T;

type Mutation = { kind: 'set'; value: unknown } | { kind: 'delete' } | { kind: 'pollute'; key: '__proto__' | 'constructor' | 'prototype' };

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  { weight: 5, arbitrary: oddValue.map((value) => ({ kind: 'set' as const, value })) },
  { weight: 1, arbitrary: fc.constant({ kind: 'delete' as const }) },
  { weight: 1, arbitrary: fc.constantFrom('__proto__' as const, 'constructor' as const, 'prototype' as const).map((key) => ({ kind: 'pollute' as const, key })) }
);

function apply(root: unknown, path: Path, m: Mutation): unknown {
  if (path.length === 0) return m.kind === 'set' ? m.value : root;
  let parent = root as Record<string | number, unknown>;
  for (const k of path.slice(0, -1)) parent = parent[k] as Record<string | number, unknown>;
  const last = path[path.length - 1];
  if (m.kind === 'set') parent[last] = m.value;
  else if (m.kind === 'delete') {
    if (Array.isArray(parent)) parent.splice(last as number, 1);
    else delete parent[last];
  } else {
    const target = parent[last];
    // An own key named like the prototype, holding a payload (defineProperty: never the prototype setter).
    if (target !== null && typeof target === 'object')
      Object.defineProperty(target, m.key, { value: m.key === '__proto__' ? { polluted: 'yes' } : { prototype: { polluted: 'yes' } }, enumerable: true, configurable: true, writable: true });
  }
  return root;
}

/** A valid input with 1–4 random mutations at random places. */
export function mutated(valid: fc.Arbitrary<unknown>): fc.Arbitrary<unknown> {
  return valid.chain((v) => {
    const all = paths(v);
    return fc.array(fc.tuple(fc.nat(all.length - 1), mutation), { minLength: 1, maxLength: 4 }).map((ms) => {
      let x = clone(v);
      for (const [i, m] of ms) {
        const p = paths(x);
        x = apply(x, p[i % p.length], m);
      }
      return x;
    });
  });
}

/** Object.prototype keeps no key it did not have, and `({}).polluted` stays undefined. */
export function prototypeClean(): string[] {
  const problems: string[] = [];
  if (({} as Record<string, unknown>).polluted !== undefined) problems.push('({}).polluted is set');
  if (([] as unknown as Record<string, unknown>).polluted !== undefined) problems.push('([]).polluted is set');
  const own = Object.getOwnPropertyNames(Object.prototype).filter((k) => !BASE_KEYS.has(k));
  if (own.length) problems.push(`Object.prototype gained ${own.join(', ')}`);
  return problems;
}
const BASE_KEYS = new Set(Object.getOwnPropertyNames(Object.prototype));

/** Runs `f` and returns its duration in ms (to tell a slow input from a hang). */
export function timed<T>(f: () => T): [T, number] {
  const t = performance.now();
  const r = f();
  return [r, performance.now() - t];
}
