/**
 * Wiring: the costs read the pipeline's context — hours from the income history, CAF resources of year N−2 from
 * `resources-annual.ts` when no `ressources_mensuelles_caf` is given.
 */
import { describe, expect, it } from 'vitest';
import { rules } from '$lib/engine/rules/load';
import { buildHistory } from '$lib/engine/history';
import { ressourcesN2 } from '$lib/engine/resources-annual';
import { coutsDuMoisCtx, adultesDuMois } from '$lib/engine/costs/du-mois';
import { cssDuMois, ressourcesCss12Mois } from '$lib/engine/costs/foyer-du-mois';
import type { MonthContext } from '$lib/engine/context';
import { arrondiCentime, d, ZERO } from '$lib/engine/money';
import { monthIndex } from '$lib/engine/month';
import { parseHousehold } from '$lib/engine/input';
import { computeSteady } from '$lib/engine/compute';
import { household, type RefCase } from './helpers';

const R = rules();
const c: RefCase = { id: 'w', month: '2026-09', adults: [{ age: 30, salaire_de_base: 1867.02, heures_hebdo: 0 }], children: [1], housing: { statut: 'locataire_vide', loyer: 500, zone: 2 } };
const m = monthIndex(c.month);
const h = household(c);
const history = buildHistory(R, h, monthIndex('2024-01'), m, () => ({ salaireBrut: d('1867.02'), heuresHebdo: ZERO, chomageBrut: ZERO, ass: ZERO }));
const ctx: MonthContext = { rules: R, household: h, history, month: m, trace: false };

describe('costs in the month pipeline context', () => {
  it('a salary without stated hours counts as full time (35 h)', () => {
    expect(adultesDuMois(ctx)[0].heuresHebdo.toNumber()).toBe(35);
  });
  it('the crèche price reads the N−2 resources: (2024 revenu net catégoriel / 12) × 0,0619 %, to the cent', () => {
    const n2 = ressourcesN2(ctx).total;
    const r = coutsDuMoisCtx(ctx, { garde: [{ enfant: 0, mode: 'creche', heures_mois: 100 }] });
    expect(r.garde!.tarifHoraireCreche!.toFixed(2)).toBe(arrondiCentime(n2.div(12).times('0.000619')).toFixed(2));
    expect(n2.gt(10000)).toBe(true);
  });
  it('ressources_mensuelles_caf overrides N−2: 3 000 € → 1,86 €/h (3 000 × 0,0619 % = 1,857)', () => {
    const r = coutsDuMoisCtx(ctx, { garde: [{ enfant: 0, mode: 'creche', heures_mois: 100 }], ressourcesMensuellesCaf: 3000 });
    expect(r.garde!.tarifHoraireCreche!.toFixed(2)).toBe('1.86');
  });
  it('CSS resources: net salaries of M−13..M−2; 1 867,02 € gross → 1 477,93 € net (rules-dossier §1.2) × 12 = 17 735,16 €', () => {
    expect(ressourcesCss12Mois(ctx).toFixed(2)).toBe('17735.16');
  });
});

// [CSS R861-5, L861-2] housing aid counts "à concurrence d'un forfait" that is a percentage of the RSA montant
// forfaitaire: 12 / 16 / 16,5 % of the MF of 1, 2, 3 persons and more (as the RSA's own forfait, CASF R262-9), 12 / 14 /
// 14 % housed free or owner (rules-dossier §10). OpenFisca-France's CMU-C tests: with 10 dependants the forfait stays
// that of 3 persons (12 × 155,83 in 2016), and an aid of 50 € below it counts 12 × 50.
// RSA MF from 2026-04 (rules/rsa.yaml): 651,69 €; 3 persons: × (1 + 50 % + 30 %) = 1 173,042 €.
describe('CSS forfait logement (2026-09)', () => {
  const foyerDuMois = (aideLogement: number) => ({ revenuDisponible: ZERO, prestations: {}, aideLogement: d(aideLogement), rsa: ZERO });
  const ctxOf = (k: RefCase): MonthContext => {
    const hh = household(k);
    const hist = buildHistory(R, hh, monthIndex('2024-01'), m, () => ({ salaireBrut: ZERO, heuresHebdo: ZERO, chomageBrut: ZERO, ass: ZERO }));
    return { rules: R, household: hh, history: hist, month: m, trace: false, stale: new Map() };
  };
  const forfait = (k: RefCase, al: number) => cssDuMois(ctxOf(k), foyerDuMois(al)).trace.steps.find((s) => s.key === 'css.forfait-logement')!.value.toFixed(2);
  const couple2 = { ...c, adults: [{ age: 40, salaire_de_base: 0 }, { age: 38, salaire_de_base: 0 }], children: [10, 8] };
  it('a couple with two children (4 persons) and 300 € of aid: 16,5 % of the 3-person MF, 1 173,042 × 0,165 × 12 = 2 322,62 €', () => {
    expect(forfait(couple2, 300)).toBe('2322.62');
  });
  it('the same family owning its home: 14 %, 1 173,042 × 0,14 × 12 = 1 970,71 €', () => {
    expect(forfait({ ...couple2, housing: { statut: 'proprietaire', loyer: 0, zone: 2 } }, 0)).toBe('1970.71');
  });
  it('a single person with 50 € of aid, below the forfait (651,69 × 12 % = 78,20 €): the aid, 50 × 12 = 600,00 €', () => {
    expect(forfait({ ...c, children: [] }, 50)).toBe('600.00');
  });
  it('a lone parent of a 1-year-old (RSA majoré): the MF of 2 persons, never majoré, 651,69 × 1,5 × 0,16 × 12 = 1 876,87 €', () => {
    expect(forfait({ ...c, adults: [{ age: 30, salaire_de_base: 0 }] }, 400)).toBe('1876.87');
  });
});

// [CSS L861-2] all the household's resources count "à l'exception du revenu de solidarité active, de la prime
// d'activité" (Légifrance, version of 2018); R861-10 2° and 9° leave out the ARS and the PAJE (OpenFisca's
// css_cmu_base_ressources counts AF, ASF, CF). A single person housed free at a full-time SMIC in 2026-09 (1 867,02 €
// gross → 1 477,93 € net, rules-dossier §1.2) gets a prime d'activité that the CSS does not count:
// 12 × 1 477,93 + forfait housed free 651,69 × 12 % × 12 = 17 735,16 + 938,4336 = 18 673,59 €.
describe('CSS resources leave out the prime d\'activité', () => {
  it('single, housed free, full-time SMIC: 18 673,59 € (salaries and forfait only)', () => {
    const p = parseHousehold({ month: '2026-09', adults: [{ age: 35, salaire_de_base: 1867.02 }], housing: { statut: 'loge_gratuitement', zone: 2 }, transport: [{ adult: 0, mode: 'marche' }] }, R);
    if (!p.ok) throw p.error;
    const r = computeSteady(R, p.value.household, p.value.incomes, m, false, p.value.couts);
    expect(r.benefits['prime-activite']!.amount.gt(0)).toBe(true);
    expect(r.couts!.css!.ressources.toFixed(2)).toBe('18673.59');
  });
});
