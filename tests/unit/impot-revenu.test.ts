import { describe, expect, it } from 'vitest';
import { impotAnnuel, prelevementALaSource, tauxNeutre, tauxPersonnalise, anneeDerniereDeclaration } from '$lib/engine/benefits/impot-revenu';
import { rules } from '$lib/engine/rules/load';
import { d } from '$lib/engine/money';
import { monthIndex } from '$lib/engine/month';
import { menage } from './resources-annual-fixture';

describe('impôt sur le revenu, yearly tax (CGI 83-3°, 194, 195, 197, 1657; rules-dossier §9, §20.3)', () => {
  it('§9: full-time SMIC, single, 2025 income 17 732 €: taxable 15 959, gross tax 479,49, décote 680,03 → no tax', () => {
    // 12 × 1 477,67 = 17 732,04; − 10 % = 15 958,84 → 15 959; (15 959 − 11 600) × 11 % = 479,49;
    // décote 897 − 45,25 % × 479,49 = 680,03 ≥ 479,49 → 0.
    const r = impotAnnuel(menage({ month: '2026-09', adults: [{ imposable: 1477.67 }] }), 2026 - 1);
    expect(r.revenuImposable.toFixed(0)).toBe('15959');
    expect(r.amount.toFixed(0)).toBe('0');
    expect(r.reasons).toEqual(['impot-revenu.no-tax']);
  });
  it('§20.3: single at 1,3 × SMIC, 23 651 € taxable in 2025 → about 651 € of tax', () => {
    // 12 × 1 970,92 = 23 651,04; × 0,9 = 21 285,94 → 21 286; (21 286 − 11 600) × 11 % = 1 065,46;
    // décote 897 − 0,4525 × 1 065,46 = 414,88; 1 065,46 − 414,88 = 650,58 → 651.
    const r = impotAnnuel(menage({ month: '2026-09', adults: [{ imposable: 1970.92 }] }), 2025);
    expect(r.parts.toFixed(1)).toBe('1.0');
    expect(r.amount.toFixed(0)).toBe('651');
  });
  it('§20.3: couple with 2 children, one earner at 1,3 × SMIC: 3 parts, 21 286 ÷ 3 = 7 095 < 11 600 → nil', () => {
    const r = impotAnnuel(menage({ month: '2026-09', adults: [{ imposable: 1970.92 }, {}], children: [4, 9] }), 2025);
    expect(r.parts.toFixed(1)).toBe('3.0');
    expect(r.amount.toFixed(0)).toBe('0');
  });
  it('§20.3: both earning 1,3 × SMIC: 42 572 ÷ 3 parts → 854,92 of tax, under the couple décote 1 483 − 386,85 → nil', () => {
    const r = impotAnnuel(menage({ month: '2026-09', adults: [{ imposable: 1970.92 }, { imposable: 1970.92 }], children: [4, 9] }), 2025);
    expect(r.revenuImposable.toFixed(0)).toBe('42572');
    expect(r.amount.toFixed(0)).toBe('0');
  });
  it('quotient familial capped at 1 807 € per half-part (2025 income): couple, 2 children, 150 000 € → 27 594 €', () => {
    // Each 12 × 6 944,45 = 83 333,40 − 8 333,34 = 75 000,06 → RNI 150 000.
    // 3 parts: 50 000/part → 1 977,69 + 6 126,30 = 8 103,99 × 3 = 24 311,97.
    // 2 parts: 75 000/part → 1 977,69 + 13 626,30 = 15 603,99 × 2 = 31 207,98; − 2 × 1 807 = 27 593,98 > 24 311,97.
    const r = impotAnnuel(menage({ month: '2026-09', adults: [{ imposable: 6944.45 }, { imposable: 6944.45 }], children: [4, 9] }), 2025);
    expect(r.amount.toFixed(0)).toBe('27594');
  });
  it('lone parent (case T): the first child part saves at most 4 262 € (2025 income), 60 000 € → 6 842 €', () => {
    // 2 parts: 30 000/part → 1 977,69 + 126,30 = 2 103,99 × 2 = 4 207,98; 1 part: 1 977,69 + 9 126,30 = 11 103,99;
    // advantage 6 896,01 > 4 262 → 11 103,99 − 4 262 = 6 841,99 → 6 842.
    const r = impotAnnuel(menage({ month: '2026-09', adults: [{ imposable: 5555.56 }], children: [8] }), 2025);
    expect(r.parts.toFixed(1)).toBe('2.0');
    expect(r.amount.toFixed(0)).toBe('6842');
  });
  it('under 61 € the tax is not collected (CGI 1657-1 bis)', () => {
    // 12 × 1 650 = 19 800 × 0,9 = 17 820; (17 820 − 11 600) × 11 % = 684,20; décote 897 − 309,60 = 587,40 → 96,80 → 97.
    expect(impotAnnuel(menage({ month: '2026-09', adults: [{ imposable: 1650 }] }), 2025).amount.toFixed(0)).toBe('97');
    // 12 × 1 600 = 19 200 × 0,9 = 17 280; 624,80 − (897 − 282,72) = 10,52 → 11 < 61 → 0.
    const r = impotAnnuel(menage({ month: '2026-09', adults: [{ imposable: 1600 }] }), 2025);
    expect(r.amount.toFixed(0)).toBe('0');
    expect(r.reasons).toEqual(['impot-revenu.below-collection-threshold']);
  });
});

describe('prélèvement à la source (CGI 204 H; rules-dossier §20)', () => {
  const R = rules();
  it('§20.2 default grid: the rate of the band whose limit the base is below, by date of payment', () => {
    // Grid C from 2026-05: 1 928 ≤ 1 990,46 < 2 060 → 2,9 %; 1 531,12 < 1 635 → 0 %.
    expect(tauxNeutre(R, monthIndex('2026-09'), d(1990.46)).toString()).toBe('0.029');
    expect(tauxNeutre(R, monthIndex('2026-09'), d(1531.12)).toString()).toBe('0');
    // 1 634,99 is in the 0 % band of grid C but the 0,5 % band of grid B (1 620 ≤ base < 1 683).
    expect(tauxNeutre(R, monthIndex('2026-05'), d(1634.99)).toString()).toBe('0');
    expect(tauxNeutre(R, monthIndex('2026-04'), d(1634.99)).toString()).toBe('0.005');
    expect(tauxNeutre(R, monthIndex('2026-09'), d(60000)).toString()).toBe('0.43');
  });
  it('§20.3: neutral rate at 1,3 × SMIC full time — 57,72 € in 2026-09, 56,36 € in 2026-03, 54,63 € in 2024-07', () => {
    // 2 427,12 € gross → 1 990,46 taxable × 2,9 % = 57,7233; 2 369,94 → 1 943,56 × 2,9 % = 56,3632 (grid B);
    // 2 296,99 → 1 883,74 × 2,9 % = 54,6285 (grid A: 1 877 ≤ base < 2 006).
    const pas = (month: string, brut: number) => prelevementALaSource(menage({ month, adults: [{ brut }] }), 'neutre').amount.toFixed(2);
    expect(pas('2026-09', 2427.12)).toBe('57.72');
    expect(pas('2026-03', 2369.94)).toBe('56.36');
    expect(pas('2024-07', 2296.99)).toBe('54.63');
    expect(pas('2026-09', 1867.02)).toBe('0.00');
  });
  it('two earners on the neutral rate: 2 × 57,72 = 115,44 € (§20.3)', () => {
    const r = prelevementALaSource(menage({ month: '2026-09', adults: [{ brut: 2427.12 }, { brut: 2427.12 }], children: [4, 9] }), 'neutre');
    expect(r.amount.toFixed(2)).toBe('115.44');
  });
  it('the personalised rate comes from the return on income N−1 from September, N−2 before (§20.1)', () => {
    expect(anneeDerniereDeclaration(monthIndex('2026-09'))).toBe(2025);
    expect(anneeDerniereDeclaration(monthIndex('2026-08'))).toBe(2024);
  });
  it('personalised rate of a single at 1,3 × SMIC: 651 ÷ 23 651,04 = 2,75 % → 2,8 %, × 1 970,92 = 55,19 € a month', () => {
    const ctx = menage({ month: '2026-09', adults: [{ imposable: 1970.92 }] });
    expect(tauxPersonnalise(ctx).taux.toString()).toBe('0.028');
    expect(prelevementALaSource(ctx).amount.toFixed(2)).toBe('55.19'); // 1 970,92 × 2,8 % = 55,1858
  });
  it('a household whose last return showed no tax has a 0 % personalised rate (couple, 2 children, §20.3)', () => {
    const r = prelevementALaSource(menage({ month: '2026-09', adults: [{ brut: 2427.12 }, {}], children: [4, 9] }));
    expect(r.amount.toFixed(2)).toBe('0.00');
    expect(r.reasons).toEqual(['impot-revenu.nothing-withheld']);
  });
});
