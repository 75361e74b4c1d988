/**
 * ASS (allocation de solidarité spécifique) for one month. rules/ass.yaml; rules-dossier §7.2.
 *
 * - Paid for each calendar day of the month at the daily amount in force (France Travail's own simulator,
 *   Estime, and the 2025 revaluation notices: 19.33 × 30 = 579.90 €, 599.23 € for a 31-day month). The
 *   30-day mensualisation of 2025-04 is a rule of the unemployment insurance (ARE), not of the ASS.
 * - Means test (C. trav. R5423-2): ceiling 70 (single) / 110 (couple) daily amounts a month; when the other
 *   resources plus the allowance exceed it, the allowance is reduced to the ceiling (daily amount =
 *   (ceiling − resources) ÷ 30). The resources are given by the caller (France Travail counts the household's
 *   income of the 12 months before the claim; the new salary of a cumul is not counted).
 * - Cumul with a job (C. trav. R5425-2, décret 2017-826): full ASS for 3 calendar months with activity,
 *   consecutive or not; from the 4th month of activity it stops; a new 3-month window opens only after 3
 *   calendar months without activity.
 * ASS is not subject to CSG/CRDS; it counts in RSA/PA resources, not in housing-aid resources (non-taxable).
 */
import { ZERO, arrondiCentime, max, min, type Decimal } from '../money';
import { daysInMonth, type MonthIndex } from '../month';
import { at, type Rules } from '../rules';
import { newTrace, type Amount } from '../trace';

/** Where the person stands in the cumul rule at the start of a month. */
export interface EtatCumulAss {
  /** Months of activity already cumulated with the ASS in the current window (0..3). */
  moisCumules: number;
  /** Consecutive months without activity just before this month. */
  moisSansActivite: number;
}

export const ETAT_CUMUL_ASS_INITIAL: EtatCumulAss = { moisCumules: 0, moisSansActivite: 0 };

export interface AssInput {
  etat: EtatCumulAss;
  /** Any paid activity this month (however small). */
  activite: boolean;
  /** Other monthly resources of the household as France Travail counts them (0 by default). */
  ressourcesMensuelles?: Decimal;
  couple: boolean;
}

export interface AssMois extends Amount {
  etatApres: EtatCumulAss;
  /** Paid alongside a salary this month (one of the 3 months of cumul). */
  cumul: boolean;
}

/** Moves the cumul state by one month; says whether ASS may be paid this month. */
export function avancerCumulAss(rules: Rules, month: MonthIndex, etat: EtatCumulAss, activite: boolean): { payable: boolean; etat: EtatCumulAss } {
  const c = rules.get('ass.cumul', month).value;
  const maxMois = at(c, 'mois_cumul_integral').toNumber();
  const pause = at(c, 'mois_sans_activite_avant_nouveau_cumul').toNumber();
  if (activite) {
    if (etat.moisCumules < maxMois) return { payable: true, etat: { moisCumules: etat.moisCumules + 1, moisSansActivite: 0 } };
    return { payable: false, etat: { moisCumules: etat.moisCumules, moisSansActivite: 0 } };
  }
  const sans = etat.moisSansActivite + 1;
  return { payable: true, etat: { moisCumules: sans >= pause ? 0 : etat.moisCumules, moisSansActivite: sans } };
}

export function assDuMois(rules: Rules, month: MonthIndex, input: AssInput, withTrace = false): AssMois {
  const trace = newTrace();
  const reasons: string[] = [];
  const pJour = rules.get('ass.montant_journalier', month);
  const pPlafond = rules.get('ass.plafond_ressources', month);
  const taux = pJour.value as Decimal;
  const { payable, etat } = avancerCumulAss(rules, month, input.etat, input.activite);
  if (withTrace) {
    trace.inputs.activite = input.activite;
    trace.inputs.moisCumules = input.etat.moisCumules;
    trace.params.push(pJour, pPlafond, rules.get('ass.cumul', month));
  }
  if (!payable) {
    return { slug: 'ass', amount: ZERO, reasons: ['ass.cumul-termine'], trace, etatApres: etat, cumul: false };
  }
  const ressources = input.ressourcesMensuelles ?? ZERO;
  const plafond = taux.times(at(pPlafond.value, input.couple ? 'couple' : 'seul'));
  let journalier = taux;
  if (ressources.gt(0)) {
    journalier = arrondiCentime(min(taux, max(ZERO, plafond.minus(ressources).div(30))));
    if (journalier.lt(taux)) reasons.push(journalier.isZero() ? 'ass.ressources-trop-elevees' : 'ass.reduite-par-ressources');
  }
  const jours = daysInMonth(month);
  const amount = arrondiCentime(journalier.times(jours));
  if (input.activite) reasons.push('ass.cumul-integral');
  if (withTrace) {
    trace.steps.push({ key: 'ass.plafond', value: plafond, vars: { ressources } });
    trace.steps.push({ key: 'ass.montant', value: amount, vars: { journalier, jours } });
  }
  return { slug: 'ass', amount, reasons, trace, etatApres: etat, cumul: input.activite };
}
