/**
 * Wiring: the costs read the pipeline's context — hours from the income history, CAF resources of year N−2 from
 * `resources-annual.ts` when no `ressources_mensuelles_caf` is given.
 */
import { describe, expect, it } from 'vitest';
import { rules } from '$lib/engine/rules/load';
import { buildHistory } from '$lib/engine/history';
import { ressourcesN2 } from '$lib/engine/resources-annual';
import { coutsDuMoisCtx, adultesDuMois } from '$lib/engine/costs/du-mois';
import { ressourcesCss12Mois } from '$lib/engine/costs/foyer-du-mois';
import type { MonthContext } from '$lib/engine/context';
import { arrondiCentime, d, ZERO } from '$lib/engine/money';
import { monthIndex } from '$lib/engine/month';
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
