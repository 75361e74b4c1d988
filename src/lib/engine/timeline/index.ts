/**
 * The first months after a job starts: `timeline(rules, household, situation, offre, start)` gives, month by month
 * from S − 1 to S + 12, the status quo AND the offer on the same months — every amount as DUE that month under the
 * rules as applied (quarterly reviews, amounts fixed for the quarter; see ./calendrier.ts and ./scenario.ts), the
 * one-off aids in the month they are paid (AGE and mobility aid in S, prime de Noël in December, ARS in August),
 * a reason code for each change, and the cash view (CAF and France Travail pay month M early in M+1).
 * `timelines(…, offres)` gives the same for several offers, computing the status quo once.
 * Incomes (salary, ARE with cumul, ASS) come from ./revenus.ts; benefits from the engine's `computeMonth`.
 */
import { sum, type Decimal } from '../money';
import { ageInYears, fromYearMonth, monthOfYear, yearOf, type MonthIndex } from '../month';
import type { Household } from '../household';
import type { Rules } from '../rules';
import { EngineError } from '../errors';
import { buildHistory } from '../history';
import { childAges } from '../context';
import { allocationJournaliereDepuisMensuel, allocationJournaliereNette } from '../benefits/are';
import { aideGardeEnfants } from '../benefits/aide-garde-enfants';
import { aideMobilite } from '../benefits/aide-mobilite';
import { primeNoel } from '../benefits/prime-noel';
import { moisRevision } from './calendrier';
import { serieRevenus, type SerieRevenus } from './revenus';
import { mergeStale, resteDuMois, revenusDuMois, runScenario } from './scenario';
import { changements } from './changements';
import type { CoutsEntree } from '../costs';
import { gardeEnCours } from '../costs/validate';
import type { LigneMois, LigneTresorerie, Offre, Scenario, SituationAdulte, TimelineOptions, TimelineResult } from './types';

export * from './types';
export { CDI, type Contrat, type TypeContrat } from './contrat';

export function timeline(
  rules: Rules,
  household: Household,
  situation: SituationAdulte[],
  offre: Offre,
  start: MonthIndex,
  options: TimelineOptions = {}
): TimelineResult {
  return timelines(rules, household, situation, [{ offre }], start, options)[0];
}

/** One offer of `timelines`: the job, and the costs of working that go with it (default: `options.couts`). */
export interface OffreEtCouts {
  offre: Offre;
  couts?: CoutsEntree;
}

/**
 * Several offers for the same household, situation and months, one result each: the status quo does not depend on
 * the offer, so it is computed once and every result holds the same `statuQuo` object (read it, do not change it).
 */
export function timelines(
  rules: Rules,
  household: Household,
  situation: SituationAdulte[],
  offres: readonly OffreEtCouts[],
  start: MonthIndex,
  options: TimelineOptions = {}
): TimelineResult[] {
  const avant = options.moisAvant ?? 1;
  const apres = options.moisApres ?? 12;
  const first = start - avant;
  const last = start + apres;
  const adulteInconnu = ({ offre }: OffreEtCouts) => offre.adulte < 0 || offre.adulte >= household.adults.length;
  if (situation.length !== household.adults.length || offres.some(adulteInconnu))
    throw new EngineError('invalid_input', "La situation ou l'offre ne correspond pas aux adultes du foyer.", 'offre.adulte');
  if (avant < 0 || apres < 0 || first < rules.firstMonth)
    throw new EngineError('month_out_of_range', 'Le premier mois de la chronologie est avant les règles connues.', 'start');
  const anchor = options.moisDeclaration ?? start;
  const t0 = Math.max(rules.firstMonth, moisRevision(anchor, first - 3));
  // Year N−2 of the first month computed (family benefits, ARS, tax read it) and 16 months before it.
  const from = Math.max(rules.historyFrom, Math.min(fromYearMonth(yearOf(t0) - 2, 1), t0 - 16));

  const run = (o: Offre | null, couts?: CoutsEntree): { lignes: LigneMois[]; serie: SerieRevenus } => {
    // ARE days are counted from the first month shown (the days left are given for that month).
    const serie = serieRevenus(rules, household, situation, o, start, first, from, last);
    const history = buildHistory(rules, household, from, last, (m, a) => serie.months[m - from][a].income);
    const fin = serie.finContrat;
    const coutsDuMois = o && couts ? (m: MonthIndex) => (m >= start && (fin === null || m < fin) ? coutsAuMois(couts, household, m) : undefined) : undefined;
    const lignes = runScenario({ rules, household, history, serie, t0, to: last, anchor, coutsDuMois });
    return { lignes, serie };
  };
  const sq = run(null);
  ajouterPrimeNoel(rules, household, sq.lignes, t0);
  const statuQuo = finir(sq, t0, first, null);

  return offres.map(({ offre, couts = options.couts }) => {
    const of = run(offre, couts);
    aidesDeReprise(rules, household, situation, offre, start, options, of.lignes[start - t0], sq.serie);
    ajouterPrimeNoel(rules, household, of.lignes, t0);

    const hypotheses: string[] = [];
    if (options.moisDeclaration === undefined) hypotheses.push('timeline.hypothese-declaration-trimestrielle-au-mois-de-reprise');
    if (situation.some((s) => s.chomageBrut?.gt(0) && !s.are)) hypotheses.push('timeline.hypothese-are-montant-mensuel-sans-cumul');
    if (of.serie.finContrat !== null) hypotheses.push('timeline.hypothese-fin-de-contrat-sans-nouveaux-droits');
    hypotheses.push('timeline.hypothese-prime-activite-demandee-a-la-revision');

    return {
      start,
      months: Array.from({ length: last - first + 1 }, (_, i) => first + i),
      statuQuo,
      offre: finir(of, t0, first, of.serie.finContrat),
      finContrat: of.serie.finContrat,
      hypotheses
    };
  });
}

/**
 * The costs of working of month m: the childcare of a child who has grown past its limits by m (13, or 6 for a
 * crèche: costs/validate.ts) ends, the other entries stay (an unknown child index is still refused by validation).
 */
function coutsAuMois(couts: CoutsEntree, household: Household, m: MonthIndex): CoutsEntree {
  if (!couts.garde?.length) return couts;
  const garde = couts.garde.filter((g) => {
    const c = household.children[g.enfant];
    return !c || gardeEnCours(g.mode, ageInYears(c.birth, m));
  });
  return garde.length === couts.garde.length ? couts : { ...couts, garde };
}

/** AGE and mobility aid, in the start month of the offer. */
function aidesDeReprise(
  rules: Rules,
  household: Household,
  situation: SituationAdulte[],
  offre: Offre,
  start: MonthIndex,
  options: TimelineOptions,
  ligne: LigneMois,
  sq: SerieRevenus
): void {
  const a = offre.adulte;
  const avant = sq.months[start - 1 - sq.from][a];
  const s = situation[a];
  // The net daily allowance the person was paid just before the job (not indemnified → undefined).
  let aj: Decimal | undefined;
  if (avant.are && avant.are.brut.gt(0) && s.are) aj = allocationJournaliereNette(rules, start, s.are);
  else if (avant.income.chomageBrut.gt(0)) aj = allocationJournaliereDepuisMensuel(rules, start - 1, avant.income.chomageBrut);
  else if (avant.income.ass.gt(0)) aj = rules.num('ass.montant_journalier', start);
  const age = aideGardeEnfants(rules, start, {
    agesEnfants: childAges(household, start),
    heuresHebdo: offre.heuresHebdo,
    contrat: offre.contrat,
    allocationJournaliereNette: aj,
    parentIsole: options.parentIsole ?? (household.adults.length === 1 && household.children.length > 0)
  });
  ligne.aideGardeEnfants = age.amount;
  if (offre.trajet) {
    const t = offre.trajet;
    const tempsPlein = rules.num('salaire.heures_hebdo_temps_plein', start).toNumber();
    const h = Math.min(tempsPlein, offre.heuresHebdo.toNumber());
    const mob = aideMobilite(rules, start, {
      kmAllerRetourJour: t.kmAllerRetourJour,
      trajetAllerRetourMinutes: t.trajetAllerRetourMinutes,
      joursTravailles: t.joursTravaillesMois ?? Math.max(1, Math.round((21 * h) / tempsPlein)),
      repasPrisEnCharge: t.repasPrisEnCharge,
      nuitees: t.nuitees,
      prixNuitee: t.prixNuitee,
      contrat: offre.contrat,
      allocationJournaliereNette: aj
    });
    ligne.aideMobilite = mob.amount;
  }
}

/** Prime de Noël from the RSA due and the ASS paid in November / December, in the month it is paid. */
function ajouterPrimeNoel(rules: Rules, household: Household, lignes: LigneMois[], t0: MonthIndex): void {
  const at = (m: MonthIndex) => lignes[m - t0];
  for (const l of lignes) {
    if (monthOfYear(l.month) !== 12 || !at(l.month - 1)) continue;
    const nov = at(l.month - 1);
    const p = primeNoel(rules, {
      year: yearOf(l.month),
      rsaNovembre: nov.rsa,
      rsaDecembre: l.rsa,
      assNovembre: nov.adults.some((a) => a.ass.gt(0)),
      assDecembre: l.adults.some((a) => a.ass.gt(0)),
      couple: household.adults.length === 2,
      enfants: household.children.length
    });
    const paid = p.moisVersement === null ? undefined : at(p.moisVersement);
    if (paid && p.amount.gt(0)) {
      paid.primeNoel = p.amount;
      const nv = rules.get('prime-noel.montants_rsa', l.month - 1);
      if (nv.stale) paid.stale = mergeStale([paid.stale, [{ name: nv.name, since: nv.staleSince ?? '', note: nv.staleNote }]]);
    }
  }
}

/** Totals, reason codes, the shown months and the cash view. */
function finir(s: { lignes: LigneMois[]; serie: SerieRevenus }, t0: MonthIndex, first: MonthIndex, finContrat: MonthIndex | null): Scenario {
  const all = s.lignes;
  for (const l of all) {
    l.revenus = revenusDuMois(l);
    l.resteAVivre = resteDuMois(l);
  }
  for (let i = 1; i < all.length; i++) {
    const m = all[i].month;
    const det = s.serie.months[m - s.serie.from].map((x, a) => ({ are: x.are, ass: x.ass, assAvant: s.serie.months[m - 1 - s.serie.from][a].ass }));
    all[i].changements = changements(all[i - 1], all[i], det, finContrat !== null && m === finContrat);
  }
  const lignes = all.slice(first - t0);
  const tresorerie: LigneTresorerie[] = lignes.map((l) => {
    const p = all[l.month - 1 - t0] ?? l; // before the first computed month: a stable situation
    const salaires = sum(l.adults.map((a) => a.salaireNet));
    const franceTravail = sum(p.adults.map((a) => a.chomageNet));
    const caf = sum([p.rsa, p.ppa, p.aideLogement, p.af, p.cf, p.asf, p.paje, l.ars, l.primeNoel]);
    // AGE is paid on request; the mobility aid once the first payslip is sent (francetravail.fr): the month after.
    const ponctuel = l.aideGardeEnfants.plus(p.aideMobilite);
    return { month: l.month, salaires, franceTravail, caf, ponctuel, total: sum([salaires, franceTravail, caf, ponctuel]) };
  });
  return { lignes, tresorerie };
}
