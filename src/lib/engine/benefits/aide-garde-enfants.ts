/**
 * France Travail's childcare aid on a job start, paid once, in the month the job starts. rules/france-travail.yaml
 * (`age_montants`, `age_conditions`); rules-dossier §15.
 *
 * - Until 2024-04-30, the AGEPI (Pôle emploi délibération 2013-46): a job seeker bringing up children alone,
 *   children under 10, not indemnified or allowance ≤ the minimum ARE, CDI or contract of at least 3 months.
 * - From 2024-05-01, the AGE (France Travail instruction DG 2024-16, délibération 2024-35): children under 12,
 *   no isolation condition, net daily allowance ≤ 1.3 × the minimum ARE, CDI, CDD or intérim of at least 28 days.
 * - Amount (délibération 2022-57, unchanged by the AGE): by weekly hours (< 15 h or 15 h and more) and number of
 *   children: 176.80 € + 26 € per further child (max 228.80 €), or 416 € + 62.40 € (max 540.80 €).
 * - Not paid twice within 12 months (input).
 */
import { ZERO, arrondiCentime, min, type Decimal } from '../money';
import type { MonthIndex } from '../month';
import { at, type Rules } from '../rules';
import { newTrace, type Amount } from '../trace';
import { contratAuMoins, type Contrat } from '../timeline/contrat';

export interface AgeInput {
  /** Ages in whole years, in the start month, of the children the person looks after. */
  agesEnfants: number[];
  /** Weekly hours of the new job. */
  heuresHebdo: Decimal;
  contrat: Contrat;
  /** Net daily unemployment allowance (ARE net of RC, or the ASS daily amount); 0 or missing when not indemnified. */
  allocationJournaliereNette?: Decimal;
  /** The person brings up the children alone (AGEPI condition until 2024-04). */
  parentIsole: boolean;
  /** The aid was already received in the last 12 months. */
  dejaPercue12Mois?: boolean;
}

const SLUG = 'aide-garde-enfants';

export function aideGardeEnfants(rules: Rules, month: MonthIndex, input: AgeInput, withTrace = false): Amount {
  const trace = newTrace();
  const pCond = rules.get('france-travail.age_conditions', month);
  const pMont = rules.get('france-travail.age_montants', month);
  const cond = pCond.value as Record<string, unknown>;
  if (withTrace) {
    trace.inputs.heuresHebdo = input.heuresHebdo;
    trace.inputs.enfants = input.agesEnfants.length;
    trace.inputs.dispositif = String(cond.dispositif);
    trace.params.push(pCond, pMont, rules.get('are.montant_minimum', month));
  }
  const none = (reason: string): Amount => ({ slug: SLUG, amount: ZERO, reasons: [reason], trace });

  const ageMax = at(pCond.value, 'age_enfant_strictement_inferieur').toNumber();
  const n = input.agesEnfants.filter((a) => a >= 0 && a < ageMax).length;
  if (n === 0) return none(`${SLUG}.pas-d-enfant-eligible`);
  if (cond.parent_isole_requis === true && !input.parentIsole) return none(`${SLUG}.parent-non-isole`);
  // 1.3 × 32.13 = 41.769 → 41.77 € (service-public F1814 states the threshold to the cent).
  const seuil = arrondiCentime(rules.num('are.montant_minimum', month).times(at(pCond.value, 'coefficient_allocation_minimale')));
  if (input.allocationJournaliereNette && input.allocationJournaliereNette.gt(seuil)) return none(`${SLUG}.allocation-trop-elevee`);
  if (!contratAuMoins(input.contrat, at(pCond.value, 'duree_contrat_minimale_mois').toNumber())) return none(`${SLUG}.contrat-trop-court`);
  if (input.dejaPercue12Mois) return none(`${SLUG}.deja-percue`);

  const bande = input.heuresHebdo.lt(at(pMont.value, 'seuil_heures_hebdo')) ? 'moins_de_15h' : 'de_15h_a_35h';
  const b = (k: string) => at(pMont.value, bande, k);
  const amount = arrondiCentime(min(b('maximum'), b('premier_enfant').plus(b('enfant_supplementaire').times(n - 1))));
  if (withTrace) trace.steps.push({ key: `${SLUG}.forfait`, value: amount, vars: { enfants: n, bande } });
  return { slug: SLUG, amount, reasons: [], trace };
}
