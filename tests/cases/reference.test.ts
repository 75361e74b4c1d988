/**
 * The engine against the reference cases (OpenFisca-France 176.0.7, copied unchanged from /work/shared/reference
 * into tests/cases/reference/): every scored field within 1.00 €, the score printed, ≥ 99.5 % for 2026-09 and
 * 2024-07, and the set of failing (case, field) pairs equal to the list in tests/cases/KNOWN_DIFFERENCES.md
 * (2026-07 is checked against its list too, but has no score threshold: it is the prime d'activité lag month).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { rules } from '$lib/engine/rules/load';
import { runCases } from '$lib/cases/run';

const dir = join(__dirname, 'reference');
const load = (f: string) => JSON.parse(readFileSync(join(dir, f), 'utf8')) as Record<string, unknown>[];

/** Scored fields: per adult `salaire_net`; household `rsa`… `paje_base`, plus `ars_annuelle` (the project's own check). */
const FIELDS = ['rsa', 'ppa', 'aide_logement', 'af', 'cf', 'asf', 'paje_base', 'ars_annuelle'];
const TOLERANCE = 1.0;

interface Failure {
  id: string;
  field: string;
  expected: unknown;
  actual: unknown;
}

function score(expected: Record<string, unknown>[], actual: Record<string, unknown>[]) {
  const byId = new Map(actual.map((a) => [a.id, a]));
  const failures: Failure[] = [];
  let total = 0;
  const check = (id: string, field: string, e: unknown, a: unknown) => {
    total++;
    if (typeof a !== 'number' || !Number.isFinite(a) || Math.abs(a - (e as number)) > TOLERANCE + 1e-9) failures.push({ id, field, expected: e, actual: a });
  };
  for (const e of expected) {
    const id = e.id as string;
    const a = (byId.get(id) ?? {}) as Record<string, unknown>;
    const ea = e.adults as Record<string, unknown>[];
    const aa = (Array.isArray(a.adults) ? a.adults : []) as Record<string, unknown>[];
    ea.forEach((x, i) => check(id, `adults[${i}].salaire_net`, x.salaire_net, aa[i]?.salaire_net));
    for (const f of FIELDS) check(id, f, e[f], a[f]);
  }
  return { total, failures };
}

/** Rows of KNOWN_DIFFERENCES.md: `| file | case | field | expected | actual | cause |`. */
function knownDifferences(file: string): Set<string> {
  const md = readFileSync(join(__dirname, 'KNOWN_DIFFERENCES.md'), 'utf8');
  const out = new Set<string>();
  for (const line of md.split('\n')) {
    const cells = line.split('|').map((c) => c.trim());
    if (cells.length < 7 || cells[1] !== file) continue;
    out.add(`${cells[2]} ${cells[3]}`);
  }
  return out;
}

describe.each([
  { month: '2026-09', threshold: 0.995 },
  { month: '2024-07', threshold: 0.995 },
  { month: '2026-07', threshold: 0 }
])('reference cases $month', ({ month, threshold }) => {
  const cases = load(`cases-${month}.json`);
  const expected = load(`expected-${month}.json`);
  const actual = runCases(cases, rules());

  it('answers every case, same ids and order, no error', () => {
    expect(actual.map((a) => a.id)).toEqual(cases.map((c) => c.id));
    expect(actual.filter((a) => 'error' in a)).toEqual([]);
  });

  it(`scores ≥ ${threshold * 100} % of the fields within 1 €, and fails exactly where KNOWN_DIFFERENCES.md says`, () => {
    const { total, failures } = score(expected, actual);
    const ok = total - failures.length;
    console.log(`${month}: ${ok}/${total} fields within 1 € (${((100 * ok) / total).toFixed(2)} %)`);
    for (const f of failures) console.log(`  ${f.id} ${f.field}: expected ${String(f.expected)}, got ${String(f.actual)}`);
    expect(ok / total).toBeGreaterThanOrEqual(threshold);
    expect(new Set(failures.map((f) => `${f.id} ${f.field}`))).toEqual(knownDifferences(month));
  });
});
