/**
 * Inputs and outputs of the 12-month timeline (see ./index.ts). Amounts are Decimals; months are MonthIndex.
 */
import type { Decimal } from '../money';
import type { MonthIndex } from '../month';
import type { DroitsAre } from '../benefits/are';
import type { StaleParam } from '../context';
import type { CoutsEntree } from '../costs';
import type { Contrat } from './contrat';

/** One adult's situation today (the status quo), as the person describes it. */
export interface SituationAdulte {
  /** Current gross monthly salary and weekly hours (0 when no job). */
  salaireBrut: Decimal;
  heuresHebdo: Decimal;
  /**
   * ARE known only as a gross monthly amount (reference-case `chomage_brut`): paid every month of the status quo
   * (rights assumed to last), stops when the offer starts (no cumul without the daily allowance).
   */
  chomageBrut?: Decimal;
  /** ARE rights (daily allowance, days left at the first month shown, S − moisAvant; SJR): month by month, with cumul. */
  are?: DroitsAre;
  /** Receives the ASS now. */
  ass?: boolean;
  /** Would get the ASS when the ARE runs out (5 years of work in the last 10, means test). */
  assApresAre?: boolean;
}

/** The journey to work, for France Travail's mobility aid (first month of the job). */
export interface Trajet {
  kmAllerRetourJour: Decimal;
  trajetAllerRetourMinutes?: number;
  /** Days worked in the first month (default: 21 × weekly hours / full-time hours, at least 1). */
  joursTravaillesMois?: number;
  repasPrisEnCharge?: boolean;
  nuitees?: number;
  prixNuitee?: Decimal;
}

export interface Offre {
  /** Index of the adult who takes the job. */
  adulte: number;
  salaireBrut: Decimal;
  heuresHebdo: Decimal;
  contrat: Contrat;
  trajet?: Trajet;
}

export interface TimelineOptions {
  /** Months shown before the start (default 1) and after it (default 12): S − before .. S + after. */
  moisAvant?: number;
  moisApres?: number;
  /**
   * A month in which the household's quarterly RSA / prime d'activité declaration falls (its reviews are then
   * every 3 months from it). Default: the start month (stated in `hypotheses`).
   */
  moisDeclaration?: MonthIndex;
  /** The person brings up the children alone (AGEPI condition before 2024-05). Default: one adult with children. */
  parentIsole?: boolean;
  /** Childcare and transport of the job (costs of working), counted in the months the offer's job is held. */
  couts?: CoutsEntree;
  trace?: boolean;
}

/** What one adult gets in one month of a scenario. */
export interface LigneAdulte {
  salaireBrut: Decimal;
  salaireNet: Decimal;
  chomageBrut: Decimal;
  /** Net ARE, or the ASS (not subject to CSG/CRDS). */
  chomageNet: Decimal;
  ass: Decimal;
  joursIndemnises: number;
}

/** A month-to-month change and why (`timeline.<kebab>` i18n keys). */
export interface Changement {
  code: string;
  /** The amount concerned ('rsa', 'prime-activite', 'aides-logement', 'are', 'ass', 'salaire', …). */
  slug: string;
  avant: Decimal;
  apres: Decimal;
}

/** One month of a scenario: every amount due for that month (see the README of ./index.ts). */
export interface LigneMois {
  month: MonthIndex;
  adults: LigneAdulte[];
  /** RSA paid (0 below the 6 € threshold) and before that threshold (the reference `rsa` field). */
  rsa: Decimal;
  rsaAvantSeuil: Decimal;
  ppa: Decimal;
  aideLogement: Decimal;
  af: Decimal;
  cf: Decimal;
  asf: Decimal;
  paje: Decimal;
  /** Paid in August only (the yearly amount, in the month paid). */
  ars: Decimal;
  /** The ARS of the month's year, whatever the month (reference field `ars_annuelle`). */
  arsAnnuelle: Decimal;
  aideGardeEnfants: Decimal;
  aideMobilite: Decimal;
  primeNoel: Decimal;
  /** Σ net salaries + net ARE/ASS + every benefit and one-off aid of the month (no costs, no tax). */
  revenus: Decimal;
  /** Rent and charges paid (after the RLS), childcare after the CMG, transport after the employer's share, tax withheld. */
  loyer: Decimal;
  garde: Decimal;
  transport: Decimal;
  impot: Decimal;
  /** Money left: revenus − loyer − garde − transport − impot (PRODUCT.md "reste pour vivre"). */
  resteAVivre: Decimal;
  /** This month's RSA / prime d'activité amounts were set by a quarterly review in this month. */
  revisionTrimestrielle: boolean;
  /** Housing aid recomputed this month (calendar quarter, or start / end of the RSA neutralisation). */
  revisionLogement: boolean;
  /** Housing-aid resources neutralised because the RSA was due the month before. */
  neutralisationRsa: boolean;
  changements: Changement[];
  stale: StaleParam[];
}

/** The cash view: what reaches the bank account in a month (CAF and France Travail pay month M early in M+1). */
export interface LigneTresorerie {
  month: MonthIndex;
  salaires: Decimal;
  /** ARE/ASS of M−1. */
  franceTravail: Decimal;
  /** RSA, prime d'activité, housing aid and family benefits of M−1 (ARS and prime de Noël in the month paid). */
  caf: Decimal;
  /** One-off aids paid this month. */
  ponctuel: Decimal;
  total: Decimal;
}

export interface Scenario {
  lignes: LigneMois[];
  tresorerie: LigneTresorerie[];
}

export interface TimelineResult {
  start: MonthIndex;
  months: MonthIndex[];
  statuQuo: Scenario;
  offre: Scenario;
  /** The month the job ends (CDD / intérim), if inside or right after the horizon. */
  finContrat: MonthIndex | null;
  /** Stable codes of the assumptions made (`timeline.hypothese-…`). */
  hypotheses: string[];
}
