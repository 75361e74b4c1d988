/**
 * Crèche (EAJE financed by the PSU): the family's hourly price under the national CNAF scale.
 * Price per hour = monthly resources (bounded by the plancher and plafond in force) × taux d'effort by number of
 * dependent children (lettre circulaire CNAF 2019-005; rules-dossier §6.3, §15). Meals and nappies are included.
 * Rounding: the hourly price to the cent, as the official examples state it (3 000 × 0.0516 % = 1.548 → 1.55 €);
 * the monthly cost is hours × that price, to the cent.
 */
import { ZERO, arrondiCentime, clamp, type Decimal } from '../money';
import type { MonthIndex } from '../month';
import { at, type Rules } from '../rules';
import { newTrace } from '../trace';
import type { CostAmount } from './types';

export interface CrecheInput {
  /** Monthly resources as the CAF counts them (N−2 / 12, or `ressources_mensuelles_caf`). */
  ressourcesMensuelles: Decimal;
  /** Dependent children of the household (≥ 1). */
  nbEnfants: number;
  heuresMois: Decimal;
}

/** Index in the rate tables: 1 child → 0 … 8 children and more → 7. */
export function indexTauxEffort(nbEnfants: number): number {
  return Math.min(Math.max(nbEnfants, 1), 8) - 1;
}

export function coutCreche(rules: Rules, month: MonthIndex, input: CrecheInput, withTrace = false): CostAmount & { tarifHoraire: Decimal } {
  const pBornes = rules.get('garde.creche_ressources_bornes', month);
  const pTaux = rules.get('garde.creche_taux_effort', month);
  const plancher = at(pBornes.value, 'plancher');
  const plafond = at(pBornes.value, 'plafond');
  const ressources = clamp(input.ressourcesMensuelles, plancher, plafond);
  const taux = at(pTaux.value, indexTauxEffort(input.nbEnfants));
  const tarifHoraire = arrondiCentime(ressources.times(taux));
  const cout = arrondiCentime(tarifHoraire.times(input.heuresMois));
  const reasons: string[] = [];
  if (input.ressourcesMensuelles.lt(plancher)) reasons.push('garde.creche-plancher');
  if (input.ressourcesMensuelles.gt(plafond)) reasons.push('garde.creche-plafond');
  const trace = newTrace();
  if (withTrace) {
    trace.inputs = { ressourcesMensuelles: input.ressourcesMensuelles, nbEnfants: input.nbEnfants, heuresMois: input.heuresMois };
    trace.params.push(pBornes, pTaux);
    trace.steps.push(
      { key: 'garde.creche-ressources-retenues', value: ressources, vars: { plancher, plafond } },
      { key: 'garde.creche-tarif-horaire', value: tarifHoraire, vars: { taux } },
      { key: 'garde.creche-cout-mensuel', value: cout, vars: { heures: input.heuresMois } }
    );
  }
  return { slug: 'garde', amount: cout, cout, aide: ZERO, net: cout, tarifHoraire, reasons, trace };
}
