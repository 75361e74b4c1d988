/**
 * France Travail's mobility aid on a job start: the travel, meal and lodging costs of the first month of the job,
 * paid once, in the start month. rules/france-travail.yaml (`mobilite`); rules-dossier §8; francetravail.fr
 * « Reprise d'emploi : l'aide au déplacement ».
 *
 * Conditions: not indemnified, or net daily allowance ≤ the minimum ARE; job more than 60 km round trip or more
 * than 2 h round trip from home; CDI, or CDD / intérim of at least 3 consecutive months.
 * Amount: 0.23 €/km × km round trip × days worked in the first month + 6.25 € per day worked (unless the employer
 * pays the meals) + lodging up to 31.20 € a night; at most the annual ceiling (5 200 €) minus what was already paid.
 */
import { ZERO, arrondiCentime, d, max, min, type Decimal } from '../money';
import type { MonthIndex } from '../month';
import { at, type Rules } from '../rules';
import { newTrace, type Amount } from '../trace';
import { contratAuMoins, type Contrat } from '../timeline/contrat';

export interface MobiliteInput {
  /** Round-trip distance home–work per day worked, km. */
  kmAllerRetourJour: Decimal;
  /** Round-trip travel time, minutes (the other way to qualify). */
  trajetAllerRetourMinutes?: number;
  /** Days worked in the first month of the job. */
  joursTravailles: number;
  /** The employer pays the meals (no meal allowance then). */
  repasPrisEnCharge?: boolean;
  /** Nights away from home in the first month, and their price. */
  nuitees?: number;
  prixNuitee?: Decimal;
  contrat: Contrat;
  /** Net daily unemployment allowance; 0 or missing when not indemnified. */
  allocationJournaliereNette?: Decimal;
  /** Mobility aid already paid in the last 12 months (annual ceiling). */
  dejaVerse12Mois?: Decimal;
}

const SLUG = 'aide-mobilite';

export function aideMobilite(rules: Rules, month: MonthIndex, input: MobiliteInput, withTrace = false): Amount {
  const trace = newTrace();
  const p = rules.get('france-travail.mobilite', month);
  const v = (k: string) => at(p.value, k);
  if (withTrace) {
    trace.inputs.kmAllerRetourJour = input.kmAllerRetourJour;
    trace.inputs.joursTravailles = input.joursTravailles;
    trace.params.push(p, rules.get('are.montant_minimum', month));
  }
  const none = (reason: string): Amount => ({ slug: SLUG, amount: ZERO, reasons: [reason], trace });

  const seuil = arrondiCentime(rules.num('are.montant_minimum', month).times(v('coefficient_allocation_minimale')));
  if (input.allocationJournaliereNette && input.allocationJournaliereNette.gt(seuil)) return none(`${SLUG}.allocation-trop-elevee`);
  const loin = input.kmAllerRetourJour.gt(v('distance_aller_retour_km_superieure_a'));
  const long = (input.trajetAllerRetourMinutes ?? 0) > v('trajet_aller_retour_minutes_superieur_a').toNumber();
  if (!loin && !long) return none(`${SLUG}.trajet-trop-court`);
  if (!contratAuMoins(input.contrat, v('duree_contrat_minimale_mois').toNumber())) return none(`${SLUG}.contrat-trop-court`);
  const jours = Math.max(0, Math.floor(input.joursTravailles));
  if (jours === 0) return none(`${SLUG}.pas-de-jour-travaille`);

  const km = input.kmAllerRetourJour.times(jours).times(v('par_km'));
  const repas = input.repasPrisEnCharge ? ZERO : v('repas_par_jour').times(jours);
  const nuits = Math.max(0, Math.floor(input.nuitees ?? 0));
  const prixNuit = input.prixNuitee ?? v('nuitee_maximum');
  const hebergement = min(prixNuit, v('nuitee_maximum')).times(d(nuits));
  const reste = max(ZERO, v('plafond_annuel').minus(input.dejaVerse12Mois ?? ZERO));
  const brut = km.plus(repas).plus(hebergement);
  const amount = arrondiCentime(min(brut, reste));
  const reasons = brut.gt(reste) ? [`${SLUG}.plafond-annuel`] : [];
  if (withTrace) {
    trace.steps.push({ key: `${SLUG}.deplacement`, value: km });
    trace.steps.push({ key: `${SLUG}.repas`, value: repas });
    trace.steps.push({ key: `${SLUG}.hebergement`, value: hebergement });
  }
  return { slug: SLUG, amount, reasons, trace };
}
