import { describe, expect, it } from 'vitest';
import { allocationsFamiliales } from '$lib/engine/benefits/allocations-familiales';
import { menage } from './resources-annual-fixture';

const af = (...a: Parameters<typeof menage>) => allocationsFamiliales(menage(...a));

describe('allocations familiales (CSS L521-1, D521-1 to D521-3; rules-dossier §5.2, §18)', () => {
  it('2 children, 2026-09: 32 % × 478,16 = 153,01 €, net of CRDS 152,24 € (reference pub_couple_2_*)', () => {
    const r = af({ month: '2026-09', adults: [{ brut: 1867.02 }, {}], children: [4, 9] });
    expect(r.amount.toFixed(2)).toBe('153.01');
    expect(r.netCrds.toFixed(2)).toBe('152.24'); // 153,01 × 0,995 = 152,2449
    expect(r.ressourceRsaPa.toFixed(2)).toBe('153.01');
  });
  it('3 children 7, 11, 15 in 2026-09: 73 % → 349,06 + one age majoration 16 % × 478,16 = 76,5056 → 425,57 € (reference)', () => {
    // The 15-year-old (born 2011-03) turned 14 before 2026-03-01: old regime, majoration from 14.
    const r = af({ month: '2026-09', adults: [{}], children: [7, 11, 15] });
    expect(r.amount.toFixed(2)).toBe('425.57');
    // RSA / prime d'activité count the base without the age majoration (R262-11 3°, R844-5).
    expect(r.ressourceRsaPa.toFixed(2)).toBe('349.06');
  });
  it('same family in 2024-07 (BMAF 466,44): 340,50 + 74,6304 = 415,13 € (reference pub24_couple_3_*)', () => {
    expect(af({ month: '2024-07', adults: [{}, {}], children: [7, 11, 15] }).amount.toFixed(2)).toBe('415.13');
  });
  it('décret 2026-138: a child turning 14 on or after 2026-03-01 gets the majoration only at 18', () => {
    // 2026-09, children 14 (born 2012-03: 14 in 2026-03 → new regime) and 16: the eldest of exactly two is excluded.
    expect(af({ month: '2026-09', adults: [{}], children: [14, 16] }).amount.toFixed(2)).toBe('153.01');
    // Children 15 (14 in 2025-03, old regime) and 16: 153,01 + 76,5056 = 229,5156.
    expect(af({ month: '2026-09', adults: [{}], children: [15, 16] }).amount.toFixed(2)).toBe('229.52');
    // Three children 14, 15, 16: no exclusion of the eldest; 15 and 16 get it: 349,06 + 2 × 76,5056 = 502,0712.
    expect(af({ month: '2026-09', adults: [{}], children: [14, 15, 16] }).amount.toFixed(2)).toBe('502.07');
  });
  it('two children of the same age over 14: only one of them is the eldest, the other gets the majoration', () => {
    expect(af({ month: '2026-09', adults: [{}], children: [16, 16] }).amount.toFixed(2)).toBe('229.52');
  });
  it('one child: nothing in metropolitan France', () => {
    const r = af({ month: '2026-09', adults: [{}], children: [4] });
    expect(r.amount.toFixed(2)).toBe('0.00');
    expect(r.reasons).toEqual(['allocations-familiales.one-child']);
  });
  it('a child stops counting the month of its 20th birthday; in a family of 3 it opens the forfait (D521-1, §18.3)', () => {
    // Children 20, 12, 8 in 2026-09: AF for 2 children 153,01 (the 12-year-old is the eldest of the two AF children)
    // + forfait round(478,16 × 20,234 %) = 96,75 → 249,76.
    expect(af({ month: '2026-09', adults: [{}], children: [20, 12, 8] }).amount.toFixed(2)).toBe('249.76');
    // Two children 20 and 12: only one AF child, family of two → nothing.
    expect(af({ month: '2026-09', adults: [{}], children: [20, 12] }).amount.toFixed(2)).toBe('0.00');
  });
  describe('modulation and complément dégressif, 2026, 2 children 10 and 12, ceiling 1 = 79 980 €, ceiling 2 = 106 604 € (§18.3)', () => {
    it('R = 12 × 7 453,70 × 0,9 = 80 499,96: tranche 2 = 76,505, + complément 76,505 − 519,96 ÷ 12 = 33,175 → 109,68 €', () => {
      const r = af({ month: '2026-09', adults: [{ imposable: 7453.7 }, {}], children: [10, 12] });
      expect(r.amount.toFixed(2)).toBe('109.68');
      expect(r.reasons).toEqual(['allocations-familiales.reduced-above-ceiling']);
      expect(r.ressourceRsaPa.toFixed(2)).toBe('76.51'); // the modulated base 153,01 × 0,5
    });
    it('R = 12 × 7 500 × 0,9 = 81 000 (≥ 80 898,06): the complément is spent, 153,01 × 0,5 = 76,505 → 76,51 €', () => {
      expect(af({ month: '2026-09', adults: [{ imposable: 7500 }, {}], children: [10, 12] }).amount.toFixed(2)).toBe('76.51');
    });
    it('R = 12 × 9 907,41 × 0,9 = 107 000,03: tranche 3 = 38,2525, + 38,2525 − 396,03 ÷ 12 = 5,25 → 43,50 €', () => {
      expect(af({ month: '2026-09', adults: [{ imposable: 9907.41 }, {}], children: [10, 12] }).amount.toFixed(2)).toBe('43.50');
    });
  });
  it('records its parameters with their sources when tracing', () => {
    const r = af({ month: '2026-09', adults: [{}], children: [4, 9] });
    const bmaf = r.trace.params.find((p) => p.name === 'prestations-familiales.bmaf');
    expect(bmaf?.from).toBe('2026-04-01');
    expect(r.trace.steps.map((s) => s.key)).toContain('allocations-familiales.base');
  });
});
