/**
 * ARE (allocation d'aide au retour à l'emploi) for one month: allowances of the month, cumul with a salary,
 * remaining rights, and the deductions (3 % retraite complémentaire, CSG/CRDS). rules/are.yaml.
 *
 * - A month without activity pays one allowance per calendar day until 2025-03, then 30 allowances whatever
 *   the month (convention of 15/11/2024, mensualisation from 2025-04-01).
 * - Cumul with a salary (règlement d'assurance chômage art. 32–33; Unédic « Cumul allocation-salaire »):
 *   days = (allowances of the month − 70 % of the gross salary) ÷ AJ, rounded to the nearest integer, ≥ 0;
 *   with the SJR known, ARE + salary may not exceed SJR × 30.42. Days not paid are not lost: rights are counted
 *   in days, so they postpone the end of rights.
 * - Deductions (Unédic « Retenues sociales sur les allocations »; rules-dossier §21): RC = 3 % of the SJR per
 *   day, only when AJ − RC stays above the minimum allowance; CSG/CRDS by `chomageNet` (monthly floor).
 */
import { ZERO, arrondiCentime, arrondiEntier, d, max, min, type Decimal } from '../money';
import { daysInMonth, type MonthIndex } from '../month';
import { at, type Rules } from '../rules';
import { newTrace, type Amount } from '../trace';
import { EngineError } from '../errors';
import { chomageNet } from './chomage-net';

/** The person's ARE rights at the start of a month. */
export interface DroitsAre {
  /** Gross daily allowance (AJ). */
  allocationJournaliere: Decimal;
  /** Days of allowance left at the start of the month. */
  joursRestants: number;
  /** Salaire journalier de référence, when known (cumul ceiling, RC). */
  sjr?: Decimal;
}

export interface AreMois extends Amount {
  /** Gross ARE paid for the month (= amount). */
  brut: Decimal;
  /** Net of RC, CSG and CRDS. */
  net: Decimal;
  imposable: Decimal;
  retraiteComplementaire: Decimal;
  joursIndemnises: number;
  /** Days left after this month. */
  joursRestantsApres: number;
}

/** Allowances paid for a month with no activity: calendar days, then 30 from 2025-04. */
export function joursDuMois(rules: Rules, month: MonthIndex): number {
  const v = rules.get('are.jours_par_mois', month).value;
  return typeof v === 'string' ? daysInMonth(month) : Number(v);
}

/** AJ from the SJR (art. 14): max(40.4 % SJR + partie fixe, 57 % SJR), at least the minimum, at most 75 % SJR. */
export function allocationJournaliereDepuisSjr(rules: Rules, month: MonthIndex, sjr: Decimal): Decimal {
  const t = rules.get('are.taux_allocation', month).value;
  const a = sjr.times(at(t, 'proportionnel_avec_partie_fixe')).plus(rules.num('are.partie_fixe', month));
  const b = sjr.times(at(t, 'proportionnel_seul'));
  const plancher = max(max(a, b), rules.num('are.montant_minimum', month));
  return arrondiCentime(min(plancher, sjr.times(at(t, 'plafond_sjr'))));
}

/** AJ from a monthly amount without activity (the month's number of allowances). */
export function allocationJournaliereDepuisMensuel(rules: Rules, month: MonthIndex, mensuel: Decimal): Decimal {
  return arrondiCentime(mensuel.div(joursDuMois(rules, month)));
}

/** Daily RC (3 % of the SJR), 0 when it would bring the allowance to or below the minimum or without SJR. */
export function retraiteComplementaireJournaliere(rules: Rules, month: MonthIndex, aj: Decimal, sjr?: Decimal): Decimal {
  if (!sjr || sjr.lte(0)) return ZERO;
  const rc = arrondiCentime(sjr.times(rules.num('are.retraite_complementaire', month)));
  return aj.minus(rc).gt(rules.num('are.montant_minimum', month)) ? rc : ZERO;
}

/**
 * The daily allowance France Travail compares with the minimum ARE for its aids ("montant journalier net"):
 * AJ − RC. CSG/CRDS only start above ~60 €/day (SMIC × 35 / 7), far above the 1.3 × minimum threshold, so
 * they never change that comparison.
 */
export function allocationJournaliereNette(rules: Rules, month: MonthIndex, droits: DroitsAre): Decimal {
  return droits.allocationJournaliere.minus(
    retraiteComplementaireJournaliere(rules, month, droits.allocationJournaliere, droits.sjr)
  );
}

export function areDuMois(
  rules: Rules,
  month: MonthIndex,
  droits: DroitsAre,
  salaireBrut: Decimal,
  salaireNetDuMois: Decimal,
  withTrace = false
): AreMois {
  const aj = droits.allocationJournaliere;
  if (aj.isNeg() || !Number.isFinite(droits.joursRestants) || droits.joursRestants < 0) {
    throw new EngineError('invalid_input', "Allocation journalière ou jours restants d'ARE invalides.", 'are');
  }
  const trace = newTrace();
  const reasons: string[] = [];
  const restants = Math.floor(droits.joursRestants);
  const jm = joursDuMois(rules, month);
  if (withTrace) {
    trace.inputs.allocationJournaliere = aj;
    trace.inputs.joursRestants = restants;
    trace.inputs.salaireBrut = salaireBrut;
    if (droits.sjr) trace.inputs.sjr = droits.sjr;
    trace.params.push(rules.get('are.jours_par_mois', month));
  }
  const zero = (reason: string): AreMois => ({
    slug: 'are', amount: ZERO, reasons: [...reasons, reason], trace,
    brut: ZERO, net: ZERO, imposable: ZERO, retraiteComplementaire: ZERO, joursIndemnises: 0, joursRestantsApres: restants
  });
  if (aj.isZero()) return zero('are.pas-de-droits');
  if (restants === 0) return zero('are.droits-epuises');

  let jours = jm;
  if (salaireBrut.gt(0)) {
    const c = rules.get('are.cumul', month);
    let montant = aj.times(jm).minus(salaireBrut.times(at(c.value, 'part_salaire_deduite')));
    if (droits.sjr) {
      const plafond = droits.sjr.times(at(c.value, 'jours_plafond_sjr')).minus(salaireBrut);
      if (plafond.lt(montant)) {
        montant = plafond;
        reasons.push('are.plafonnee-ancien-salaire');
      }
    }
    jours = Math.min(jm, Math.max(0, arrondiEntier(montant.div(aj)).toNumber()));
    reasons.push(jours === 0 ? 'are.suspendue-par-salaire' : 'are.reduite-par-salaire');
    if (withTrace) {
      trace.params.push(c);
      trace.steps.push({ key: 'are.montant-cumul', value: montant, vars: { jm, aj, salaireBrut } });
      trace.steps.push({ key: 'are.jours-cumul', value: d(jours) });
    }
  }
  if (jours > restants) {
    jours = restants;
    reasons.push('are.fin-de-droits-dans-le-mois');
  }
  const brut = arrondiCentime(aj.times(jours));
  const rc = retraiteComplementaireJournaliere(rules, month, aj, droits.sjr).times(jours);
  const n = chomageNet(rules, month, brut, salaireNetDuMois, rc);
  if (withTrace) {
    trace.params.push(rules.get('are.retraite_complementaire', month), rules.get('are.montant_minimum', month));
    trace.steps.push({ key: 'are.brut', value: brut, vars: { jours, aj } });
    trace.steps.push({ key: 'are.retraite-complementaire', value: rc });
    trace.steps.push({ key: 'are.net', value: n.net });
  }
  return {
    slug: 'are', amount: brut, reasons, trace,
    brut, net: n.net, imposable: n.imposable, retraiteComplementaire: rc,
    joursIndemnises: jours, joursRestantsApres: restants - jours
  };
}
