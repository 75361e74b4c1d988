import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { rules } from '$lib/engine/rules/load';
import { assDuMois, ETAT_CUMUL_ASS_INITIAL, type EtatCumulAss } from '$lib/engine/benefits/ass';
import { d } from '$lib/engine/money';
import { monthIndex, monthString } from '$lib/engine/month';

const R = rules();
const ref = (f: string) => JSON.parse(readFileSync(new URL(`../cases/reference/${f}`, import.meta.url), 'utf8'));

/** Runs the ASS month by month from `from` with activity in the months listed. */
function serie(from: string, n: number, activite: (i: number) => boolean, couple = false, ressources = 0) {
  let etat: EtatCumulAss = ETAT_CUMUL_ASS_INITIAL;
  const out: { month: string; amount: number; reasons: string[] }[] = [];
  for (let i = 0; i < n; i++) {
    const m = monthIndex(from) + i;
    const r = assDuMois(R, m, { etat, activite: activite(i), couple, ressourcesMensuelles: d(ressources) });
    etat = r.etatApres;
    out.push({ month: monthString(m), amount: r.amount.toNumber(), reasons: r.reasons });
  }
  return out;
}

describe('ASS: official example off_ass_01 (service-public F12484: cumul intégral 3 months, then stop)', () => {
  it('Aug. 2025 without job, Sep–Nov with a 20 h job: full ASS; Dec.: 0 — within the case tolerance (20 €)', () => {
    const c = ref('cases-official-examples.json').find((x: any) => x.id === 'off_ass_01');
    const e = ref('expected-official-examples.json').find((x: any) => x.id === 'off_ass_01');
    const start = monthIndex(c.transition.start_month);
    const from = start - c.transition.months_before;
    const got = serie(monthString(from), e.series.length, (i) => from + i >= start);
    for (let i = 0; i < e.series.length; i++) {
      expect(got[i].month).toBe(e.series[i].month);
      expect(Math.abs(got[i].amount - e.series[i].adults[0].chomage_net)).toBeLessThanOrEqual(c.tolerance.chomage_net);
    }
    expect(got[4].reasons).toEqual(['ass.cumul-termine']);
  });
});

describe('ASS amount', () => {
  it('paid for each calendar day: 19.33 × 30 = 579.90 € in Sept. 2025, 19.33 × 31 = 599.23 € in Oct. 2025 (2025 revaluation notices)', () => {
    const [sep, oct] = serie('2025-09', 2, () => false);
    expect(sep.amount).toBe(579.9);
    expect(oct.amount).toBe(599.23);
  });
  it('19.01 €/day from April 2024 (décret 2024-341): 570.30 € for 30 days', () => {
    expect(serie('2024-06', 1, () => false)[0].amount).toBe(570.3);
  });
  it('couple with 1 800 € of other resources, Sept. 2025: ceiling 110 × 19.33 = 2 126.30 → (2 126.30 − 1 800) ÷ 30 = 10.88 €/day → 326.40 €', () => {
    const [sep] = serie('2025-09', 1, () => false, true, 1800);
    expect(sep.amount).toBe(326.4);
    expect(sep.reasons).toContain('ass.reduite-par-ressources');
  });
  it('single person with 1 400 € of other resources: above the 1 353.10 € ceiling → 0', () => {
    expect(serie('2025-09', 1, () => false, false, 1400)[0].amount).toBe(0);
  });
});

describe('ASS cumul with activity (C. trav. R5425-2)', () => {
  it('the 3 months need not be consecutive: job, gap, job, job → paid; the 4th month of activity stops ASS', () => {
    const act = [true, false, true, true, true];
    const got = serie('2025-05', 5, (i) => act[i]);
    expect(got.map((x) => x.amount > 0)).toEqual([true, true, true, true, false]);
  });
  it('a new 3-month window opens only after 3 months without activity', () => {
    // 3 months of job (window used), 2 months without, job again → not paid; 3 months without → window reopens.
    const a1 = [true, true, true, false, false, true];
    expect(serie('2025-01', 6, (i) => a1[i]).map((x) => x.amount > 0)).toEqual([true, true, true, true, true, false]);
    const a2 = [true, true, true, false, false, false, true];
    expect(serie('2025-01', 7, (i) => a2[i]).map((x) => x.amount > 0)).toEqual([true, true, true, true, true, true, true]);
  });
});
