/**
 * RSA (CASF L262-2, R262-1, L262-9, R262-9/R262-10, R262-39; rules-dossier §2). Every expected number is worked by
 * hand below from the dossier's parameters (RSA base 651.69 € from 2026-04, 646.52 € from 2025-04) or is a reference case.
 */
import { describe, expect, it } from 'vitest';
import { d } from '$lib/engine/money';
import { compositionRsa, montants, rsa } from '$lib/engine/benefits/rsa';
import { contextOf, single, steady } from '../support/engine';

const montantsOf = (c: Parameters<typeof contextOf>[0]) => {
  const ctx = contextOf(c);
  return montants(ctx, 'rsa', d(651.69), compositionRsa(ctx));
};
const household = (adults: number, children: number[], month = '2026-09') => ({
  month,
  adults: Array.from({ length: adults }, () => ({ age: 35 })),
  children,
  housing: { statut: 'locataire_vide', loyer: 600, zone: 2 }
});

describe('RSA montant forfaitaire and household scale (CASF R262-1; dossier §2.3, 2026-04 column)', () => {
  it.each([
    // coefficient × 651.69, rounded to the cent
    ['single', 1, [], '651.69'], // 1
    ['couple', 2, [], '977.54'], // 1.5 → 977.535
    ['couple + 1', 2, [10], '1173.04'], // 1.8 → 1173.042
    ['couple + 2', 2, [10, 12], '1368.55'], // 2.1 → 1368.549
    ['couple + 3', 2, [10, 12, 14], '1629.23'], // 2.5 → 1629.225
    ['couple + 4', 2, [10, 12, 14, 16], '1889.90'] // 2.9 → 1889.901 (+ 40 % per further child)
  ])('%s', (_l, adults, children, mf) => {
    expect(montantsOf(household(adults, children)).mf.toFixed(2)).toBe(mf);
  });

  it('single parent of 3 children aged 3 or more: 1 + 0.5 + 0.3 + 0.4 = 2.2 → 1 433.72 (dossier §2.3)', () => {
    expect(montantsOf(household(1, [5, 8, 12])).mf.toFixed(2)).toBe('1433.72'); // 2.2 × 651.69 = 1433.718
  });

  it('RSA majoré, parent alone with a child under 3: 128.412 % + 42.804 % → 1 115.80 (CASF L262-9; dossier §2.4)', () => {
    const m = montantsOf(household(1, [1]));
    expect(m.mf.toFixed(2)).toBe('1115.80'); // 1.71216 × 651.69 = 1115.797
  });

  it('RSA majoré of a recently isolated parent of 2 children aged 3+: 2.1402 × 651.69 = 1 394.75 (isolement récent)', () => {
    expect(montantsOf({ ...household(1, [4, 9]), isolement_recent: true }).mf.toFixed(2)).toBe('1394.75'); // 1394.747
  });

  it('no majoration for a parent alone whose children are all 3 or older (not recently isolated)', () => {
    expect(montantsOf(household(1, [4, 9])).mf.toFixed(2)).toBe('1173.04');
  });

  it.each([
    // CASF R262-10: 12 % of 1 person's MF, 16 % of 2 persons', 16.5 % of 3 persons' (also for larger households)
    ['1 person', 1, [], '78.20'], // 0.12 × 651.69 = 78.203
    ['2 persons', 2, [], '156.41'], // 0.16 × 977.535 = 156.406
    ['3 persons', 2, [5], '193.55'], // 0.165 × 1173.042 = 193.552
    ['5 persons (still the 3-person rate)', 2, [5, 6, 7], '193.55']
  ])('forfait logement, %s (dossier §2.5)', (_l, adults, children, fl) => {
    expect(montantsOf(household(adults, children)).forfaitLogementMax.toFixed(2)).toBe(fl);
  });
});

describe('RSA amount', () => {
  it('single, no income, tenant with housing aid, Nov 2026: 651.69 − FL 78.20 = 573.49 (dossier §13, row 1)', () => {
    const r = steady(single('2026-11'));
    expect(r.rsaAvantSeuil.toFixed(2)).toBe('573.49');
    expect(r.benefits.rsa?.amount.toFixed(2)).toBe('573.49');
  });

  it('housed free of charge: the forfait logement applies without housing aid (R262-9): 573.49', () => {
    expect(steady(single('2026-09', { housing: { statut: 'loge_gratuitement', zone: 2 } })).rsaAvantSeuil.toFixed(2)).toBe('573.49');
  });

  it('tenant receiving no housing aid: no forfait logement — 651.69 − 0', () => {
    const ctx = contextOf(single('2026-09'));
    const r = rsa(ctx, { ressources: d(0), prestationsFamiliales: d(0), aideLogement: d(0) });
    expect(r.avantSeuil.toFixed(2)).toBe('651.69');
  });

  it('the forfait is capped by the housing aid received: min(AL 40, FL 78.20) = 40 → 611.69', () => {
    const ctx = contextOf(single('2026-09'));
    expect(rsa(ctx, { ressources: d(0), prestationsFamiliales: d(0), aideLogement: d(40) }).avantSeuil.toFixed(2)).toBe('611.69');
  });

  it('resources count at 100 %, family benefits too: 651.69 − 300 − 50 − 78.20 = 223.49', () => {
    const ctx = contextOf(single('2026-09'));
    expect(rsa(ctx, { ressources: d(300), prestationsFamiliales: d(50), aideLogement: d(200) }).avantSeuil.toFixed(2)).toBe('223.49');
  });

  it('below 6 € nothing is paid (CASF R262-39): 651.69 − 568 − 78.20 = 5.49 → 0, reason rsa.sous-seuil-versement', () => {
    const ctx = contextOf(single('2026-09'));
    const r = rsa(ctx, { ressources: d(568), prestationsFamiliales: d(0), aideLogement: d(200) });
    expect(r.avantSeuil.toFixed(2)).toBe('5.49');
    expect(r.amount.toFixed(2)).toBe('0.00');
    expect(r.reasons).toContain('rsa.sous-seuil-versement');
  });

  it('a single adult under 25 with no child is not eligible (CASF L262-4 1°)', () => {
    const r = steady({ ...single('2026-09'), adults: [{ age: 24 }] });
    expect(r.rsaAvantSeuil.toFixed(2)).toBe('0.00');
    expect(r.benefits.rsa?.reasons).toContain('rsa.age-minimum');
  });

  it('reference case pub_couple_2_24h_smic_vide_z2 (2026-09): 1 368.55 − 1 166.44 − 193.55 = 8.56', () => {
    const r = steady({ ...household(2, [4, 9]), adults: [{ age: 35, salaire_de_base: 1280.24, heures_hebdo: 24 }, { age: 33 }], housing: { statut: 'locataire_vide', loyer: 840, zone: 2 } });
    expect(r.rsaAvantSeuil.toFixed(2)).toBe('8.56');
  });

  it('with traces, the steps name the montant forfaitaire, the resources, the forfait logement and the amount', () => {
    const r = steady(single('2026-09'), true);
    const keys = r.benefits.rsa?.trace.steps.map((s) => s.key);
    expect(keys).toEqual(['rsa.montant-forfaitaire', 'rsa.ressources-trimestre', 'rsa.prestations-familiales', 'rsa.forfait-logement', 'rsa.montant', 'rsa.verse']);
    expect(r.benefits.rsa?.trace.params.map((p) => p.name)).toContain('rsa.montant_de_base');
  });
});
