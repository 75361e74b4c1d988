/**
 * Hours of childcare needed in a month, from the work schedule and the commute: the child is cared for while the
 * parent works and travels. Monthly hours use the "année complète" mensualisation of the childminders'
 * collective agreement (IDCC 3239: weekly hours × 52 / 12). The user can always type the hours instead.
 */
import { EngineError } from '../errors';
import { d, type Decimal } from '../money';

export interface HorairesTravail {
  /** Contractual weekly hours of work. */
  heuresTravailHebdo: Decimal;
  /** Round-trip commute, minutes per working day. */
  trajetMinutesJour: Decimal;
  /** Working days per week (1–7). */
  joursParSemaine: Decimal;
}

const SEMAINES_PAR_AN = 52;
const MOIS_PAR_AN = 12;

/** Monthly hours of care = (weekly work hours + daily commute × days per week) × 52 / 12. */
export function heuresGardeMois(h: HorairesTravail): Decimal {
  if (h.heuresTravailHebdo.isNeg())
    throw new EngineError('garde_heures_negatives', `Les heures de travail par semaine ne peuvent pas être négatives : ${h.heuresTravailHebdo}.`, 'heures_travail_hebdo');
  if (h.trajetMinutesJour.isNeg() || h.trajetMinutesJour.gt(600))
    throw new EngineError('transport_trajet_invalide', `Le temps de trajet aller-retour doit être entre 0 et 600 minutes par jour : ${h.trajetMinutesJour}.`, 'trajet_minutes_jour');
  if (h.joursParSemaine.lt(0) || h.joursParSemaine.gt(7))
    throw new EngineError('garde_jours_invalides', `Le nombre de jours travaillés par semaine doit être entre 0 et 7 : ${h.joursParSemaine}.`, 'jours_par_semaine');
  const trajetHebdo = h.trajetMinutesJour.div(60).times(h.joursParSemaine);
  return h.heuresTravailHebdo.plus(trajetHebdo).times(SEMAINES_PAR_AN).div(d(MOIS_PAR_AN));
}
