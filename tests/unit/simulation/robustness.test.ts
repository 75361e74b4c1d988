/**
 * Random plausible households (seeded, ./random-state.ts) over several years of rules: a result, an out-of-scope
 * answer or field errors — never an exception, NaN or a key the locale files do not know; and the engine's trace keys
 * are all in the explain lists (a new engine key shows up here before users see "explain.step.other").
 */
import { describe, expect, it } from 'vitest';
import { simulate } from '$lib/simulation/simulate';
import { curve } from '$lib/simulation/curve';
import { barsChart, curveChart, timelineChart } from '$lib/simulation/charts';
import { explainSettled } from '$lib/simulation/explain';
import { EXPLAINED_SLUGS, emittedKeys } from '$lib/simulation/keys';
import { R } from './fixtures';
import { randomState } from './random-state';

const KEYS = new Set(emittedKeys(R));
const MONTHS = ['2024-05', '2025-03', '2025-10', '2026-09', '2027-06'];

describe('random households', () => {
  it('never throw, never NaN, only known keys', () => {
    const unknown = new Set<string>();
    const check = (key: string) => (KEYS.has(key) && !key.endsWith('.other') ? null : unknown.add(key));
    let results = 0;
    for (let seed = 1; seed <= 120; seed++) {
      const month = MONTHS[seed % MONTHS.length];
      const o = simulate(randomState(seed, month), R, month);
      if (o.kind === 'invalid') {
        o.errors.forEach((e) => check(e.code));
        continue;
      }
      if (o.kind === 'out-of-scope') continue;
      results++;
      const r = o.result;
      for (const c of r.cards)
        for (const f of [c.first12, c.settled]) {
          for (const v of [f.resteAVivre, f.salaireNet, f.chomage, f.loyer, f.garde, f.transport, f.impot, ...Object.values(f.benefits)]) expect(v!.isFinite()).toBe(true);
          for (const v of Object.values(f.benefits)) expect(v!.isNeg()).toBe(false);
        }
      [...r.warnings, ...r.hypotheses].forEach((m) => check(m.key));
      if (seed % 4) continue;
      const cv = curve(R, r);
      [barsChart(r), curveChart(cv), timelineChart(r)].forEach((ch) => {
        check(ch.caption.key);
        for (const row of ch.table.rows) for (const cell of row.cells) if (cell.kind === 'text') cell.messages.forEach((m) => check(m.key));
      });
      for (const card of ['status-quo', 'offer'] as const)
        for (const slug of EXPLAINED_SLUGS)
          for (const e of explainSettled(R, r, card, slug)) [e.rule, ...e.reasons, ...e.steps, ...e.params].forEach((x) => check(x.key));
    }
    expect(results).toBeGreaterThan(90);
    expect([...unknown]).toEqual([]);
  });
});
