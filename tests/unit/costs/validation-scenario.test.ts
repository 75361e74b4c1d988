/**
 * Bad input gives a typed error naming the field, in French; and the scenario: a single parent of a
 * 2-year-old at 24 h a week with a childminder gets the CMG, and the money left reflects the net childcare cost.
 */
import { describe, expect, it } from 'vitest';
import { rules } from '$lib/engine/rules/load';
import { coutsDuMois, resteAVivre } from '$lib/engine/costs';
import { heuresGardeMois } from '$lib/engine/costs/heures';
import { EngineError } from '$lib/engine/errors';
import { d } from '$lib/engine/money';
import { foyer, type RefCase } from './helpers';

const R = rules();
const cas = (o: Partial<RefCase>): RefCase => ({
  id: 't',
  month: '2026-09',
  adults: [{ age: 30, salaire_de_base: 1200, heures_hebdo: 24 }],
  children: [2],
  housing: { statut: 'locataire_vide', loyer: 500, zone: 2 },
  ...o
});
function erreur(f: () => unknown): EngineError {
  try {
    f();
  } catch (e) {
    if (e instanceof EngineError) return e;
    throw e;
  }
  throw new Error('no error');
}

describe('bad input → typed error with a French message naming the field', () => {
  it('negative hours of care', () => {
    const c = cas({ garde: [{ enfant: 0, mode: 'assistante_maternelle', heures_mois: -10, salaire_horaire_net: 4 }] });
    const e = erreur(() => coutsDuMois(R, foyer(c), { garde: c.garde, ressourcesMensuellesCaf: 1500 }));
    expect([e.code, e.field]).toEqual(['garde_heures_negatives', 'garde[0].heures_mois']);
    expect(e.message).toMatch(/heures de garde.*négatif/);
  });
  it('80 h of childcare a week for a 14-year-old', () => {
    const h = heuresGardeMois({ heuresTravailHebdo: d(80), trajetMinutesJour: d(0), joursParSemaine: d(5) }).toNumber();
    const c = cas({ children: [14], garde: [{ enfant: 0, mode: 'assistante_maternelle', heures_mois: h, salaire_horaire_net: 4 }] });
    const e = erreur(() => coutsDuMois(R, foyer(c), { garde: c.garde, ressourcesMensuellesCaf: 1500 }));
    expect([e.code, e.field]).toEqual(['garde_enfant_trop_age', 'garde[0].enfant']);
    expect(e.message).toMatch(/14 ans/);
    // the same hours for a 2-year-old: too many hours (80 × 52 / 12 = 346.67 > 310)
    const c2 = cas({ garde: [{ enfant: 0, mode: 'assistante_maternelle', heures_mois: h, salaire_horaire_net: 4 }] });
    const e2 = erreur(() => coutsDuMois(R, foyer(c2), { garde: c2.garde, ressourcesMensuellesCaf: 1500 }));
    expect([e2.code, e2.field]).toEqual(['garde_heures_excessives', 'garde[0].heures_mois']);
  });
  it('a 900 km commute', () => {
    const c = cas({ transport: [{ adult: 0, mode: 'voiture', km_aller_retour_jour: 900, jours_travailles_mois: 20, cv_fiscaux: 5 }] });
    const e = erreur(() => coutsDuMois(R, foyer(c), { transport: c.transport }));
    expect([e.code, e.field]).toEqual(['transport_distance_excessive', 'transport[0].km_aller_retour_jour']);
    expect(e.message).toMatch(/900 km/);
  });
  it('a child or an adult that does not exist, a crèche for a 7-year-old, negative CAF resources', () => {
    const f = foyer(cas({}));
    expect(erreur(() => coutsDuMois(R, f, { garde: [{ enfant: 3, mode: 'creche', heures_mois: 10 }], ressourcesMensuellesCaf: 1000 })).code).toBe('garde_enfant_inconnu');
    expect(erreur(() => coutsDuMois(R, f, { transport: [{ adult: 1, mode: 'marche' }] })).code).toBe('transport_adulte_inconnu');
    const f7 = foyer(cas({ children: [7] }));
    expect(erreur(() => coutsDuMois(R, f7, { garde: [{ enfant: 0, mode: 'creche', heures_mois: 10 }], ressourcesMensuellesCaf: 1000 })).code).toBe('garde_creche_age');
    expect(erreur(() => coutsDuMois(R, f, { garde: [{ enfant: 0, mode: 'creche', heures_mois: 10 }], ressourcesMensuellesCaf: -5 })).code).toBe('ressources_caf_invalides');
  });
});

describe('single parent, child aged 2, 24 h a week with a childminder (2026-09)', () => {
  // Hours: 24 × 52 / 12 = 104 h ; wage 104 × 4.00 = 416.00 €. CAF resources 1 500 €/month.
  // CMG (D531-18, 2026 values: CHR 4,91 €, taux 0,0619 %): 416 × (1 − 1500 × 0.000619 / 4.91) = 416 × 0.810896 = 337.33
  // Net childcare cost 416.00 − 337.33 = 78.67.
  const heures = heuresGardeMois({ heuresTravailHebdo: d(24), trajetMinutesJour: d(0), joursParSemaine: d(4) });
  const c = cas({ garde: [{ enfant: 0, mode: 'assistante_maternelle', heures_mois: heures.toNumber(), salaire_horaire_net: 4 }] });
  const r = coutsDuMois(R, foyer(c), { garde: c.garde, ressourcesMensuellesCaf: 1500 });
  it('gets the CMG', () => {
    expect(r.garde!.cout.toFixed(2)).toBe('416.00');
    expect(r.garde!.cmg.toFixed(2)).toBe('337.33');
    expect(r.garde!.net.toFixed(2)).toBe('78.67');
  });
  it('the money left reflects the net childcare cost, not the gross one', () => {
    // with a disposable income of 1 800 € (any figure) and rent 500 €: 1800 − 500 − 78.67 = 1 221.33
    expect(resteAVivre({ revenuDisponible: d(1800), loyerEtCharges: d(500), couts: r }).toFixed(2)).toBe('1221.33');
  });
  it('without a job (activity condition not met) there is no CMG and the full wage is the cost', () => {
    const sans = cas({ adults: [{ age: 30, salaire_de_base: 0 }], garde: c.garde });
    const r0 = coutsDuMois(R, foyer(sans), { garde: sans.garde, ressourcesMensuellesCaf: 1500 });
    expect([r0.garde!.cmg.toFixed(2), r0.garde!.net.toFixed(2)]).toEqual(['0.00', '416.00']);
    expect(r0.warnings).toContain('garde.cmg-condition-activite');
  });
});
