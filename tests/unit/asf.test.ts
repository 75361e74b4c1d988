import { describe, expect, it } from 'vitest';
import { asf } from '$lib/engine/benefits/asf';
import { menage } from './resources-annual-fixture';

describe('allocation de soutien familial (CSS L523-1, R523-7; rules-dossier §5.4, §22.1)', () => {
  it('lone parent, 2 children, no child support, 2026-09: 2 × 42,2 % × 478,16 = 403,57 €, net 401,55 € (reference)', () => {
    const r = asf(menage({ month: '2026-09', adults: [{ brut: 1867.02 }], children: [4, 9] }));
    expect(r.amount.toFixed(2)).toBe('403.57'); // 403,56704
    expect(r.netCrds.toFixed(2)).toBe('401.55'); // 403,57 × 0,995 = 401,552
    // RSA / PA count the forfait 2 × 22,5 % × 478,16 = 215,172 (CASF R262-10-1, CSS R844-4).
    expect(r.ressourceRsaPa.toFixed(2)).toBe('215.17');
  });
  it('2024-07, 3 children: 3 × 42,2 % × 466,44 = 590,51 € (reference pub24_single_parent_3_*)', () => {
    expect(asf(menage({ month: '2024-07', adults: [{}], children: [7, 11, 15] })).amount.toFixed(2)).toBe('590.51');
  });
  it('not for a couple, nor for a child of 20', () => {
    expect(asf(menage({ month: '2026-09', adults: [{}, {}], children: [4, 9] })).reasons).toEqual(['asf.couple']);
    expect(asf(menage({ month: '2026-09', adults: [{}], children: [20] })).reasons).toEqual(['asf.no-child']);
  });
});
