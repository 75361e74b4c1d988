/**
 * The childcare and transport official examples through the cases CLI path (reference README scoring: only the
 * numeric fields the expected object states, each within 1.00 € or the case's own tolerance).
 */
import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import cases from './reference/cases-official-examples.json';
import expected from './reference/expected-official-examples.json';
import { rules } from '$lib/engine/rules/load';
import { runCases } from '$lib/cases/run';

const TOPICS = ['cmg_2025', 'cmg_avant_2025_09', 'creche_psu', 'transport'];
type C = { id: string; topic?: string; tolerance?: Record<string, number> };
const mine = (cases as C[]).filter((c) => TOPICS.includes(c.topic ?? ''));
const exp = new Map((expected as Record<string, unknown>[]).map((e) => [e.id as string, e]));

function score(out: Record<string, unknown>[]): string[] {
  const failures: string[] = [];
  for (const c of mine) {
    const o = out.find((x) => x.id === c.id)!;
    for (const [k, v] of Object.entries(exp.get(c.id)!)) {
      if (k === 'id') continue;
      const tol = c.tolerance?.[k] ?? 1.0;
      const g = o[k];
      if (typeof g !== 'number' || Math.abs(g - (v as number)) > tol + 1e-9) failures.push(`${c.id}.${k}: ${String(g)} ≠ ${String(v)} (±${tol})${o.error ? ' ' + String(o.error) : ''}`);
    }
  }
  return failures;
}

describe('official examples (childcare, transport) through the cases CLI', () => {
  it('runCases: 13 examples, every stated field within tolerance', () => {
    expect(mine).toHaveLength(13);
    expect(score(runCases(mine, rules()) as Record<string, unknown>[])).toEqual([]);
  });
  it('npm run cases prints the same fields (process boundary)', () => {
    const root = join(__dirname, '..', '..');
    const file = join(root, 'tests/cases/reference/cases-official-examples.json');
    const stdout = execFileSync(join(root, 'node_modules/.bin/tsx'), [join(root, 'scripts/cases.ts'), file], { encoding: 'utf8', cwd: root });
    const out = JSON.parse(stdout) as Record<string, unknown>[];
    expect(score(out)).toEqual([]);
    const cmg = out.find((o) => o.id === 'off_cmg_2025_01')!;
    for (const k of ['cmg', 'cout_garde', 'cout_garde_net', 'credit_impot_garde_mensuel', 'reste_a_vivre']) expect(cmg[k], k).toBeTypeOf('number');
  });
  it('a bad cost input comes back as a typed error for that case only', () => {
    const bad = { ...(cases as C[]).find((c) => c.id === 'off_km_01'), id: 'bad', transport: [{ adult: 0, mode: 'voiture', km_aller_retour_jour: 900, jours_travailles_mois: 20, cv_fiscaux: 4 }] };
    const out = runCases([bad, mine[0]], rules()) as Record<string, unknown>[];
    expect(out[0].error).toMatch(/^transport_distance_excessive: .*900 km/);
    expect(out[1].cmg).toBeTypeOf('number');
  });
});
