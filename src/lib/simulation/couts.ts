/**
 * Costs of working from the form state, for a job of any weekly hours (the offer, the other card, each point of
 * the curve): childcare per child (hours of care = work hours + commute, `heuresGardeMois` of the costs module,
 * unless the user typed them) and the worker's transport, in the costs module's input format (`CoutsEntree`).
 */
import { d, arrondiCentime, type Decimal } from '../engine/money';
import { heuresGardeMois } from '../engine/costs/heures';
import type { CoutsEntree } from '../engine/costs';
import { gardeEnCours, type GardeEntry, type TransportEntry } from '../engine/costs/validate';
import { ageInYears, type MonthIndex } from '../engine/month';
import { DEFAULTS, type FormState } from './state';
import { childBirth } from './check';

/** Working days a month: the engine's convention of 21 days for 5 days a week (timeline/index.ts), prorated. */
export function joursTravaillesMois(joursParSemaine: number): number {
  return Math.round((21 * joursParSemaine) / 5);
}

export function joursParSemaine(state: FormState, heures: number): number {
  return state.job.daysPerWeek ?? DEFAULTS.daysPerWeek(heures);
}

/** Round-trip commute, minutes a day (the form asks one way). */
export function trajetMinutesJour(state: FormState): number {
  return 2 * (state.commute.minutes ?? 0);
}

const MODES = { creche: 'creche', 'assistante-maternelle': 'assistante_maternelle', periscolaire: 'periscolaire' } as const;

function garde(state: FormState, heures: Decimal, month?: MonthIndex): GardeEntry[] {
  const out: GardeEntry[] = [];
  const jours = joursParSemaine(state, heures.toNumber());
  const derived = heuresGardeMois({ heuresTravailHebdo: heures, trajetMinutesJour: d(trajetMinutesJour(state)), joursParSemaine: d(jours) });
  state.household.children.forEach((c, enfant) => {
    const m = c.care.mode;
    if (m !== 'creche' && m !== 'assistante-maternelle' && m !== 'periscolaire') return;
    // A child who has outgrown this childcare by `month` (6 for a crèche, 13 for any) no longer needs it (the
    // engine's timeline drops it the same way, month by month).
    if (month !== undefined && !gardeEnCours(MODES[m], ageInYears(childBirth(c), month))) return;
    const e: GardeEntry = { enfant, mode: MODES[m], heures_mois: c.care.hoursPerMonth ?? arrondiCentime(derived).toNumber() };
    if (m === 'assistante-maternelle') {
      e.salaire_horaire_net = c.care.hourlyNet ?? 0;
      e.indemnites_mois = c.care.allowances ?? 0;
    }
    if (m === 'periscolaire') e.prix_mois = c.care.monthlyPrice ?? 0;
    out.push(e);
  });
  return out;
}

function transport(state: FormState, heures: Decimal): TransportEntry {
  const c = state.commute;
  const adult = state.job.who;
  const km = 2 * (c.distanceKm ?? 0);
  switch (c.mode) {
    case 'bus':
      return {
        adult,
        mode: 'transport_commun',
        reseau: state.home.caenLaMer ? 'twisto' : 'defaut',
        ...(c.passPrice === null ? {} : { prix_abonnement_mois: c.passPrice })
      };
    case 'car':
      return {
        adult,
        mode: 'voiture',
        km_aller_retour_jour: km,
        jours_travailles_mois: joursTravaillesMois(joursParSemaine(state, heures.toNumber())),
        cv_fiscaux: c.carCv ?? DEFAULTS.carCv,
        electrique: c.electric
      };
    case 'bike':
      return { adult, mode: 'velo' };
    case 'walk':
      return { adult, mode: 'marche' };
  }
}

/** The costs of working for a job of `heures` a week (none without hours), in `month` when given (children's ages). */
export function coutsPour(state: FormState, heures: Decimal, month?: MonthIndex): CoutsEntree | undefined {
  if (heures.lte(0)) return undefined;
  const g = garde(state, heures, month);
  return { garde: g.length ? g : undefined, transport: [transport(state, heures)] };
}
