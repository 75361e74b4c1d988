/**
 * Housing aid for tenants and the RLS (CCH R822-3, R822-4, R822-17, D823-16, D823-17, L442-2-1; arrêté du 27/09/2019;
 * rules-dossier §4, §13, §17). Expected numbers are worked by hand below from the 2025-10 parameters (zone 2 single:
 * plafond 290.34, charges 60.59, P0 39.56, TF 2.83 %, R0 5 235) unless stated.
 */
import { describe, expect, it } from 'vitest';
import { d } from '$lib/engine/money';
import { aideLogement } from '$lib/engine/benefits/aides-logement';
import type { HousingResources } from '$lib/engine/resources';
import { contextOf, single, steady } from '../support/engine';

const res = (base: number): HousingResources => ({ base: d(base), parAdulte: [], neutraliseRsa: false, from: 0, to: 0 });
const halfTime = { age: 35, salaire_de_base: 933.51, heures_hebdo: 17.5 };

describe('housing aid, barème locatif', () => {
  it('no resources, zone 2, rent above the plafond (dossier §13, row 1): 290.34 + 60.59 − 39.56 = 311.37; − 5 € = 306.37; × 0.995 = 304.84', () => {
    const r = steady(single('2026-11'));
    expect(r.benefits['aides-logement']?.amount.toFixed(2)).toBe('304.84');
    expect(r.logement.kind).toBe('als');
  });

  it('half-time SMIC, 2026-09 (dossier §13, row 2): R = 8 300 €, Pp = 39.56 + 3.135 % × 3 065 = 135.65 → 209.23', () => {
    // Rolling 12 months of taxable salary: 12 × 765.56 = 9 186.72; minus 10 % (918.67 → 919, min 509 € for 2025 income)
    // = 8 267.72, rounded up to 8 300. TL at RL = 100 %: 0.45 % × 30 % + 0.68 % × 25 % = 0.305 %.
    // 311.37 − (135.65 − 39.56) = 215.28; − 5 € = 210.28; × 0.995 = 209.23.
    const r = steady(single('2026-09', { adults: [halfTime], housing: { statut: 'locataire_vide', loyer: 470, zone: 2 } }));
    expect(r.benefits['aides-logement']?.amount.toFixed(2)).toBe('209.23');
  });

  it('full-time SMIC (dossier §13, row 3): R = 16 600 €, Pp = 39.56 + 3.135 % × 11 365 = 395.85 > L + C → nothing', () => {
    const r = steady(single('2026-09', { adults: [{ age: 35, salaire_de_base: 1867.02, heures_hebdo: 35 }] }));
    expect(r.benefits['aides-logement']?.amount.toFixed(2)).toBe('0.00');
    expect(r.benefits['aides-logement']?.reasons).toContain('aides-logement.ressources-superieures');
  });

  it('dégressivité (arrêté 27/09/2019 art. 10), zone 2 single, rent 800 €: from 2.5 × 290.34 = 725.85 to 3.1 × = 900.05', () => {
    // coefficient 1 − (800 − 725.85) / (900.05 − 725.85) = 0.574340; 311.37 × 0.574340 = 178.83; − 5 € = 173.83; × 0.995 = 172.96
    const r = steady(single('2026-09', { housing: { statut: 'locataire_vide', loyer: 800, zone: 2 } }));
    expect(r.benefits['aides-logement']?.amount.toFixed(2)).toBe('172.96');
    expect(r.benefits['aides-logement']?.reasons).toContain('aides-logement.degressivite');
  });

  it('the 10 € threshold (D823-16) after the 5 € minoration, zone 2 single, rent 470 €', () => {
    const ctx = contextOf(single('2026-09', { housing: { statut: 'locataire_vide', loyer: 470, zone: 2 } }));
    // R = 14 600: Pp = 39.56 + 0.03135 × 9 365 = 333.15; 350.93 − 333.15 = 17.78; − 5 € = 12.78; × 0.995 = 12.72
    expect(aideLogement(ctx, res(14600)).amount.toFixed(2)).toBe('12.72');
    // R = 14 700: Pp = 39.56 + 0.03135 × 9 465 = 336.29; 14.64 − 5 € = 9.64 < 10 € → not paid
    const r = aideLogement(ctx, res(14700));
    expect(r.amount.toFixed(2)).toBe('0.00');
    expect(r.reasons).toContain('aides-logement.sous-seuil-versement');
  });

  it('zone 1 couple + 2, no resources: L = 454.10 + 65.89 = 519.99; C = 60.59 + 2 × 13.74 = 88.07; P0 = 8.5 % × 608.06 = 51.69 → 548.61 (reference pub_couple_2_0h_vide_z1)', () => {
    // 608.06 − 51.69 = 556.37; − 5 € = 551.37; × 0.995 = 548.61
    const r = steady({ month: '2026-09', adults: [{ age: 35 }, { age: 33 }], children: [4, 9], housing: { statut: 'locataire_vide', loyer: 1020, zone: 1 } });
    expect(r.benefits['aides-logement']?.amount.toFixed(2)).toBe('548.61');
    expect(r.logement.kind).toBe('alf');
  });

  it('no aid when housed free of charge or owner (reasons say why)', () => {
    expect(steady(single('2026-09', { housing: { statut: 'loge_gratuitement', zone: 2 } })).benefits['aides-logement']?.reasons).toEqual(['aides-logement.loge-gratuitement']);
    expect(steady(single('2026-09', { housing: { statut: 'proprietaire', zone: 3 } })).benefits['aides-logement']?.reasons).toEqual(['aides-logement.proprietaire']);
  });

  it('resources neutralised while the RSA is paid (CCH R822-17): couple, one half-time SMIC, RSA 82.16 € → R = 0 → 369.55', () => {
    // 355.38 + 60.59 − 39.56 = 376.41; − 5 € = 371.41; × 0.995 = 369.55 (KNOWN_DIFFERENCES.md, A: OpenFisca's output counts the salary)
    const r = steady({ month: '2026-09', adults: [halfTime, { age: 33 }], housing: { statut: 'locataire_vide', loyer: 620, zone: 2 } });
    expect(r.rsaAvantSeuil.toFixed(2)).toBe('82.17');
    expect(r.benefits['aides-logement']?.amount.toFixed(2)).toBe('369.55');
  });

  it('not neutralised when the RSA is not paid: couple + 1, 24 h SMIC, RSA 0 → R = 11 400 € (reference pub_couple_1_24h_smic_vide_z2: 353.42)', () => {
    const r = steady({ month: '2026-09', adults: [{ age: 35, salaire_de_base: 1280.24, heures_hebdo: 24 }, { age: 33 }], children: [4], housing: { statut: 'locataire_vide', loyer: 730, zone: 2 } });
    expect(r.rsaAvantSeuil.toFixed(2)).toBe('0.00');
    expect(r.benefits['aides-logement']?.amount.toFixed(2)).toBe('353.42');
  });
});

describe('HLM tenants and the réduction de loyer de solidarité (dossier §17.5)', () => {
  it('single, zone 2, rent 329 €, no income: 311.37 − 98 % × 31.58 (30.95) = 280.42; − 5 € = 275.42; × 0.995 = 274.04', () => {
    const r = steady(single('2026-09', { housing: { statut: 'locataire_hlm', loyer: 329, zone: 2 } }));
    expect(r.benefits['aides-logement']?.amount.toFixed(2)).toBe('274.04');
    expect(r.logement).toEqual({ kind: 'apl', rls: d('31.58') });
  });

  it('couple + 2, zone 2, rent 588 €: L 458.10, C 88.07, P0 8.5 % × 546.17 = 46.42 → 499.75; − 5 € − 98 % × 49.32 (48.3336) = 446.42 (446.4164 unrounded) × 0.995 = 444.18; RLS 43.06 + 6.26 = 49.32', () => {
    const r = steady({ month: '2026-09', adults: [{ age: 35 }, { age: 33 }], children: [4, 9], housing: { statut: 'locataire_hlm', loyer: 588, zone: 2 } });
    expect(r.benefits['aides-logement']?.amount.toFixed(2)).toBe('444.18');
    expect(r.logement.rls.toFixed(2)).toBe('49.32');
  });

  it('no RLS above the resource ceiling (zone 2 single, 905 €/month from 2026): full-time SMIC, R/12 = 16 600/12 = 1 383 €', () => {
    const r = steady(single('2026-09', { adults: [{ age: 35, salaire_de_base: 1867.02, heures_hebdo: 35 }], housing: { statut: 'locataire_hlm', loyer: 329, zone: 2 } }));
    expect(r.logement.rls.toFixed(2)).toBe('0.00');
  });

  it('2024-07 amounts (arrêté du 29/12/2023): zone 2 single 48.45 €', () => {
    expect(steady(single('2024-07', { housing: { statut: 'locataire_hlm', loyer: 329, zone: 2 } })).logement.rls.toFixed(2)).toBe('48.45');
  });
});

describe('stale parameters', () => {
  it('from 2026-10 the housing-aid barème is not known yet: the result lists the parameters used past their values', () => {
    const names = steady(single('2026-11')).stale.map((s) => s.name);
    expect(names).toEqual(expect.arrayContaining(['aides-logement.loyers_plafonds', 'aides-logement.charges', 'aides-logement.participation_minimale']));
    expect(steady(single('2026-09')).stale).toEqual([]);
  });
});
