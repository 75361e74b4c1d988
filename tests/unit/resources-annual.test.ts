import { describe, expect, it } from 'vitest';
import { ressourcesN2, revenuNetCategoriel, abattementDixPourcent } from '$lib/engine/resources-annual';
import { rules } from '$lib/engine/rules/load';
import { d } from '$lib/engine/money';
import { menage } from './resources-annual-fixture';

describe('year N−2 resources, revenu net catégoriel (CSS R532-3, D521-4; CGI 83-3°; rules-dossier §5, §18.1)', () => {
  it('full-time SMIC since 2024: 12 × 1 531,12 € taxable − 10 % = 16 536,10 € (reference pub_single_35h: 16 536,49 €)', () => {
    // 2024 payslips of 1 867,02 € gross: 1 531,12 € net taxable each month (salaire module, dossier §1.2).
    // 12 × 1 531,12 = 18 373,44; deduction 10 % = 1 837,344 (between 504 and 14 426, 2024 income); 18 373,44 − 1 837,344.
    const r = ressourcesN2(menage({ month: '2026-09', adults: [{ brut: 1867.02 }] }));
    expect(r.year).toBe(2024);
    expect(r.total.toFixed(3)).toBe('16536.096');
    // OpenFisca computes the year's taxable salary on yearly amounts: 0,39 € apart on the year, no effect on any amount.
    expect(Math.abs(r.total.toNumber() - 16536.49)).toBeLessThan(1);
  });
  it('ARE is taxable income too: 1 200 € a month without CSG → 12 × 1 200 × 0,9 = 12 960 € (reference pub_couple_2_are_1200)', () => {
    const r = ressourcesN2(menage({ month: '2026-09', adults: [{ chomage: 1200 }, {}], children: [6, 12] }));
    expect(r.total.toFixed(2)).toBe('12960.00');
    expect(r.parAdulte.map((x) => x.toFixed(2))).toEqual(['12960.00', '0.00']);
  });
  it('the deduction is at least the minimum of the income year, never more than the income (CGI 83-3°, 2024: 504 €)', () => {
    const R = rules();
    // 4 000 € × 10 % = 400 < 504 → 504 deducted; 300 € → the whole 300 € deducted.
    expect(abattementDixPourcent(R, 2024, d(4000)).abattement.toFixed(0)).toBe('504');
    expect(abattementDixPourcent(R, 2024, d(300)).abattement.toFixed(0)).toBe('300');
    // 200 000 € × 10 % = 20 000 > 14 426 (2024 maximum) → 14 426.
    expect(abattementDixPourcent(R, 2024, d(200000)).abattement.toFixed(0)).toBe('14426');
    // 2022 income: minimum 472 €.
    expect(abattementDixPourcent(R, 2022, d(1000)).abattement.toFixed(0)).toBe('472');
  });
  it('sums the adults, each with their own deduction', () => {
    // 2 400 × 12 = 28 800 − 2 880 = 25 920; 300 × 12 = 3 600 − 504 (minimum) = 3 096; total 29 016.
    const ctx = menage({ month: '2026-09', adults: [{ imposable: 2400 }, { imposable: 300 }] });
    const r = revenuNetCategoriel(ctx.rules, ctx.history, 2, 2024);
    expect(r.parAdulte.map((x) => x.toFixed(2))).toEqual(['25920.00', '3096.00']);
    expect(r.total.toFixed(2)).toBe('29016.00');
  });
  it('stated CAF monthly resources replace the history (12 × 2 500 = 30 000)', () => {
    const r = ressourcesN2(menage({ month: '2026-09', adults: [{ brut: 1867.02 }], caf: 2500 }));
    expect(r.total.toFixed(2)).toBe('30000.00');
  });
});
