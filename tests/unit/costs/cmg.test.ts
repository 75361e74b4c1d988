/**
 * CMG "rémunération" (emploi direct), before and after the reform of 2025-09-01. Each expected amount is an official
 * worked example or hand-worked from the cited rule, with the arithmetic; never from running the engine.
 */
import { describe, expect, it } from 'vitest';
import { rules } from '$lib/engine/rules/load';
import { cmg, trancheCmgAncien, type CmgInput } from '$lib/engine/costs/cmg';
import { d } from '$lib/engine/money';
import { monthIndex } from '$lib/engine/month';

const R = rules();
const base = (o: Partial<CmgInput>): CmgInput => ({
  mode: 'assistante_maternelle',
  heuresMois: d(125),
  salaireNetMois: d('606.25'),
  indemnitesMois: d(0),
  ressourcesMensuelles: d(3000),
  nbEnfants: 1,
  ageEnfant: 1,
  isole: false,
  conditionActivite: true,
  ...o
});
const run = (m: string, o: Partial<CmgInput>) => cmg(R, monthIndex(m), base(o), true);

// Sources used below (seen 2026-11-25):
// [CAF] https://www.caf.fr/professionnels/presse/publications/une-aide-l-accueil-de-l-enfant-mieux-adaptee-pour-tout-savoir-sur-ce-qui-change
// [D531-18] https://juriblio.fr/codes/code-de-la-securite-sociale/partie-reglementaire-decrets-simples/livre-v/titre-3/chapitre-1/article-d531-18
//   « Complément de libre choix du mode de garde = coût mensuel de la garde * (1-(revenu mensuel de la famille*
//   taux d'effort applicable/ coût horaire de référence)) » ; plafond horaire 8 € (assistant maternel), 15 € (garde à domicile).
// [F345] https://www.service-public.fr/particuliers/vosdroits/F345 (version before the reform, checked 2024-11):
//   « Un minimum de 15 % des frais reste à votre charge » ; montant maximum divisé par 2 pour un enfant de 3 à 6 ans.

describe('CMG after 2025-09-01 (CSS D531-18)', () => {
  it('[CAF] single mother, 2 children, 1 141 € resources, 110 h at 4,85 €: about 469 €', () => {
    // 110 × 4.85 = 533.50 ; 533.50 × (1 − 1141 × 0.0516 % / 4.85) = 533.50 × 0.878610 = 468.74
    const r = run('2025-10', { heuresMois: d(110), salaireNetMois: d('533.50'), ressourcesMensuelles: d(1141), nbEnfants: 2, isole: true });
    expect(r.amount.toFixed(2)).toBe('468.74');
    expect(r.regime).toBe('cout_horaire');
  });
  it('[D531-18 2°] resources below the plancher count as the plancher (814,62 € in 2025)', () => {
    // 100 h × 4 € = 400 ; 400 × (1 − 814.62 × 0.000619 / 4.85) = 400 × 0.896031 = 358.41
    const r = run('2025-10', { heuresMois: d(100), salaireNetMois: d(400), ressourcesMensuelles: d(0) });
    expect(r.amount.toFixed(2)).toBe('358.41');
  });
  it('[D531-18] high resources: the formula goes below 0, so no CMG (8 500 € plafond × 0.0619 % = 5.26 > 4.85)', () => {
    const r = run('2025-10', { ressourcesMensuelles: d(10000) });
    expect(r.amount.toFixed(2)).toBe('0.00');
    expect(r.reasons).toContain('garde.cmg-ressources-elevees');
  });
  it('[D531-18] garde à domicile: taux 0,1238 %, coût horaire de référence 10,38 €, cap 15 €/h', () => {
    // 120 h × 10 € = 1 200 (cap 15 × 120 = 1 800 not binding) ; 1200 × (1 − 3000 × 0.001238 / 10.38) = 770.64
    const r = run('2025-10', { mode: 'garde_domicile', heuresMois: d(120), salaireNetMois: d(1200) });
    expect(r.amount.toFixed(2)).toBe('770.64');
  });
  it('[D531-18] 2026 values: coût horaire de référence 4,91 € from April 2026 ([P], instruction DSS/2B/2026/46)', () => {
    // 606.25 × (1 − 3000 × 0.000619 / 4.91) = 606.25 × 0.621792 = 376.96
    expect(run('2026-05', {}).amount.toFixed(2)).toBe('376.96');
  });
  it('[D531-18 1°] the hourly cap is revalued with the SMIC in January: 8 × 12,02 / 11,88 = 8,09 € in 2026', () => {
    // 100 h at 9 € = 900 ; cap 100 × 8.09 = 809 ; CHR 4.85 until March 2026: 809 − 809 × 1.857 / 4.85 = 809 − 309.755 = 499.24
    const r = run('2026-02', { heuresMois: d(100), salaireNetMois: d(900) });
    expect(r.coutRetenu.toFixed(2)).toBe('809.00');
    expect(r.amount.toFixed(2)).toBe('499.24');
  });
  it('[CAF] a couple\'s child of 8 gets nothing (limit 6), a single parent\'s gets it until 12', () => {
    expect(run('2025-10', { ageEnfant: 8 }).reasons).toEqual(['garde.cmg-age-depasse']);
    expect(run('2025-10', { ageEnfant: 8, isole: true }).amount.gt(0)).toBe(true);
    expect(run('2025-10', { ageEnfant: 12, isole: true }).reasons).toEqual(['garde.cmg-age-depasse']);
  });
  it('[CSS L531-5 I] no CMG when the activity condition is not met', () => {
    expect(run('2025-10', { conditionActivite: false }).reasons).toEqual(['garde.cmg-condition-activite']);
  });
});

describe('CMG before 2025-09-01 (CSS D531-23, old wording)', () => {
  it('[F345] tranche 3 couple, 1 child: 43,14 % BMAF = 204,64 € gross, 203,62 € net of CRDS (2025-06)', () => {
    // 60 000 €/year > 53 119 → tranche 3 ; 204.64 × 0.995 = 203.62 ; 85 % × 606.25 = 515.31 not binding
    const r = run('2025-06', { ressourcesMensuelles: d(5000) });
    expect(r.amount.toFixed(2)).toBe('203.62');
    expect(r.regime).toBe('tranches');
  });
  it('[F345] child aged 3 to 6: half the maximum (tranche 1, 2024-07: 531,93 / 2 × 0,995 = 264,64)', () => {
    const r = run('2024-07', { ressourcesMensuelles: d(1000), ageEnfant: 4, salaireNetMois: d(400), heuresMois: d(100) });
    expect(r.amount.toFixed(2)).toBe('264.64');
    expect(r.reasons).toContain('garde.cmg-demi-montant-3-6-ans');
  });
  it('[F345] single parents\' ceilings are 40 % higher: 30 000 €/year is tranche 2 for a couple, tranche 1 alone', () => {
    // 2025 ceilings, 1 child: 23 903 / 53 119 ; × 1.4 → 33 464.20
    const m = monthIndex('2025-06');
    expect(trancheCmgAncien(R, m, d(30000), 1, false)).toBe(2);
    expect(trancheCmgAncien(R, m, d(30000), 1, true)).toBe(1);
    // 3 children (couple): 27 295 + 3 392 = 30 687 → 30 000 is tranche 1
    expect(trancheCmgAncien(R, m, d(30000), 3, false)).toBe(1);
  });
  it('[F345] a child of 8 had no CMG before the reform, even with a single parent', () => {
    expect(run('2025-08', { ageEnfant: 8, isole: true }).reasons).toEqual(['garde.cmg-age-depasse']);
  });
});
