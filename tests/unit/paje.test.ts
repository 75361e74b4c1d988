import { describe, expect, it } from 'vitest';
import { pajeBase } from '$lib/engine/benefits/paje';
import { menage } from './resources-annual-fixture';

const paje = (...a: Parameters<typeof menage>) => pajeBase(menage(...a));

describe('PAJE allocation de base (CSS L531-3, R531-9, D531-1, D531-3; rules-dossier §5.5)', () => {
  it('lone parent, child of 1, 2026-09: taux plein 41,65 % × 478,16 = 199,15 €, net 198,16 € (reference)', () => {
    const r = paje({ month: '2026-09', adults: [{ brut: 1280.24, heures: 24 }], children: [1] });
    expect(r.amount.toFixed(2)).toBe('199.15');
    expect(r.netCrds.toFixed(2)).toBe('198.16');
    expect(r.ressourceRsaPa.toFixed(2)).toBe('199.15');
  });
  it('2024-07: 41,65 % × 466,44 = 194,27 € (reference pub24_single_parent_baby_*)', () => {
    expect(paje({ month: '2024-07', adults: [{}], children: [1] }).amount.toFixed(2)).toBe('194.27');
  });
  it('stops the month of the 3rd birthday', () => {
    const r = paje({ month: '2026-09', adults: [{}], children: [3] });
    expect(r.amount.toFixed(2)).toBe('0.00');
    expect(r.reasons).toEqual(['paje.too-old']);
  });
  // 2026, single-earner couple, 1 child: taux plein ceiling 24 853 + 6 213 = 31 066; taux partiel 29 694 + 7 424 = 37 118.
  it('between the ceilings (R = 12 × 3 055,56 × 0,9 = 33 000,05): taux partiel 20,825 % × 478,16 = 99,58 €', () => {
    const r = paje({ month: '2026-09', adults: [{ imposable: 3055.56 }, {}], children: [1] });
    expect(r.amount.toFixed(2)).toBe('99.58');
    expect(r.reasons).toEqual(['paje.partial-rate']);
  });
  it('above the taux-partiel ceiling (R = 37 800): nothing', () => {
    expect(paje({ month: '2026-09', adults: [{ imposable: 3500 }, {}], children: [1] }).reasons).toEqual(['paje.above-ceiling']);
  });
  it('two-earner couple (R531-9, R522-2): each earned ≥ 13,6 % × 12 × 3 864 = 6 306,05 € in 2024, so + 9 989 € on the ceiling', () => {
    // 2 500 → 27 000 and 600 → 6 480 (≥ 6 306,05): R = 33 480 ≤ 31 066 + 9 989 → taux plein.
    expect(paje({ month: '2026-09', adults: [{ imposable: 2500 }, { imposable: 600 }], children: [1] }).amount.toFixed(2)).toBe('199.15');
    // 2 500 and 580 → 6 264 (< 6 306,05, though above OpenFisca's 12 × BMAF = 5 351,16): not two earners,
    // R = 33 264 > 31 066 → taux partiel.
    expect(paje({ month: '2026-09', adults: [{ imposable: 2500 }, { imposable: 580 }], children: [1] }).amount.toFixed(2)).toBe('99.58');
  });
  it('2025 published ceiling for one child, single earner: 30 518 € (24 414 + 6 104)', () => {
    // R = 12 × 2 825,74 × 0,9 = 30 517,99 → taux plein; 12 × 2 825,75 × 0,9 = 30 518,10 → taux partiel.
    expect(paje({ month: '2025-09', adults: [{ imposable: 2825.74 }, {}], children: [1] }).reasons).toEqual([]);
    expect(paje({ month: '2025-09', adults: [{ imposable: 2825.75 }, {}], children: [1] }).reasons).toEqual(['paje.partial-rate']);
  });
});
