/**
 * Crèche PSU price and transport costs. Expected numbers are official examples or hand-worked from the cited rule.
 */
import { describe, expect, it } from 'vitest';
import { rules } from '$lib/engine/rules/load';
import { coutCreche } from '$lib/engine/costs/creche';
import { baremeKilometrique, coutTransport, priseEnChargeAbonnement, tarifSolidaireTwisto } from '$lib/engine/costs/transport';
import { validerTransport } from '$lib/engine/costs/validate';
import { d } from '$lib/engine/money';
import { monthIndex } from '$lib/engine/month';

const R = rules();
const M = monthIndex;

// [CNAF] Lettre circulaire CNAF 2019-005 barème PSU, as restated by Ville de Suresnes (seen 2026-11-25):
//   https://www.suresnes.fr/mon-enfant/petite-enfance/tarifs-et-aides-petite-enfance/
//   « Revenus mensuels 3 000 €, 2 enfants, taux d'effort 0,0516 % : tarif horaire 3 000 × 0,0516 % = 1,55 € » ;
//   taux 1 enfant 0,0619 %, 3 enfants 0,0413 % ; plancher 814,62 €, plafond 8 500 € depuis le 1er septembre 2025.
describe('crèche PSU: the price follows the effort rate', () => {
  it('[CNAF] two income levels, 1 child, 2025-10: 2 000 € → 1,24 €/h, 4 000 € → 2,48 €/h (150 h: 186 € and 372 €)', () => {
    // 2000 × 0.0619 % = 1.238 → 1.24 ; × 150 = 186.00 — 4000 × 0.0619 % = 2.476 → 2.48 ; × 150 = 372.00
    const low = coutCreche(R, M('2025-10'), { ressourcesMensuelles: d(2000), nbEnfants: 1, heuresMois: d(150) });
    const high = coutCreche(R, M('2025-10'), { ressourcesMensuelles: d(4000), nbEnfants: 1, heuresMois: d(150) });
    expect([low.tarifHoraire.toFixed(2), low.cout.toFixed(2)]).toEqual(['1.24', '186.00']);
    expect([high.tarifHoraire.toFixed(2), high.cout.toFixed(2)]).toEqual(['2.48', '372.00']);
  });
  it('[CNAF] 3 children, 2 500 € in 2026-02: 2 500 × 0,0413 % = 1,0325 → 1,03 €/h', () => {
    expect(coutCreche(R, M('2026-02'), { ressourcesMensuelles: d(2500), nbEnfants: 3, heuresMois: d(100) }).tarifHoraire.toFixed(2)).toBe('1.03');
  });
  it('[CAF 45] the plafond moves on 2024-09-01 and 2025-09-01: 9 000 € → 6 000, 7 000, 8 500 × 0,0619 %', () => {
    // https://caf45-partenaires.fr/eaje-psu-evolution-du-montant-plafond-des-participations-au-1er-septembre-2024 (seen 2026-11-25):
    // « relevé à 7 000 € à compter du 1er septembre 2024 » ; 6000 × 0.000619 = 3.714 ; 7000 × … = 4.333 ; 8500 × … = 5.2615
    const p = (m: string) => coutCreche(R, M(m), { ressourcesMensuelles: d(9000), nbEnfants: 1, heuresMois: d(1) }).tarifHoraire.toFixed(2);
    expect([p('2024-08'), p('2024-09'), p('2025-09')]).toEqual(['3.71', '4.33', '5.26']);
  });
});

// [F19846] https://www.service-public.fr/particuliers/vosdroits/F19846 (seen 2026-11-25): « Entreprise à 35 h,
//   salarié à 15 h/semaine : prise en charge d'un abonnement à 73 € = (73 × 50 %) × 15/17,5 = 31,29 € » (C. trav. R3261-9).
// [LHR] https://m.lhotellerie-restauration.fr/actualite/les-salaries-a-temps-partiel-ont-droit-a-la-prise-en-charge-de-leur-transport
//   (seen 2026-11-25): « Abonnement de 100 € : ... à 15 h/semaine -> 50 × 15/17,5 = 42,86 € ».
describe('employer share of a public transport pass (C. trav. R3261-1, R3261-9)', () => {
  it('[LHR] 100 € pass at 15 h a week: 50 × 15 / 17,5 = 42,86 €', () => {
    expect(priseEnChargeAbonnement(R, M('2025-10'), d(100), d(15)).toFixed(2)).toBe('42.86');
  });
  it('[R3261-1] full time and exactly half time: 50 %', () => {
    expect(priseEnChargeAbonnement(R, M('2025-10'), d(73), d(35)).toFixed(2)).toBe('36.50');
    expect(priseEnChargeAbonnement(R, M('2025-10'), d(73), d('17.5')).toFixed(2)).toBe('36.50');
  });
  it('no job this month: no commute, no cost', () => {
    const t = validerTransport({ adult: 0, mode: 'transport_commun', prix_abonnement_mois: 50 }, 0, 1);
    expect(coutTransport(R, M('2025-10'), t, { heuresHebdo: d(0) }).cout.toFixed(2)).toBe('0.00');
  });
});

// [BAREME] Barème kilométrique (BOI-BAREME-000001), as published by Fiscalonline (seen 2026-11-25):
//   https://fiscalonline.com/outils-fiscaux/Impot-sur-le-revenu-bareme-kilometrique-2025-pour-l-imposition-des-revenus-de-l-annee-2024
//   « exemple officiel : 4 000 km, 5 CV -> 2 544 € » ; « 4 CV : ... 5 001 à 20 000 km : (d × 0,340) + 1 330 » ;
//   véhicules 100 % électriques : montant majoré de 20 %.
describe('car: kilometric scale', () => {
  it('[BAREME] official example: 4 000 km with 5 CV → 4 000 × 0,636 = 2 544 €', () => {
    expect(baremeKilometrique(R, M('2024-10'), d(4000), 5, false).toFixed(2)).toBe('2544.00');
  });
  it('[BAREME] electric 4 CV, 24 km × 20 days: (5 760 × 0,340 + 1 330) × 1,2 / 12 = 328,84 €/month', () => {
    const t = validerTransport({ adult: 0, mode: 'voiture', km_aller_retour_jour: 24, jours_travailles_mois: 20, cv_fiscaux: 4, electrique: true }, 0, 1);
    expect(coutTransport(R, M('2024-10'), t, { heuresHebdo: d(35) }).cout.toFixed(2)).toBe('328.84');
  });
  it('a per-km cost typed by the user replaces the scale, parking is added: 24 × 20 × 0,25 + 30 = 150 €', () => {
    const t = validerTransport({ adult: 0, mode: 'voiture', km_aller_retour_jour: 24, jours_travailles_mois: 20, cout_km: 0.25, stationnement_mois: 30 }, 0, 1);
    expect(coutTransport(R, M('2025-10'), t, { heuresHebdo: d(35) }).cout.toFixed(2)).toBe('150.00');
  });
  it('bike with a forfait mobilités durables paid by the employer: net cost never below 0', () => {
    const t = validerTransport({ adult: 0, mode: 'velo', cout_mois: 10, fmd_mois: 25 }, 0, 1);
    const r = coutTransport(R, M('2025-10'), t, { heuresHebdo: d(35) });
    expect([r.cout.toFixed(2), r.net.toFixed(2)]).toEqual(['10.00', '0.00']);
  });
});

// [TWISTO] https://twisto.fr/tarifs/tarification-solidaire/demandeurs-demploi.html (seen 2026-11-25): « Les revenus de
//   votre foyer sont inférieurs à 150% du RSA : Le forfait trimestriel solidaire — Gratuit ».
describe('Twisto solidarity fare (Caen la mer)', () => {
  it('[TWISTO] single person, RSA 646,52 € (2025-10): free below 969,78 €, lost above', () => {
    // 646.52 × 1.5 = 969.78
    const m = M('2025-10');
    expect(tarifSolidaireTwisto(R, m, d(900), d('646.52'))).toEqual({ solidaire: true, seuil: d('969.78') });
    expect(tarifSolidaireTwisto(R, m, d(1400), d('646.52')).solidaire).toBe(false);
  });
  it('the status quo rides free; with the job the full fare is paid (national default) less the employer\'s 50 %', () => {
    const t = validerTransport({ adult: 0, mode: 'transport_commun', reseau: 'twisto' }, 0, 1);
    const quo = coutTransport(R, M('2025-10'), t, { heuresHebdo: d(10), tarifSolidaire: true });
    expect(quo.cout.toFixed(2)).toBe('0.00');
    expect(quo.reasons).toEqual(['transport.twisto-solidaire']);
    const job = coutTransport(R, M('2025-10'), t, { heuresHebdo: d(35), tarifSolidaire: false });
    // default 30 € (UTP 2015 average, flagged stale) ; employer 15 € ; net 15 €
    expect([job.cout.toFixed(2), job.net.toFixed(2)]).toEqual(['30.00', '15.00']);
    expect(job.reasons).toContain('transport.twisto-plein-tarif-inconnu');
  });
});
