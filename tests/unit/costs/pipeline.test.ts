/**
 * The scenario through the whole month pipeline: a single parent of a 2-year-old working 24 h a week, with
 * a childminder, gets the CMG and the money left falls by the net childcare cost only.
 */
import { describe, expect, it } from 'vitest';
import { rules } from '$lib/engine/rules/load';
import { runCases } from '$lib/cases/run';
import { heuresGardeMois } from '$lib/engine/costs/heures';
import { d } from '$lib/engine/money';

// 24 h/week → 24 × 52 / 12 = 104 h ; 104 × 4.00 € = 416.00 €. CAF resources 1 500 €/month (stated).
// CMG 2026-09 (CSS D531-18; CHR 4,91 €, taux 0,0619 %): 416 × (1 − 1500 × 0.000619 / 4.91) = 337.33 ; net 78.67.
const heures = heuresGardeMois({ heuresTravailHebdo: d(24), trajetMinutesJour: d(0), joursParSemaine: d(4) }).toNumber();
const base = {
  month: '2026-09',
  adults: [{ age: 30, salaire_de_base: 1280.24, heures_hebdo: 24 }],
  children: [2],
  housing: { statut: 'locataire_vide', loyer: 500, zone: 2 },
  ressources_mensuelles_caf: 1500
};
const withCare = { ...base, id: 'with', garde: [{ enfant: 0, mode: 'assistante_maternelle', heures_mois: heures, salaire_horaire_net: 4 }] };
const withBus = { ...base, id: 'bus', transport: [{ adult: 0, mode: 'transport_commun', prix_abonnement_mois: 50 }] };

describe('single parent, 2-year-old, 24 h a week, childminder (pipeline)', () => {
  const [without, care, bus] = runCases([{ ...base, id: 'without' }, withCare, withBus], rules()) as Record<string, number>[];
  it('gets the CMG', () => {
    expect(care.cmg).toBe(337.33);
    expect(care.cout_garde).toBe(416);
    expect(care.cout_garde_net).toBe(78.67);
  });
  it('the money left is lower by the net childcare cost (78,67 €), not by the wage (416 €)', () => {
    expect(Math.round((without.reste_a_vivre - care.reste_a_vivre) * 100) / 100).toBe(78.67);
    // the benefits themselves do not move (the CMG is not in the disposable income)
    expect(care.revenu_disponible_mensuel).toBe(without.revenu_disponible_mensuel);
  });
  it('a 50 € pass at 24 h (more than half time): the employer pays 25 €, the money left falls by 25 €', () => {
    expect([bus.cout_transport, bus.cout_transport_net]).toEqual([50, 25]);
    expect(Math.round((without.reste_a_vivre - bus.reste_a_vivre) * 100) / 100).toBe(25);
  });
  it('money left = disposable income − rent when there are no costs', () => {
    expect(Math.round((without.revenu_disponible_mensuel - 500) * 100) / 100).toBe(without.reste_a_vivre);
  });
});
