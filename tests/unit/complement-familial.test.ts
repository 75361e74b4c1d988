import { describe, expect, it } from 'vitest';
import { complementFamilial } from '$lib/engine/benefits/complement-familial';
import { menage } from './resources-annual-fixture';

const cf = (...a: Parameters<typeof menage>) => complementFamilial(menage(...a));

describe('complément familial (CSS L522-1, R522-2, R522-4, D522-1; rules-dossier §5.3)', () => {
  it('3 children 7, 11, 15, low income 2026-09: majoré 62,48 % × 478,16 = 298,75 €, RSA counts 199,15 € (reference)', () => {
    const r = cf({ month: '2026-09', adults: [{ brut: 1867.02 }], children: [7, 11, 15] });
    expect(r.amount.toFixed(2)).toBe('298.75');
    expect(r.netCrds.toFixed(2)).toBe('297.26'); // 298,75 × 0,995 = 297,256
    expect(r.ressourceRsaPa.toFixed(2)).toBe('199.15'); // 41,65 % × 478,16 = 199,1536 (R844-4 II)
  });
  it('2024-07 (BMAF 466,44): 62,48 % → 291,43 € (reference pub24_*_3_*)', () => {
    expect(cf({ month: '2024-07', adults: [{}, {}], children: [7, 11, 15] }).amount.toFixed(2)).toBe('291.43');
  });
  // 2026 ceilings, 3 children, single-earner couple: base 24 853 + 2 × 6 213 + 7 456 = 44 735 (R522-2);
  // majoré 12 429 + 2 × 3 107 + 3 729 = 22 372 (R522-4).
  it('between the two ceilings (R = 12 × 2 777,78 × 0,9 = 30 000,02): montant de base 199,15 €', () => {
    const r = cf({ month: '2026-09', adults: [{ imposable: 2777.78 }, {}], children: [7, 11, 15] });
    expect(r.amount.toFixed(2)).toBe('199.15');
  });
  it('just above the ceiling (R = 45 900): differential (44 735 + 12 × 199,1536 − 45 900) ÷ 12 = 102,07 €', () => {
    const r = cf({ month: '2026-09', adults: [{ imposable: 4250 }, {}], children: [7, 11, 15] });
    expect(r.amount.toFixed(2)).toBe('102.07');
    expect(r.reasons).toEqual(['complement-familial.differential']);
    expect(r.ressourceRsaPa.toFixed(2)).toBe('102.07');
  });
  it('a lone parent gets the 9 989 € supplement: same R = 45 900 ≤ 54 724 → montant de base', () => {
    expect(cf({ month: '2026-09', adults: [{ imposable: 4250 }], children: [7, 11, 15] }).amount.toFixed(2)).toBe('199.15');
  });
  it('far above: nothing (R = 12 × 6 000 × 0,9 = 64 800 > 44 735 + 2 389,84)', () => {
    const r = cf({ month: '2026-09', adults: [{ imposable: 6000 }, {}], children: [7, 11, 15] });
    expect(r.amount.toFixed(2)).toBe('0.00');
    expect(r.reasons).toEqual(['complement-familial.above-ceiling']);
  });
  it('needs three children aged 3 or more: 1, 4, 7 → nothing (reference pub_couple_3_young)', () => {
    const r = cf({ month: '2026-09', adults: [{ brut: 1280.24, heures: 24 }, {}], children: [1, 4, 7] });
    expect(r.amount.toFixed(2)).toBe('0.00');
    expect(r.reasons).toEqual(['complement-familial.fewer-than-three-children-over-3']);
  });
  it('not paid while the PAJE allocation de base is due (children 1, 4, 7, 9)', () => {
    const r = cf({ month: '2026-09', adults: [{}, {}], children: [1, 4, 7, 9] });
    expect(r.amount.toFixed(2)).toBe('0.00');
    expect(r.reasons).toEqual(['complement-familial.paje-base-paid']);
  });
});
