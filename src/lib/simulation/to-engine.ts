/**
 * From the form state to the engine's inputs: the household (children's birth months, housing, zone from the
 * commune, Alsace-Moselle), each adult's situation today (the status quo), the offer (gross monthly salary from the
 * pay entered), the contract, the commute and the costs of working. Every "je ne sais pas" becomes its stated
 * default with a hypothesis (`simulation.hypothese-…`); situations the engine does not model give
 * `{ kind: 'out-of-scope', reasons }`, never a number.
 */
import { d, ZERO, arrondiCentime, type Decimal } from '../engine/money';
import { monthIndex, type MonthIndex } from '../engine/month';
import type { Household, Statut } from '../engine/household';
import type { Rules } from '../engine/rules';
import { birthForAge } from '../engine/input';
import { brutMensuelDepuisHoraire, salaireBrutDepuisNet } from '../engine/benefits/salaire';
import { allocationJournaliereDepuisMensuel, joursDuMois } from '../engine/benefits/are';
import type { Offre, SituationAdulte, Contrat } from '../engine/timeline';
import { DEFAULTS, NOT_CLAIMABLE, adultsOf, type AdultState, type FormState } from './state';
import { checkState, childBirth, monthsOf } from './check';
import { coutsPour, joursParSemaine, joursTravaillesMois, trajetMinutesJour } from './couts';
import type { EngineInputs, FieldError, Message, OutOfScopeReason } from './types';

export type ToEngine =
  | { kind: 'ok'; inputs: EngineInputs }
  | { kind: 'out-of-scope'; reasons: OutOfScopeReason[] }
  | { kind: 'invalid'; errors: FieldError[] };

/** Monthly hours from weekly hours (× 52 / 12, the mensualisation of the Labour Code, L3242-1). */
export const heuresMois = (h: Decimal): Decimal => h.times(52).div(12);

export function outOfScope(state: FormState): OutOfScopeReason[] {
  const s = state.screening;
  const r: OutOfScopeReason[] = [];
  if (s.overseas || state.home.communeCode?.startsWith('97')) r.push('overseas');
  if (s.aah) r.push('aah');
  if (s.student) r.push('student');
  if (s.selfEmployed) r.push('self-employed');
  if (s.pension) r.push('pension');
  if (s.savingsIncome) r.push('savings-income');
  // The engine pays the ASF in full and counts no child support as a resource: a wrong number otherwise.
  if (state.household.childSupport === 'yes' && state.household.children.length > 0) r.push('child-support');
  return r;
}

/** Days of ARE left at the first month shown (S − 1), from what the person knows today (month M). */
function joursRestants(rules: Rules, a: AdultState, month: MonthIndex, first: MonthIndex, hyp: Message[]): number {
  const days = (from: MonthIndex, to: MonthIndex) => {
    let n = 0;
    for (let m = from; m <= to; m++) n += joursDuMois(rules, m);
    return n;
  };
  if (a.are.rightsKind === 'end-month' && a.are.endMonth) return days(first, monthIndex(a.are.endMonth));
  if (a.are.rightsKind === 'days-left' && a.are.daysLeft !== null) {
    // Days used between today and S − 1 (or given back when S − 1 is before today).
    const left = first >= month ? a.are.daysLeft - days(month, first - 1) : a.are.daysLeft + days(first, month - 1);
    return Math.max(0, left);
  }
  hyp.push({ key: 'simulation.hypothese-are-rights-unknown', vars: { days: DEFAULTS.areDaysLeftUnknown } });
  return DEFAULTS.areDaysLeftUnknown;
}

function situationAdulte(rules: Rules, state: FormState, a: AdultState, month: MonthIndex, first: MonthIndex, hyp: Message[]): SituationAdulte {
  const none: SituationAdulte = { salaireBrut: ZERO, heuresHebdo: ZERO };
  switch (a.situation) {
    case 'nothing':
    case 'rsa':
      return none;
    case 'ass':
      return { ...none, ass: true };
    case 'job': {
      const h = a.job.hoursPerWeek ?? 35;
      if (a.job.hoursPerWeek === null) hyp.push({ key: 'simulation.hypothese-current-job-full-time' });
      const m = d(a.job.monthly ?? 0);
      const brut = a.job.basis === 'net' ? salaireBrutDepuisNet(rules, month, m, d(h), state.home.alsaceMoselle) : m;
      return { salaireBrut: brut, heuresHebdo: d(h) };
    }
    case 'are': {
      const aj = a.are.amountKind === 'daily' ? d(a.are.daily ?? 0) : allocationJournaliereDepuisMensuel(rules, month, d(a.are.monthly ?? 0));
      if (a.are.assAfter === 'unknown') hyp.push({ key: 'simulation.hypothese-ass-after-are-unknown' });
      return { ...none, are: { allocationJournaliere: aj, joursRestants: joursRestants(rules, a, month, first, hyp) }, assApresAre: a.are.assAfter === 'yes' };
    }
  }
}

function household(state: FormState, month: MonthIndex, hyp: Message[]): Household {
  const h = state.household;
  const adults = adultsOf(state).map((a) => {
    if (a.age === null) hyp.push({ key: 'simulation.hypothese-age-unknown', vars: { age: DEFAULTS.age } });
    return { birth: birthForAge(a.age ?? DEFAULTS.age, month) };
  });
  if (h.children.some((c) => c.birthMonth === null)) hyp.push({ key: 'simulation.hypothese-birth-month-unknown' });
  if (h.childSupport === 'unknown' && h.children.length && !h.couple) hyp.push({ key: 'simulation.hypothese-child-support-unknown' });
  const home = state.home;
  let statut: Statut = home.housing === 'hosted' ? 'loge_gratuitement' : home.housing === 'owner' ? 'proprietaire' : 'locataire_vide';
  if (home.housing === 'tenant' && home.hlm === 'yes') statut = 'locataire_hlm';
  if (home.housing === 'tenant' && home.hlm === 'unknown') hyp.push({ key: 'simulation.hypothese-hlm-unknown' });
  if (home.zone === null) hyp.push({ key: 'simulation.hypothese-zone-unknown', vars: { zone: DEFAULTS.zone } });
  return {
    adults,
    children: h.children.map((c) => ({ birth: childBirth(c) })),
    housing: { statut, loyer: home.housing === 'tenant' ? d(home.rent ?? 0) : ZERO, zone: home.zone ?? DEFAULTS.zone },
    isolementRecent: !h.couple && h.recentSeparation && h.children.length > 0,
    alsaceMoselle: home.alsaceMoselle
  };
}

/** Gross hourly and monthly pay of the offer at `heures` a week (SMIC of the start month by default). */
export function payeOffre(rules: Rules, state: FormState, start: MonthIndex): { horaire: Decimal; mensuel: Decimal } {
  const p = state.job.pay;
  const h = d(state.job.hoursPerWeek);
  const am = state.home.alsaceMoselle;
  const amount = d(p.amount ?? 0);
  if (p.kind === 'smic') {
    const horaire = rules.num('salaire.smic_horaire', start);
    return { horaire, mensuel: brutMensuelDepuisHoraire(horaire, h) };
  }
  let mensuel: Decimal;
  if (p.kind === 'monthly') mensuel = p.basis === 'gross' ? amount : salaireBrutDepuisNet(rules, start, amount, h, am);
  else if (p.basis === 'gross') return { horaire: amount, mensuel: brutMensuelDepuisHoraire(amount, h) };
  else mensuel = salaireBrutDepuisNet(rules, start, arrondiCentime(heuresMois(h).times(amount)), h, am);
  return { horaire: mensuel.div(heuresMois(h)), mensuel };
}

function warningsOf(rules: Rules, state: FormState, start: MonthIndex, horaire: Decimal): Message[] {
  const w: Message[] = [];
  const smic = rules.num('salaire.smic_horaire', start);
  if (horaire.lt(smic.minus('0.005')))
    w.push({ key: 'simulation.warning-below-smic', vars: { hourly: arrondiCentime(horaire).toNumber(), smic: smic.toNumber() } });
  if (state.job.hoursPerWeek > 35) w.push({ key: 'simulation.warning-overtime-not-modelled' });
  const s = state.job.schedule;
  const odd = s.early || s.late || s.night || s.weekend;
  const care = state.household.children.some((c) => c.care.mode === 'creche' || c.care.mode === 'periscolaire');
  if (odd && care) w.push({ key: 'simulation.warning-schedule-childcare' });
  if ((s.early || s.late || s.night) && state.commute.mode === 'bus') w.push({ key: 'simulation.warning-schedule-transport' });
  if (state.home.alsaceMoselle) w.push({ key: 'simulation.warning-alsace-moselle' });
  return w;
}

export function toEngine(state: FormState, rules: Rules, currentMonth: MonthIndex): ToEngine {
  const reasons = outOfScope(state);
  if (reasons.length) return { kind: 'out-of-scope', reasons };
  const errors = checkState(state, rules, currentMonth);
  if (errors.length) return { kind: 'invalid', errors };

  const hyp: Message[] = [];
  const { month, start } = monthsOf(state, currentMonth);
  if (!state.job.startMonth) hyp.push({ key: 'simulation.hypothese-start-next-month' });
  const hh = household(state, month, hyp);
  const first = start - 1;
  const situation = adultsOf(state).map((a) => situationAdulte(rules, state, a, month, first, hyp));

  const job = state.job;
  const { horaire, mensuel } = payeOffre(rules, state, start);
  if (job.pay.kind === 'smic') hyp.push({ key: 'simulation.hypothese-pay-smic', vars: { smic: horaire.toNumber() } });
  const contrat: Contrat = job.contract === 'cdi' ? { type: 'cdi' } : { type: job.contract, dureeMois: job.contractMonths ?? undefined };
  if (job.contract !== 'cdi' && job.contractMonths === null) hyp.push({ key: 'simulation.hypothese-contract-length-unknown' });
  const jours = joursParSemaine(state, job.hoursPerWeek);
  if (job.daysPerWeek === null) hyp.push({ key: 'simulation.hypothese-days-per-week', vars: { days: jours } });
  const c = state.commute;
  const offre: Offre = { adulte: job.who, salaireBrut: mensuel, heuresHebdo: d(job.hoursPerWeek), contrat };
  if (c.distanceKm !== null && c.distanceKm > 0)
    offre.trajet = {
      kmAllerRetourJour: d(2 * c.distanceKm),
      trajetAllerRetourMinutes: c.minutes === null ? undefined : trajetMinutesJour(state),
      joursTravaillesMois: joursTravaillesMois(jours)
    };
  if (c.mode === 'bus' && c.passPrice === null) hyp.push({ key: 'simulation.hypothese-pass-price-table' });
  if (c.mode === 'car' && c.carCv === null) hyp.push({ key: 'simulation.hypothese-car-cv', vars: { cv: DEFAULTS.carCv } });
  if (state.household.children.some((x) => x.care.mode === 'assistante-maternelle' && x.care.allowances === null))
    hyp.push({ key: 'simulation.hypothese-childminder-allowances-not-counted' });
  if (state.household.children.some((x) => x.care.mode !== 'none' && x.care.mode !== 'family' && x.care.mode !== 'periscolaire' && x.care.hoursPerMonth === null))
    hyp.push({ key: 'simulation.hypothese-childcare-hours-from-work' });
  const charges = state.home.housing === 'tenant' ? d(state.home.charges ?? 0) : ZERO;
  if (state.home.housing === 'tenant' && state.home.charges === null) hyp.push({ key: 'simulation.hypothese-charges-unknown' });

  return {
    kind: 'ok',
    inputs: {
      month,
      start,
      household: hh,
      situation,
      offre,
      horaireBrut: horaire,
      options: {
        moisAvant: 1,
        moisApres: 12,
        moisDeclaration: state.nextDeclarationMonth ? monthIndex(state.nextDeclarationMonth) : undefined,
        parentIsole: !state.household.couple && state.household.children.length > 0
      },
      couts: (h, m) => coutsPour(state, h, m),
      charges,
      notClaimed: NOT_CLAIMABLE.filter((k) => state.notClaimed[k]),
      hypotheses: hyp,
      warnings: warningsOf(rules, state, start, horaire),
      checks: {
        saysNoRsa: adultsOf(state).every((a) => a.situation !== 'rsa'),
        stated: { rsa: state.stated.rsa, 'prime-activite': state.stated.primeActivite, 'aides-logement': state.stated.aideLogement }
      }
    }
  };
}
