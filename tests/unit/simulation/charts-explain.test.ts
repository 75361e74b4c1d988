/** Chart data shapes (plain numbers, captions, tables) and the explanation of an RSA amount with its sources. */
import { describe, expect, it } from 'vitest';
import { simulate } from '$lib/simulation/simulate';
import { curve } from '$lib/simulation/curve';
import { barsChart, curveChart, timelineChart, type Cell } from '$lib/simulation/charts';
import { cafCauses, explainSettled } from '$lib/simulation/explain';
import { EMITTED_KEYS, TIMELINE_CHANGE_KEYS, emittedKeys } from '$lib/simulation/keys';
import type { SimulationResult } from '$lib/simulation/types';
import { R, parentCaen, singleZ2 } from './fixtures';

function run(state: unknown, month: string): SimulationResult {
  const o = simulate(state, R, month);
  if (o.kind !== 'result') throw new Error(JSON.stringify(o));
  return o.result;
}

const isPlain = (x: unknown): boolean => typeof x === 'number' && Number.isFinite(x);
const cellOk = (c: Cell) => (c.kind === 'text' ? c.messages.every((m) => EMITTED_KEYS.includes(m.key)) : c.kind === 'month' ? /^\d{4}-\d{2}$/.test(c.value) : isPlain(c.value));

describe('chart data', () => {
  const r = run(parentCaen(), '2026-09');

  it('bars: one value per card for each series, costs apart, a caption and a table', () => {
    const b = barsChart(r);
    expect(b.cards.map((c) => c.id)).toEqual(['status-quo', 'offer', 'other-hours']);
    for (const s of [...b.gets, ...b.costs]) {
      expect(s.values).toHaveLength(3);
      expect(s.values.every(isPlain)).toBe(true);
      expect(EMITTED_KEYS).toContain(s.key);
    }
    expect(b.gets.map((s) => s.key)).toEqual(expect.arrayContaining(['chart.bars.salaire', 'chart.bars.benefit.rsa', 'chart.bars.benefit.asf']));
    expect(b.costs.map((s) => s.key)).toEqual(['chart.bars.garde', 'chart.bars.transport']);
    // No job, no costs of working on the status-quo bar.
    expect(b.costs.every((s) => s.values[0] === 0)).toBe(true);
    expect(b.resteAVivre).toEqual(r.cards.map((c) => Math.round(c.first12.resteAVivre.toNumber() * 100) / 100));
    expect(b.caption.key).toBe('chart.bars.caption-first12');
    expect(b.table.columns).toHaveLength(4);
    expect(b.table.rows).toHaveLength(b.gets.length + b.costs.length + 1);
    expect(b.table.rows.every((row) => cellOk(row.header) && row.cells.length === 3 && row.cells.every(cellOk))).toBe(true);
    expect(barsChart(r, 'settled').caption.key).toBe('chart.bars.caption-settled');
  });

  it('curve: points, markers on the line, shaded cliffs with a reason, a short table', () => {
    const c = curveChart(curve(R, r));
    expect(c.points).toHaveLength(71);
    expect(c.points.every((p) => isPlain(p.x) && isPlain(p.y))).toBe(true);
    expect(c.markers.map((m) => [m.card, m.x])).toEqual([
      ['status-quo', 0],
      ['offer', 24],
      ['other-hours', 35]
    ]);
    for (const m of c.markers) expect(m.y).toBe(c.points.find((p) => p.x === m.x)!.y);
    expect(c.cliffs.length).toBeGreaterThan(0);
    for (const k of c.cliffs) {
      expect(k.from).toBeLessThan(k.to);
      expect(EMITTED_KEYS).toContain(k.label.key);
    }
    expect(EMITTED_KEYS).toContain(c.caption.key);
    expect(c.table.rows.length).toBeGreaterThanOrEqual(8); // 0, 5 … 35 h, plus the cards' hours and cliff ends
    expect(c.table.rows.every((row) => row.header.kind === 'hours' && row.cells.every(cellOk))).toBe(true);
  });

  it('timeline: 14 months in time order, both lines, each change labelled at its month', () => {
    const t = timelineChart(r);
    expect(t.months).toEqual(r.months);
    expect(t.statusQuo).toHaveLength(14);
    expect(t.offer).toHaveLength(14);
    expect([...t.statusQuo, ...t.offer].every(isPlain)).toBe(true);
    // The chart shows the cards' money left (after charges): the mean of months 1..12 is the card's figure.
    const mean = t.offer.slice(1, 13).reduce((a, b) => a + b, 0) / 12;
    expect(mean).toBeCloseTo(r.cards[1].first12.resteAVivre.toNumber(), 1);
    expect(t.changes.find((c) => c.index === 1 && c.scenario === 'offer' && c.label.key === 'timeline.job-starts')).toBeDefined();
    expect(t.changes.some((c) => c.label.key === 'timeline.rsa-ends-after-quarterly-review')).toBe(true);
    for (const c of t.changes) expect(TIMELINE_CHANGE_KEYS).toContain(c.label.key);
    expect(t.table.rows).toHaveLength(14);
    expect(t.table.rows.every((row) => row.header.kind === 'month' && row.cells.length === 4 && row.cells.every(cellOk))).toBe(true);
    expect(EMITTED_KEYS).toContain(t.caption.key);
  });
});

describe('explain', () => {
  it('the RSA of the status quo: rule, numbers, parameters with their date, legal sources', () => {
    // Single, 35, zone 2, no income, 2026-09 settled month (reference case pub_single_0h_vide_z2: RSA 573.49).
    const r = run(singleZ2(24, 1280.24, '2025-08', '2025-09'), '2025-08');
    const [e] = explainSettled(R, r, 'status-quo', 'rsa');
    expect(e.rule).toEqual({ key: 'explain.rule.rsa' });
    expect(e.amount).toBeCloseTo(573.49, 2);
    const step = (k: string) => e.steps.find((s) => s.key === `explain.step.rsa.${k}`)!;
    // Montant forfaitaire of one person: 651.69 € from 2026-04-01; forfait logement 12 % of it: 78.2028 → 78.20.
    expect(step('montant-forfaitaire').value).toBe(651.69);
    expect(step('forfait-logement').value).toBe(78.2);
    const base = e.params.find((p) => p.name === 'rsa.montant_de_base')!;
    expect(base).toMatchObject({ key: 'params.rsa.montant_de_base', value: 651.69, from: '2026-04-01', stale: false });
    expect(e.sources[0].title).toContain('CASF L262-1');
    expect(e.sources.map((s) => s.title)).toContainEqual(expect.stringContaining('Décret n° 2026-220'));
    for (const k of [...e.steps.map((s) => s.key), ...e.params.map((p) => p.key), ...e.reasons.map((x) => x.key)]) expect(emittedKeys(R)).toContain(k);
  });

  it('"Ce n\'est pas ce que la CAF me verse ?": causes that fit the case', () => {
    const r = run(parentCaen(), '2026-09');
    const rsa = cafCauses(r, 'rsa').map((m) => m.key);
    expect(rsa).toEqual(expect.arrayContaining(['explain.caf.quarterly-declaration', 'explain.caf.forfait-logement-housing-aid', 'explain.caf.rounding']));
    const al = cafCauses(r, 'aides-logement').map((m) => m.key);
    expect(al).toEqual(expect.arrayContaining(['explain.caf.housing-aid-quarterly', 'explain.caf.housing-aid-rsa-neutralisation']));
    expect(cafCauses(r, 'paje').map((m) => m.key)).toContain('explain.caf.family-benefits-n2-resources');
    for (const k of [...rsa, ...al]) expect(EMITTED_KEYS).toContain(k);
  });
});
