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

describe('what the job changes beyond childcare: Twisto solidarity fare and CSS (pipeline, 2026-09)', () => {
  // Twisto (twisto.fr, tarification solidaire, seen 2026-11-25): free below 150 % of the RSA; single RSA MF 651,69 €
  // from April 2026 → threshold 977,54 €. On RSA with no income the household is far below; at a full-time SMIC
  // (1 477,93 € net, rules-dossier §1.2) it is above, and pays the pass (national default 30 €) less the employer's 50 %.
  const common = { month: '2026-09', children: [], housing: { statut: 'locataire_vide', loyer: 450, zone: 2 }, transport: [{ adult: 0, mode: 'transport_commun', reseau: 'twisto' }] };
  const [quo, job] = runCases(
    [
      { ...common, id: 'quo', adults: [{ age: 35, salaire_de_base: 0 }] },
      { ...common, id: 'job', adults: [{ age: 35, salaire_de_base: 1867.02, heures_hebdo: 35 }] }
    ],
    rules()
  ) as Record<string, unknown>[];
  it('status quo: no job, so no commute cost at all', () => {
    expect([quo.cout_transport, quo.cout_transport_net]).toEqual([0, 0]);
  });
  it('full-time SMIC: above 150 % of the RSA, the full fare less the employer\'s half', () => {
    expect([job.cout_transport, job.cout_transport_net]).toEqual([30, 15]);
  });
  it('CSS: free on RSA, none at a full-time SMIC (12 × 1 477,93 > 13 957 €), with a warning', () => {
    expect(quo.warnings ?? []).not.toContain('css.au-dessus-plafond');
    expect(job.warnings).toContain('css.au-dessus-plafond');
  });
});
