import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { rules } from '$lib/engine/rules/load';
import { aideGardeEnfants, type AgeInput } from '$lib/engine/benefits/aide-garde-enfants';
import { CDI } from '$lib/engine/timeline/contrat';
import { d } from '$lib/engine/money';
import { monthIndex } from '$lib/engine/month';

const R = rules();
const ref = (f: string) => JSON.parse(readFileSync(new URL(`../cases/reference/${f}`, import.meta.url), 'utf8'));
const age = (m: string, x: Partial<AgeInput>) =>
  aideGardeEnfants(R, monthIndex(m), { agesEnfants: [4], heuresHebdo: d(35), contrat: CDI, parentIsole: true, ...x });

describe('AGE / AGEPI: official examples, amount in the start month', () => {
  for (const id of ['off_age_01', 'off_age_04', 'off_age_07']) {
    it(id, () => {
      const c = ref('cases-official-examples.json').find((x: any) => x.id === id);
      const e = ref('expected-official-examples.json').find((x: any) => x.id === id);
      const t = c.transition;
      const r = age(t.start_month, {
        agesEnfants: c.children, // ages at the start month (README: a child "aged A" at S)
        heuresHebdo: d(t.heures_hebdo),
        parentIsole: c.adults.length === 1
      });
      const due = e.series.find((s: any) => s.month === t.start_month).aide_garde_enfants;
      expect(Math.abs(r.amount.toNumber() - due)).toBeLessThanOrEqual(1);
    });
  }
});

describe('AGE amounts (francetravail.fr: 416 € + 62.40 €, max 540.80 €; < 15 h: 176.80 € + 26 €, max 228.80 €)', () => {
  it('3 children, full time: 416 + 2 × 62.40 = 540.80 €; a 4th child adds nothing (ceiling)', () => {
    expect(age('2025-10', { agesEnfants: [2, 5, 8] }).amount.toFixed(2)).toBe('540.80');
    expect(age('2025-10', { agesEnfants: [2, 5, 8, 10] }).amount.toFixed(2)).toBe('540.80');
  });
  it('2 children, 12 h a week: 176.80 + 26 = 202.80 €', () => {
    expect(age('2025-10', { agesEnfants: [2, 5], heuresHebdo: d(12) }).amount.toFixed(2)).toBe('202.80');
  });
  it('only children under 12 count: ages 11 and 12 → one child → 416 €', () => {
    expect(age('2025-10', { agesEnfants: [11, 12] }).amount.toFixed(2)).toBe('416.00');
  });
  it('allowance threshold 1.3 × 32.13 = 41.77 € in 2025-10 (service-public F1814): 41.77 eligible, 41.78 not', () => {
    expect(age('2025-10', { allocationJournaliereNette: d(41.77) }).amount.toFixed(2)).toBe('416.00');
    const r = age('2025-10', { allocationJournaliereNette: d(41.78) });
    expect(r.amount.isZero()).toBe(true);
    expect(r.reasons).toEqual(['aide-garde-enfants.allocation-trop-elevee']);
  });
  it('in 2024 the threshold is 1.3 × 31.97 = 41.56 € (service-public F1814, July 2024)', () => {
    expect(age('2024-09', { allocationJournaliereNette: d(41.56) }).amount.toFixed(2)).toBe('416.00');
    expect(age('2024-09', { allocationJournaliereNette: d(41.57) }).amount.isZero()).toBe(true);
  });
  it('a CDD of less than a month (28 days) gets nothing; a 2-month CDD qualifies under the AGE', () => {
    expect(age('2025-10', { contrat: { type: 'cdd', dureeMois: 0 } }).reasons).toEqual(['aide-garde-enfants.contrat-trop-court']);
    expect(age('2025-10', { contrat: { type: 'cdd', dureeMois: 2 } }).amount.toFixed(2)).toBe('416.00');
  });
  it('not twice within 12 months', () => {
    expect(age('2025-10', { dejaPercue12Mois: true }).amount.isZero()).toBe(true);
  });
});

describe('AGEPI until April 2024 (délibération 2013-46: single parent, children under 10, ARE ≤ minimum)', () => {
  it('a couple gets nothing in 2024-04 but the AGE in 2024-05', () => {
    expect(age('2024-04', { parentIsole: false }).reasons).toEqual(['aide-garde-enfants.parent-non-isole']);
    expect(age('2024-05', { parentIsole: false }).amount.toFixed(2)).toBe('416.00');
  });
  it('single parent, child of 9, 2024-04 → 416 €; allowance 35 €/day (> 31.59 minimum ARE) → 0', () => {
    expect(age('2024-04', { agesEnfants: [9] }).amount.toFixed(2)).toBe('416.00');
    expect(age('2024-04', { agesEnfants: [9], allocationJournaliereNette: d(35) }).amount.isZero()).toBe(true);
  });
  it('a 2-month CDD does not qualify for the AGEPI (3 months), does for the AGE', () => {
    expect(age('2024-04', { contrat: { type: 'cdd', dureeMois: 2 } }).amount.isZero()).toBe(true);
  });
});
