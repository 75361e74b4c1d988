/**
 * Prime d'activité (CSS L842-3, D843-1 to D843-3, R844-3; rules-dossier §3). Expected numbers are worked by hand below.
 */
import { describe, expect, it } from 'vitest';
import { d } from '$lib/engine/money';
import { bonification, primeActivite } from '$lib/engine/benefits/prime-activite';
import { contextOf, single, steady } from '../support/engine';

const input = (activite: number, aideLogement = 200) => ({ activite: [d(activite)], autres: d(0), prestationsFamiliales: d(0), aideLogement: d(aideLogement) });

describe("prime d'activité", () => {
  it('DREES example, single, April 2025, 800 € earned, with housing aid (dossier §3.5)', () => {
    // MF 633.21; pente 59.85 % × 800 = 478.80; bonification: SMIC 11.88 → thresholds 59 × = 700.92 and 120 × = 1 425.60,
    // maximum 29.101 % × 633.21 = 184.27; 184.27 × (800 − 700.92) / 724.68 = 25.19; forfait logement 12 % × 633.21 = 75.99.
    // 633.21 + 478.80 + 25.19 − (800 + 75.99) = 261.21 (DREES publishes 261.22, a cent of rounding).
    const r = primeActivite(contextOf(single('2025-04')), input(800));
    expect(r.bonifications[0].toFixed(2)).toBe('25.19');
    expect(r.forfaitLogement.toFixed(2)).toBe('75.99');
    expect(r.amount.toFixed(2)).toBe('261.21');
  });

  it('single, full-time SMIC, Nov 2026 (dossier §13, row 3): bonification 185.98, PA 230.87 (229.72 net of CRDS)', () => {
    // 638.28 + 0.5985 × 1 477.93 (= 884.54) + 240.63 × (1 477.93 − 726.29) / (1 698.78 − 726.29) (= 185.98) − 1 477.93 = 230.87;
    // no housing aid at this income, so no forfait logement.
    const r = steady(single('2026-11', { adults: [{ age: 35, salaire_de_base: 1867.02, heures_hebdo: 35 }] }));
    expect(r.adults[0].ppaBonification.toFixed(2)).toBe('185.98');
    expect(r.benefits['prime-activite']?.amount.toFixed(2)).toBe('230.87');
  });

  it('bonification after the April 2026 reform (Décret 2026-222): 0 up to 59 × SMIC, 37.7 % of MF from 138 × SMIC', () => {
    const ctx = contextOf(single('2026-09')); // SMIC 12.31: thresholds 726.29 and 1 698.78; maximum 0.377 × 638.28 = 240.63
    const b = (w: number) => bonification(ctx, d(638.28), d(w)).toFixed(2);
    expect(b(726.29)).toBe('0.00');
    expect(b(1698.78)).toBe('240.63');
    expect(b(2500)).toBe('240.63');
    expect(b(1212.535)).toBe('120.32'); // midway: 240.63 / 2 = 120.315 → 120.32
  });

  it('before the reform, March 2026: full rate at 120 × SMIC 12.02 = 1 442.40, maximum 29.101 % × 633.21 = 184.27', () => {
    const ctx = contextOf(single('2026-03'));
    expect(bonification(ctx, d(633.21), d(1442.4)).toFixed(2)).toBe('184.27');
  });

  it('lawful timing in July 2026: July parameters (SMIC 12.31) give 230.87 for a full-time SMIC single — OpenFisca averages April–June and gives 236.76 (KNOWN_DIFFERENCES.md, B)', () => {
    const r = steady(single('2026-07', { adults: [{ age: 35, salaire_de_base: 1867.02, heures_hebdo: 35 }], housing: { statut: 'locataire_vide', loyer: 470, zone: 2 } }));
    expect(r.benefits['prime-activite']?.amount.toFixed(2)).toBe('230.87');
  });

  it('below 15 € nothing is paid: 2 600 € earned in Sept 2026 → 638.28 + 1 556.10 + 240.63 − 2 600 = −165 → 0', () => {
    const r = primeActivite(contextOf(single('2026-09')), input(2600, 0));
    expect(r.amount.toFixed(2)).toBe('0.00');
    expect(r.reasons).toContain('prime-activite.ressources-superieures');
  });

  it('an amount under 15 € is not paid: 1 950 € earned → 638.28 + 1 167.08 + 240.63 − 1 950 − 76.59 = 19.40; 1 960 € → 15.38; 1 961 € → 14.98 → 0', () => {
    const ctx = contextOf(single('2026-09'));
    expect(primeActivite(ctx, input(1950)).amount.toFixed(2)).toBe('19.40'); // 0.5985 × 1950 = 1167.075
    expect(primeActivite(ctx, input(1960)).amount.toFixed(2)).toBe('15.38'); // 0.5985 × 1960 = 1173.06 → 2051.97 − 2036.59
    const r = primeActivite(ctx, input(1961)); // 0.5985 × 1961 = 1173.6585 → 2052.5685 − 2037.59 = 14.9785
    expect(r.avantSeuil.toFixed(2)).toBe('14.98');
    expect(r.amount.toFixed(2)).toBe('0.00');
    expect(r.reasons).toContain('prime-activite.sous-seuil-versement');
  });

  it('ARE is a resource without pente nor bonification: 700 € of ARE with 738.96 € earned lowers the PA by 700 €', () => {
    const ctx = contextOf(single('2026-09'));
    const sans = primeActivite(ctx, input(738.96));
    const avec = primeActivite(ctx, { ...input(738.96), autres: d(700) });
    // 638.28 + 442.27 + 3.14 − (738.96 + 76.59) = 268.14 ; with ARE: 268.14 − 700 < 0 → 0
    expect(sans.amount.toFixed(2)).toBe('268.14');
    expect(avec.amount.toFixed(2)).toBe('0.00');
  });

  it('no earned income, no prime', () => {
    const r = steady(single('2026-09'));
    expect(r.benefits['prime-activite']?.amount.toFixed(2)).toBe('0.00');
    expect(r.benefits['prime-activite']?.reasons).toContain('prime-activite.sans-revenu-activite');
  });
});
