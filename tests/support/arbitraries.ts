/**
 * fast-check arbitraries for the property tests: households and offers in the reference case format, drawn from
 * the space the reference README describes for its unseen check cases (tests/support/random-household.ts) and a
 * little beyond it where the engine accepts more (up to 4 children, Alsace-Moselle, recently single, childcare and
 * transport costs, ARE given as rights, ASS, CDD / intérim offers, any quarterly-declaration month).
 *
 * Every amount is a whole number of cents (as a person types it); months run over 2024-04..2027-06, so revaluation
 * months and the stale months after the last published value are both covered. Salaries are drawn as a share of
 * the month's full-time SMIC, as in random-household.ts, so each month sees part-time work below the SMIC and pay
 * above the social-security ceiling.
 */
import fc from 'fast-check';
import { monthIndex, monthString, type MonthIndex } from '$lib/engine/month';
import type { Rules } from '$lib/engine/rules';
import { STATUTS, typicalRent } from './random-household';

export const FIRST_MONTH = monthIndex('2024-04');
export const LAST_MONTH = monthIndex('2027-06');

/**
 * fast-check settings shared by the property and fuzz tests: a fixed seed (FC_SEED overrides it) so a failure
 * reproduces, and the number of runs (FC_RUNS overrides it, e.g. FC_RUNS=20000 for a longer hunt). fast-check's
 * failure message prints the seed and the shrunk counter-example's path; `verbose` adds the counter-example.
 */
export function fcOptions(runs: number): fc.Parameters<unknown> {
  const seed = process.env.FC_SEED ? Number(process.env.FC_SEED) : 20261125;
  return { numRuns: process.env.FC_RUNS ? Number(process.env.FC_RUNS) : runs, seed };
}

const cents = (lo: number, hi: number) => fc.integer({ min: Math.round(lo * 100), max: Math.round(hi * 100) }).map((c) => c / 100);

export const monthArb: fc.Arbitrary<MonthIndex> = fc.integer({ min: FIRST_MONTH, max: LAST_MONTH });

/** Full-time monthly gross SMIC of a month (hourly SMIC × the legal monthly hours). */
export function smicMensuel(R: Rules, m: MonthIndex): number {
  return R.num('salaire.smic_horaire', m).times(R.num('salaire.heures_mensuelles_temps_plein', m)).toDecimalPlaces(2).toNumber();
}

/** What one adult has today, before the month fixes the salary: nothing, ARE, or a salary as a share of the SMIC. */
export type AdultDraw =
  | { age: number; kind: 'none' }
  | { age: number; kind: 'are'; chomage: number }
  | { age: number; kind: 'job'; smicShare: number };

export const adultDraw: fc.Arbitrary<AdultDraw> = fc.integer({ min: 25, max: 60 }).chain((age) =>
  fc.oneof(
    fc.constant({ age, kind: 'none' as const }),
    cents(500, 1600).map((chomage) => ({ age, kind: 'are' as const, chomage })),
    fc.integer({ min: 50, max: 2500 }).map((p) => ({ age, kind: 'job' as const, smicShare: p / 1000 }))
  )
);

export interface CaseAdult {
  age: number;
  salaire_de_base: number;
  heures_hebdo?: number;
  chomage_brut?: number;
}

/** A salary and its hours: part time below a full-time SMIC salary (hours in half hours, ≥ 1), 35 h above. */
export function adultCase(a: AdultDraw, smic: number): CaseAdult {
  if (a.kind === 'none') return { age: a.age, salaire_de_base: 0 };
  if (a.kind === 'are') return { age: a.age, salaire_de_base: 0, chomage_brut: a.chomage };
  const salaire = Math.round(smic * a.smicShare * 100) / 100;
  const heures = salaire < smic ? Math.max(1, Math.round(((35 * salaire) / smic) * 2) / 2) : 35;
  return { age: a.age, salaire_de_base: salaire, heures_hebdo: heures };
}

export interface HouseholdDraw {
  adults: AdultDraw[];
  children: number[];
  statut: (typeof STATUTS)[number];
  zone: 1 | 2 | 3;
  /** Rent as a share of the typical rent of the zone and household (0.6–1.6). */
  rentShare: number;
  isolementRecent: boolean;
  alsaceMoselle: boolean;
}

/** Adults in work from half to 2.5 × the SMIC: households near and above the RSA / prime d'activité ceilings. */
export const workingAdultDraw: fc.Arbitrary<AdultDraw> = fc.record({
  age: fc.integer({ min: 25, max: 60 }),
  kind: fc.constant('job' as const),
  smicShare: fc.integer({ min: 500, max: 2500 }).map((p) => p / 1000)
});

const householdWith = (adult: fc.Arbitrary<AdultDraw>): fc.Arbitrary<HouseholdDraw> => fc.record({
  adults: fc.array(adult, { minLength: 1, maxLength: 2 }),
  children: fc.oneof({ weight: 6, arbitrary: fc.array(fc.integer({ min: 0, max: 19 }), { maxLength: 3 }) }, { weight: 1, arbitrary: fc.array(fc.integer({ min: 0, max: 19 }), { minLength: 4, maxLength: 4 }) }),
  statut: fc.constantFrom(...STATUTS),
  zone: fc.constantFrom(1 as const, 2 as const, 3 as const),
  rentShare: fc.integer({ min: 60, max: 160 }).map((p) => p / 100),
  isolementRecent: fc.nat(5).map((n) => n === 0),
  alsaceMoselle: fc.nat(9).map((n) => n === 0)
});

export const householdDraw = householdWith(adultDraw);

export interface HousingCase {
  statut: (typeof STATUTS)[number];
  loyer: number;
  zone: 1 | 2 | 3;
}

export function housingCase(h: HouseholdDraw): HousingCase {
  const tenant = h.statut === 'locataire_vide' || h.statut === 'locataire_hlm';
  const loyer = tenant ? Math.round(typicalRent(h.zone, h.adults.length, h.children.length) * h.rentShare * 100) / 100 : 0;
  return { statut: h.statut, loyer, zone: h.zone };
}

/** Childcare for one child (reference format `garde` entry), when the child is young enough for one. */
export interface GardeDraw {
  mode: 'creche' | 'assistante_maternelle' | 'garde_domicile' | 'periscolaire' | null;
  heures: number;
  salaireHoraire: number;
  indemnites: number;
  prix: number;
}

export const gardeDraw: fc.Arbitrary<GardeDraw> = fc.record({
  mode: fc.constantFrom(null, null, 'creche' as const, 'assistante_maternelle' as const, 'garde_domicile' as const, 'periscolaire' as const),
  heures: fc.integer({ min: 10, max: 200 }),
  salaireHoraire: cents(3.5, 15),
  indemnites: cents(0, 250),
  prix: cents(0, 200)
});

export interface TransportDraw {
  mode: 'transport_commun' | 'voiture' | 'velo' | 'marche' | null;
  prix: number;
  km: number;
  jours: number;
  cv: number;
}

export const transportDraw: fc.Arbitrary<TransportDraw> = fc.record({
  mode: fc.constantFrom(null, 'transport_commun' as const, 'voiture' as const, 'velo' as const, 'marche' as const),
  prix: cents(10, 120),
  km: fc.integer({ min: 1, max: 120 }),
  jours: fc.integer({ min: 2, max: 23 }),
  cv: fc.integer({ min: 2, max: 9 })
});

/** The `garde` entries of a case: creche under 6, other modes up to 12 (./costs/validate.ts limits). */
export function gardeEntries(children: number[], draws: GardeDraw[]): Record<string, unknown>[] {
  const out: Record<string, unknown>[] = [];
  children.forEach((age, enfant) => {
    const g = draws[enfant];
    if (!g?.mode || age > 12 || (g.mode === 'creche' && age > 5)) return;
    if (g.mode === 'periscolaire') out.push({ enfant, mode: g.mode, prix_mois: g.prix });
    else if (g.mode === 'creche') out.push({ enfant, mode: g.mode, heures_mois: g.heures });
    else out.push({ enfant, mode: g.mode, heures_mois: g.heures, salaire_horaire_net: g.salaireHoraire, indemnites_mois: g.indemnites });
  });
  return out;
}

export function transportEntries(draws: TransportDraw[], adults: number): Record<string, unknown>[] {
  const out: Record<string, unknown>[] = [];
  draws.slice(0, adults).forEach((t, adult) => {
    if (!t.mode) return;
    if (t.mode === 'transport_commun') out.push({ adult, mode: t.mode, prix_abonnement_mois: t.prix });
    else if (t.mode === 'voiture') out.push({ adult, mode: t.mode, km_aller_retour_jour: t.km, jours_travailles_mois: t.jours, cv_fiscaux: t.cv });
    else out.push({ adult, mode: t.mode, km_aller_retour_jour: Math.min(t.km, 30), jours_travailles_mois: t.jours });
  });
  return out;
}

/** A stable case (reference format) for month `month`, with optional childcare and transport costs. */
export interface SteadyDraw {
  month: MonthIndex;
  household: HouseholdDraw;
  garde: GardeDraw[];
  transport: TransportDraw[];
  /** Declare the costs of working (about half the cases). */
  withCosts: boolean;
}

const steadyWith = (household: fc.Arbitrary<HouseholdDraw>): fc.Arbitrary<SteadyDraw> =>
  fc.record({
    month: monthArb,
    household,
    garde: fc.array(gardeDraw, { minLength: 4, maxLength: 4 }),
    transport: fc.array(transportDraw, { minLength: 2, maxLength: 2 }),
    withCosts: fc.boolean()
  });

export const steadyDraw = steadyWith(householdDraw);
/** Every adult in work (see workingAdultDraw). */
export const workingSteadyDraw = steadyWith(householdWith(workingAdultDraw));

export function steadyCase(R: Rules, s: SteadyDraw): Record<string, unknown> {
  const smic = smicMensuel(R, s.month);
  const h = s.household;
  const c: Record<string, unknown> = {
    month: monthString(s.month),
    adults: h.adults.map((a) => adultCase(a, smic)),
    children: h.children,
    housing: housingCase(h),
    isolement_recent: h.isolementRecent,
    alsace_moselle: h.alsaceMoselle
  };
  if (s.withCosts) {
    const garde = gardeEntries(h.children, s.garde);
    const transport = transportEntries(s.transport, h.adults.length).filter((t) => h.adults[t.adult as number].kind === 'job');
    if (garde.length) c.garde = garde;
    if (transport.length) c.transport = transport;
  }
  return c;
}

/**
 * A transition case (reference format, `transition` field): today's situation of each adult (nothing, ARE as a
 * monthly amount, ARE as rights with days left, ASS, a job), and an offer for one adult from a start month, with its
 * contract, the quarterly-declaration month, childcare and transport.
 */
export interface TimelineDraw {
  start: MonthIndex;
  household: HouseholdDraw;
  /** Per adult: replace the ARE by rights (allocation journalière, days left, SJR) or by the ASS. */
  extras: { kind: 'none' | 'rights' | 'ass'; aj: number; jours: number; sjr: boolean; assApres: boolean }[];
  adult: number;
  hours: number;
  /** Offer pay as a share of the full-time SMIC for those hours (1 = the SMIC). */
  payShare: number;
  contrat: 'cdi' | 'cdd' | 'interim';
  dureeMois: number;
  /** Declaration month offset from the start (0 = the start month, the timeline's default). */
  anchorOffset: number | null;
  garde: GardeDraw[];
  transport: TransportDraw[];
  withCosts: boolean;
}

export const timelineDraw: fc.Arbitrary<TimelineDraw> = fc.record({
  // S − 1 ≥ 2024-04 (the first month with rules), S + 12 ≤ 2027-06 + 12.
  start: fc.integer({ min: FIRST_MONTH + 1, max: LAST_MONTH }),
  household: householdDraw,
  extras: fc.array(
    fc.record({
      kind: fc.constantFrom('none' as const, 'none' as const, 'rights' as const, 'ass' as const),
      aj: cents(20, 90),
      jours: fc.integer({ min: 0, max: 700 }),
      sjr: fc.boolean(),
      assApres: fc.boolean()
    }),
    { minLength: 2, maxLength: 2 }
  ),
  adult: fc.nat(1),
  hours: fc.constantFrom(6, 10, 15, 17.5, 20, 24, 28, 30, 35, 39),
  payShare: fc.integer({ min: 100, max: 250 }).map((p) => p / 100),
  contrat: fc.constantFrom('cdi' as const, 'cdd' as const, 'interim' as const),
  dureeMois: fc.integer({ min: 1, max: 18 }),
  anchorOffset: fc.option(fc.integer({ min: -2, max: 2 }), { nil: null }),
  garde: fc.array(gardeDraw, { minLength: 4, maxLength: 4 }),
  transport: fc.array(transportDraw, { minLength: 2, maxLength: 2 }),
  withCosts: fc.boolean()
});

export function timelineCase(R: Rules, t: TimelineDraw): Record<string, unknown> {
  const smic = smicMensuel(R, t.start);
  const h = t.household;
  const adult = Math.min(t.adult, h.adults.length - 1);
  const adults = h.adults.map((a, i) => {
    const base: Record<string, unknown> = { ...adultCase(a, smic) };
    const x = t.extras[i];
    if (x.kind === 'rights' && a.kind !== 'job') {
      delete base.chomage_brut;
      base.are = { allocation_journaliere: x.aj, jours_restants: x.jours, ...(x.sjr ? { salaire_journalier_reference: Math.round(x.aj * 160) / 100 } : {}) };
      base.ass_apres_are = x.assApres;
    } else if (x.kind === 'ass' && a.kind === 'none') base.ass = true;
    return base;
  });
  const salaire = Math.round(((smic * t.hours) / 35) * t.payShare * 100) / 100;
  const c: Record<string, unknown> = {
    adults,
    children: h.children,
    housing: housingCase(h),
    isolement_recent: h.isolementRecent,
    alsace_moselle: h.alsaceMoselle,
    transition: {
      adult,
      start_month: monthString(t.start),
      salaire_de_base: salaire,
      heures_hebdo: t.hours,
      months_before: 1,
      months_after: 12,
      contrat: t.contrat,
      ...(t.contrat === 'cdi' ? {} : { duree_mois: t.dureeMois }),
      ...(t.anchorOffset === null ? {} : { quarter_anchor_month: monthString(t.start + t.anchorOffset) })
    }
  };
  if (t.withCosts) {
    const garde = gardeEntries(h.children, t.garde);
    const transport = transportEntries(t.transport, h.adults.length).filter((x) => x.adult === adult);
    if (garde.length) c.garde = garde;
    if (transport.length) c.transport = transport;
  }
  return c;
}
