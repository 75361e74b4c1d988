import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { rules } from '$lib/engine/rules/load';
import { aideMobilite, type MobiliteInput } from '$lib/engine/benefits/aide-mobilite';
import { CDI } from '$lib/engine/timeline/contrat';
import { d } from '$lib/engine/money';
import { monthIndex } from '$lib/engine/month';

const R = rules();
const ref = (f: string) => JSON.parse(readFileSync(new URL(`../cases/reference/${f}`, import.meta.url), 'utf8'));
const mob = (m: string, x: Partial<MobiliteInput>) =>
  aideMobilite(R, monthIndex(m), { kmAllerRetourJour: d(80), joursTravailles: 20, contrat: CDI, ...x });

describe('aide à la mobilité: official examples (francetravail.fr « Reprise d’emploi : l’aide au déplacement »)', () => {
  for (const id of ['off_mob_01', 'off_mob_03']) {
    it(id, () => {
      const c = ref('cases-official-examples.json').find((x: any) => x.id === id);
      const e = ref('expected-official-examples.json').find((x: any) => x.id === id);
      const tr = c.transport[0];
      const aj = c.adults[0].are?.allocation_journaliere;
      const r = mob(c.transition.start_month, {
        kmAllerRetourJour: d(tr.km_aller_retour_jour),
        joursTravailles: tr.jours_travailles_mois,
        allocationJournaliereNette: aj === undefined ? undefined : d(aj)
      });
      const due = e.series.find((s: any) => s.month === c.transition.start_month).aide_mobilite;
      expect(Math.abs(r.amount.toNumber() - due)).toBeLessThanOrEqual(1);
    });
  }
});

describe('aide à la mobilité: rules', () => {
  it('40 km round trip is too close (needs > 60 km), unless the trip takes more than 2 h round trip', () => {
    expect(mob('2025-10', { kmAllerRetourJour: d(40) }).reasons).toEqual(['aide-mobilite.trajet-trop-court']);
    // 40 × 20 × 0.23 = 184 + 20 × 6.25 = 125 → 309 €
    expect(mob('2025-10', { kmAllerRetourJour: d(40), trajetAllerRetourMinutes: 130 }).amount.toFixed(2)).toBe('309.00');
  });
  it('exactly 60 km round trip does not qualify ("plus de 60 km")', () => {
    expect(mob('2025-10', { kmAllerRetourJour: d(60) }).amount.isZero()).toBe(true);
  });
  it('a 2-month CDD is too short (CDI or at least 3 consecutive months); a 3-month intérim qualifies', () => {
    expect(mob('2025-10', { contrat: { type: 'cdd', dureeMois: 2 } }).reasons).toEqual(['aide-mobilite.contrat-trop-court']);
    expect(mob('2025-10', { contrat: { type: 'interim', dureeMois: 3 } }).amount.toFixed(2)).toBe('493.00');
  });
  it('meals paid by the employer: only the km, 368 €; 4 nights at 40 € are covered up to 31.20 €: + 124.80 €', () => {
    expect(mob('2025-10', { repasPrisEnCharge: true }).amount.toFixed(2)).toBe('368.00');
    expect(mob('2025-10', { nuitees: 4, prixNuitee: d(40) }).amount.toFixed(2)).toBe('617.80'); // 493 + 4 × 31.20
  });
  it('annual ceiling 5 200 €: with 5 000 € already paid, at most 200 €', () => {
    const r = mob('2025-10', { dejaVerse12Mois: d(5000) });
    expect(r.amount.toFixed(2)).toBe('200.00');
    expect(r.reasons).toEqual(['aide-mobilite.plafond-annuel']);
  });
  it('ASS recipients qualify (19.33 €/day ≤ minimum ARE 32.13 €)', () => {
    expect(mob('2025-10', { allocationJournaliereNette: d(19.33) }).amount.toFixed(2)).toBe('493.00');
  });
});
