/**
 * Resource bases read from a changing income history (resources.ts): the RSA's reference quarter with the
 * neutralisation of a stopped income (CASF R262-13), and the housing-aid rolling year with the 30 % abattement of a
 * person in indemnified unemployment (CCH R822-13). Expected numbers are worked by hand below.
 */
import { describe, expect, it } from 'vitest';
import { computeMonth } from '$lib/engine/compute';
import { buildHistory } from '$lib/engine/history';
import { housingResources, quarterResources } from '$lib/engine/resources';
import { d } from '$lib/engine/money';
import { monthIndex } from '$lib/engine/month';
import type { MonthIncome } from '$lib/engine/household';
import { parseHousehold } from '$lib/engine/input';
import type { MonthContext } from '$lib/engine/context';
import { R } from '../support/engine';

const income = (brut: number, heures: number, chomage = 0): MonthIncome => ({ salaireBrut: d(brut), heuresHebdo: d(heures), chomageBrut: d(chomage), ass: d(0) });

/** A single adult, zone 2, rent 470 €, whose income is `before` until `change` (excluded) and `after` from it. */
function context(month: string, change: string, before: MonthIncome, after: MonthIncome): MonthContext {
  const p = parseHousehold({ month, adults: [{ age: 35 }], housing: { statut: 'locataire_vide', loyer: 470, zone: 2 } }, R);
  if (!p.ok) throw p.error;
  const c = monthIndex(change);
  const history = buildHistory(R, p.value.household, monthIndex('2024-01'), monthIndex(month), (m) => (m < c ? before : after));
  return { rules: R, household: p.value.household, history, month: monthIndex(month), trace: false, memo: new Map(), stale: new Map() };
}

describe('RSA reference quarter', () => {
  it('a salary that stopped at the review and is not replaced is not counted (CASF R262-13): RSA 651.69 − 78.20 = 573.49', () => {
    // Half-time SMIC (net 738.96) until August 2026, nothing from September. Review of 2026-09: quarter 05..07 (M−4..M−2),
    // all salary months; salary 0 in the review month and > 0 the month before, no unemployment benefit → neutralised.
    const ctx = context('2026-09', '2026-09', income(933.51, 17.5), income(0, 0));
    const q = quarterResources(ctx);
    expect([q.from, q.to]).toEqual([monthIndex('2026-05'), monthIndex('2026-07')]);
    expect(q.totalActivite.toFixed(2)).toBe('0.00');
    expect(computeMonth(ctx).rsaAvantSeuil.toFixed(2)).toBe('573.49');
  });

  it('the same salary still paid at the review counts: 651.69 − 738.96 − 78.20 < 0 → no RSA', () => {
    const ctx = context('2026-09', '2026-10', income(933.51, 17.5), income(0, 0));
    expect(quarterResources(ctx).totalActivite.toFixed(2)).toBe('738.96');
    expect(computeMonth(ctx).rsaAvantSeuil.toFixed(2)).toBe('0.00');
  });

  it('before March 2025 the quarter is M−3..M−1; from March 2025, M−4..M−2 (pre-filled declaration)', () => {
    const a = quarterResources(context('2025-02', '2024-01', income(0, 0), income(0, 0)));
    expect([a.from, a.to]).toEqual([monthIndex('2024-11'), monthIndex('2025-01')]);
    const b = quarterResources(context('2025-03', '2024-01', income(0, 0), income(0, 0)));
    expect([b.from, b.to]).toEqual([monthIndex('2024-11'), monthIndex('2025-01')]);
  });
});

describe('housing-aid resources', () => {
  it('30 % off the earned income of a person in indemnified unemployment for more than two months (CCH R822-13)', () => {
    // Full-time SMIC gross 1 867.02 (taxable 1 531.12 in 2025 and 2026) until March 2026, ARE 1 000 € from April 2026.
    // Window of 2026-09: 2025-08..2026-07 → 8 salary months (12 248.96) and 4 ARE months (4 000, no levy under the
    // SMIC floor). 10 % deduction of 16 248.96 = 1 624.90 → 1 625. Salaries 12 248.96 − 1 625 = 10 623.96, × 70 %
    // = 7 436.77; + ARE 4 000 = 11 436.77 → R = 11 500 (14 700 without the abattement).
    const ctx = context('2026-09', '2026-04', income(1867.02, 35), income(0, 0, 1000));
    const r = housingResources(ctx, false);
    expect(r.base.toFixed(0)).toBe('11500');
    // Aid (RSA not paid: ARE 1 000 > 651.69): Pp = 39.56 + 3.135 % × (11 500 − 5 235) = 235.97;
    // 350.93 − 235.97 = 114.96; − 5 € = 109.96; × 0.995 = 109.41.
    expect(computeMonth(ctx).benefits['aides-logement']?.amount.toFixed(2)).toBe('109.41');
  });

  it('an RSA paid last month neutralises salaries and ARE of the whole household (CCH R822-17)', () => {
    const ctx = context('2026-09', '2024-01', income(0, 0), income(933.51, 17.5));
    expect(housingResources(ctx, true).base.toFixed(0)).toBe('0');
    expect(housingResources(ctx, false).base.toFixed(0)).toBe('8300');
  });
});
