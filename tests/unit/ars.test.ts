import { describe, expect, it } from 'vitest';
import { arsAnnuelle, arsVersee } from '$lib/engine/benefits/ars';
import { menage } from './resources-annual-fixture';

const ars = (...a: Parameters<typeof menage>) => arsAnnuelle(menage(...a));

describe('allocation de rentrée scolaire (CSS L543-1, R543-2, R543-5, D543-1; rules-dossier §5.6, §22.2)', () => {
  it('rentrée 2026, children 4 and 9: one child 6–10, 89,72 % × 478,16 = 429,01 €, net 426,86 € (reference)', () => {
    const r = ars({ month: '2026-09', adults: [{ brut: 1867.02 }], children: [4, 9] });
    expect(r.amount.toFixed(2)).toBe('429.01');
    expect(r.netCrds.toFixed(2)).toBe('426.86');
    expect(r.ressourceRsaPa.toFixed(2)).toBe('0.00'); // ARS is not counted by RSA / PA
  });
  it('children 7, 11, 15: 478,16 × (89,72 + 94,67 + 97,95 %) = 1 350,04 € (reference)', () => {
    expect(ars({ month: '2026-09', adults: [{}], children: [7, 11, 15] }).amount.toFixed(2)).toBe('1350.04');
  });
  it('the yearly amount is the same in July, before it is paid: 2024-07, children 6 and 12 → 466,44 × 184,39 % = 860,07 €', () => {
    expect(ars({ month: '2024-07', adults: [{ chomage: 1200 }, {}], children: [6, 12] }).amount.toFixed(2)).toBe('860.07');
  });
  it('paid in August only', () => {
    expect(arsVersee(menage({ month: '2026-08', adults: [{}], children: [9] })).amount.toFixed(2)).toBe('429.01');
    expect(arsVersee(menage({ month: '2026-09', adults: [{}], children: [9] })).amount.toFixed(2)).toBe('0.00');
  });
  it('§22.2: 1 child of 8, resources 29 200 € > ceiling 22 274 + 6 682 = 28 956 → 429,005 − 244 = 185,01 €', () => {
    const r = ars({ month: '2026-09', adults: [{ imposable: 1 }], children: [8], caf: 29200 / 12 });
    expect(r.amount.toFixed(2)).toBe('185.01');
    expect(r.reasons).toEqual(['ars.differential']);
  });
  it('nothing under 15 € (D543-2): resources 29 380 → 429,005 − 424 = 5,01 € → 0', () => {
    const r = ars({ month: '2026-09', adults: [{ imposable: 1 }], children: [8], caf: 29380 / 12 });
    expect(r.amount.toFixed(2)).toBe('0.00');
    expect(r.reasons).toEqual(['ars.below-threshold']);
  });
  it('ages at 31 December: a child of 5 in 2026-09 (6 in 2027-03) is not covered; 17 is; 18 in 2026-09 is not', () => {
    expect(ars({ month: '2026-09', adults: [{}], children: [5] }).reasons).toEqual(['ars.no-child-of-school-age']);
    // 17 in 2026-09 (born 2009-03): 17 at 31 December → 97,95 % × 478,16 = 468,36.
    expect(ars({ month: '2026-09', adults: [{}], children: [17] }).amount.toFixed(2)).toBe('468.36');
    expect(ars({ month: '2026-09', adults: [{}], children: [18] }).amount.toFixed(2)).toBe('0.00');
  });
});
