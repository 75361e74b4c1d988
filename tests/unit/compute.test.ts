/**
 * The month pipeline: a stable situation is a history of identical months, computed by the same code as a timeline;
 * revenu disponible as the reference README defines it; stale parameters; no throw, NaN or negative amount on random
 * households drawn from the reference README's space.
 */
import { describe, expect, it } from 'vitest';
import { computeMonth, computeSteady } from '$lib/engine/compute';
import { buildHistory } from '$lib/engine/history';
import { parseHousehold } from '$lib/engine/input';
import { d, type Decimal } from '$lib/engine/money';
import { monthIndex } from '$lib/engine/month';
import type { MonthIncome } from '$lib/engine/household';
import { runCases } from '$lib/cases/run';
import { R, single, steady } from '../support/engine';
import { randomCases } from '../support/random-household';

describe('computeMonth', () => {
  it('revenu disponible = net salaries + net ARE + RSA + PA + housing aid + family benefits (reference pub_single_0h_vide_z2: 573.49 + 304.84 = 878.33)', () => {
    const r = steady(single('2026-09', { housing: { statut: 'locataire_vide', loyer: 470, zone: 2 } }));
    expect(r.revenuDisponible.toFixed(2)).toBe('878.33');
  });

  it('single parent of 2, no income (reference pub_single_parent_2_0h_vide_z2): 611.31 + 492.28 + AF 153.01 + ASF 403.57 = 1 660.17', () => {
    const r = steady({ month: '2026-09', adults: [{ age: 35 }], children: [4, 9], housing: { statut: 'locataire_vide', loyer: 690, zone: 2 } });
    expect(r.rsaAvantSeuil.toFixed(2)).toBe('611.31');
    expect(r.revenuDisponible.toFixed(2)).toBe('1660.17');
    expect(r.arsAnnuelle.toFixed(2)).toBe('429.01');
  });

  it('a month of a history built month by month equals the steady result of the same month (one code path)', () => {
    const p = parseHousehold({ month: '2026-09', adults: [{ age: 35, salaire_de_base: 1280.24, heures_hebdo: 24 }], children: [1], housing: { statut: 'locataire_vide', loyer: 580, zone: 2 } }, R);
    if (!p.ok) throw p.error;
    const { household, incomes, month } = p.value;
    const steadyResult = computeSteady(R, household, incomes, month);
    // A timeline-style history: a fresh income object every month, from 2022-01, with its own memo.
    const history = buildHistory(R, household, monthIndex('2022-01'), month, (_m, a): MonthIncome => ({ ...incomes[a] }));
    const memo = new Map();
    let last;
    for (let m = monthIndex('2025-01'); m <= month; m++) last = computeMonth({ rules: R, household, history, month: m, trace: false, memo });
    const pick = (x: typeof steadyResult) => [x.rsaAvantSeuil, x.benefits['prime-activite']?.amount, x.benefits['aides-logement']?.amount, x.revenuDisponible].map(String);
    expect(pick(last!)).toEqual(pick(steadyResult));
  });

  it('a job start: the RSA paid in M−1 keeps the housing aid at its maximum in M, then the salaries count (CCH R822-17)', () => {
    const p = parseHousehold({ month: '2026-09', adults: [{ age: 35 }], housing: { statut: 'locataire_vide', loyer: 470, zone: 2 } }, R);
    if (!p.ok) throw p.error;
    const { household } = p.value;
    const zero = { salaireBrut: d(0), heuresHebdo: d(0), chomageBrut: d(0), ass: d(0) };
    const job = { salaireBrut: d(1867.02), heuresHebdo: d(35), chomageBrut: d(0), ass: d(0) };
    const start = monthIndex('2025-09');
    const history = buildHistory(R, household, monthIndex('2024-01'), monthIndex('2026-09'), (m) => (m < start ? zero : job));
    const memo = new Map();
    const al = (s: string) => computeMonth({ rules: R, household, history, month: monthIndex(s), trace: false, memo }).benefits['aides-logement']!.amount.toFixed(2);
    // RSA reference quarter M−4..M−2 (since 2025-03): in 2025-10 it still holds no salary, the RSA is paid;
    // in 2026-01 it holds Sept–Nov salaries: no RSA; in 2026-02 the housing aid counts the salaries of 2025-09..2025-12.
    expect(al('2025-11')).toBe('304.84');
    expect(computeMonth({ rules: R, household, history, month: monthIndex('2026-01'), trace: false, memo }).benefits.rsa!.amount.toFixed(2)).toBe('0.00');
    expect(Number(al('2026-03'))).toBeLessThan(304.84);
  });

  it('2026-11 is past the known housing-aid barème: stale parameters are listed with the month they stop being known', () => {
    const r = steady(single('2026-11'));
    expect(r.stale).toContainEqual(expect.objectContaining({ name: 'aides-logement.loyers_plafonds', since: '2026-10' }));
  });

  it('warns when the hourly pay is below the SMIC (computed anyway)', () => {
    const r = steady(single('2026-09', { adults: [{ age: 35, salaire_de_base: 1000, heures_hebdo: 35 }] }));
    expect(r.warnings).toContain('salaire.sous-smic');
    expect(r.adults[0].salaireNet.gt(0)).toBe(true);
  });
});

describe('generality: random households from the reference README space', () => {
  const months = ['2024-04', '2024-07', '2025-01', '2025-06', '2026-03', '2026-09', '2026-12'];
  it.each(months)('%s: 150 households, no error, no NaN, no negative amount', (month) => {
    const m = monthIndex(month);
    const smic = R.num('salaire.smic_horaire', m).times(R.num('salaire.heures_mensuelles_temps_plein', m)).toNumber();
    const cases = randomCases(month.length * 1000 + m, 150, month, smic);
    const out = runCases(cases, R);
    for (const o of out) {
      expect(o).not.toHaveProperty('error');
      const nums: number[] = [];
      const walk = (v: unknown) => {
        if (typeof v === 'number') nums.push(v);
        else if (Array.isArray(v)) v.forEach(walk);
        else if (v && typeof v === 'object') Object.entries(v).forEach(([k, x]) => k !== 'reste_a_vivre' && walk(x));
      };
      walk(o);
      for (const n of nums) {
        expect(Number.isFinite(n)).toBe(true);
        expect(n).toBeGreaterThanOrEqual(0);
      }
    }
  });

  it('every benefit of a random month result is a finite Decimal ≥ 0', () => {
    const m = monthIndex('2026-09');
    for (const c of randomCases(7, 60, '2026-09', 1867.02)) {
      const p = parseHousehold(c, R);
      if (!p.ok) throw p.error;
      const r = computeSteady(R, p.value.household, p.value.incomes, m, true);
      for (const a of Object.values(r.benefits)) {
        const x = a!.amount as Decimal;
        expect(x.isFinite() && !x.isNeg()).toBe(true);
      }
    }
  });
});
