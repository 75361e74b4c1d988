/**
 * What `simulate()` returns to the screens (PRODUCT.md "Definitions"). Amounts are engine `Decimal`s (format them with
 * `formatEuros`); months are 'YYYY-MM'. Everything the UI writes as a sentence is a stable key (+ vars): the i18n
 * keys are listed in ./keys.ts (`EMITTED_KEYS`). Chart data (plain numbers) comes from ./charts.ts.
 */
import type { Decimal } from '../engine/money';
import type { MonthString } from '../engine/month';
import type { MonthIndex } from '../engine/month';
import type { LigneMois, Offre, SituationAdulte, TimelineOptions, TimelineResult } from '../engine/timeline';
import type { Household } from '../engine/household';
import type { CoutsEntree } from '../engine/costs';
import type { NotClaimable } from './state';
import type { ChildcareTaxCredit } from './credit-impot';

/** An i18n key and the values its sentence quotes (numbers are plain here: the UI formats them). */
export interface Message {
  key: string;
  vars?: Record<string, string | number>;
}

/** A field the user must correct: the path in FormState ('job.hoursPerWeek') and an `errors.<code>` key. */
export interface FieldError {
  path: string;
  code: string;
  vars?: Record<string, string | number>;
}

/** Why the situation is not computed ("pas encore calculé pour votre situation"): `simulation.out-of-scope.<reason>`. */
export type OutOfScopeReason =
  | 'overseas'
  | 'aah'
  | 'student'
  | 'self-employed'
  | 'pension'
  | 'savings-income'
  | 'child-support';

/** The amounts shown on a card, one way of summarising months (average of S..S+11, or the settled month). */
export interface Figures {
  /** Money left to live on (PRODUCT.md): after rent and charges, childcare, transport and income tax withheld. */
  resteAVivre: Decimal;
  /** Σ net salaries of the household. */
  salaireNet: Decimal;
  /** Net ARE + ASS. */
  chomage: Decimal;
  /** Each benefit by slug (`rsa`, `prime-activite`, `aides-logement`, `allocations-familiales`, `complement-familial`,
   * `asf`, `paje`, `ars`, `aide-garde-enfants`, `aide-mobilite`, `prime-noel`): only those not all zero on the card. */
  benefits: Partial<Record<BenefitKey, Decimal>>;
  /** Costs of working and living: rent + charges actually paid (after the RLS), childcare after the CMG, transport
   * after the employer's share, income tax withheld. */
  loyer: Decimal;
  garde: Decimal;
  transport: Decimal;
  impot: Decimal;
}

export const BENEFIT_KEYS = [
  'rsa',
  'prime-activite',
  'aides-logement',
  'allocations-familiales',
  'complement-familial',
  'asf',
  'paje',
  'ars',
  'aide-garde-enfants',
  'aide-mobilite',
  'prime-noel'
] as const;
export type BenefitKey = (typeof BENEFIT_KEYS)[number];

export type CardId = 'status-quo' | 'offer' | 'other-hours';

export interface Card {
  id: CardId;
  /** Weekly hours of the job (0 for the status quo) and its gross pay. */
  hoursPerWeek: number;
  salaireBrutMensuel: Decimal;
  salaireBrutHoraire: Decimal;
  /** Average of the 12 months S..S+11 (one-off and yearly amounts counted in the month paid). */
  first12: Figures;
  /** Once everything has settled (see `Settled`). */
  settled: Figures;
  /** Gains against the status quo (null on the status-quo card). */
  gain: Gains | null;
  /** Month by month S−1..S+12 (the engine's rows). */
  lignes: LigneMois[];
  /** The contract ends inside the 12 months (CDD / intérim): the month without the job. */
  finContrat: MonthString | null;
}

export interface Gain {
  /** Money left, card − status quo, per month. */
  resteAVivre: Decimal;
  /** Net salary, card − status quo, per month. */
  salaireNet: Decimal;
  /** resteAVivre gain / (hours × 52 / 12); null when no hours. */
  parHeure: Decimal | null;
  /** "Sur 100 € de salaire net en plus, il vous reste X €": 100 × gain in money left / gain in net salary; null
   * when the net salary does not rise. */
  surCent: Decimal | null;
}

export interface Gains {
  first12: Gain;
  settled: Gain;
}

/** How the settled figures are computed (the `simulation.settled.<method>` sentence). */
export interface Settled {
  /** 'steady': a steady computation at S+12 with the job held for good (all reference windows filled). */
  method: 'steady';
  month: MonthString;
}

export interface Headline {
  /** The offer: average monthly gain S..S+11 (label `simulation.headline.first12`). */
  gainFirst12: Decimal;
  /** The offer once settled (label `simulation.headline.settled`). */
  gainSettled: Decimal;
  hoursPerWeek: number;
  /** Which months the average covers. */
  from: MonthString;
  to: MonthString;
  settled: Settled;
  /** The two sentences: `simulation.headline.first12` and `simulation.headline.settled` (vars: gain, hours, from, to,
   * month), and how "settled" is computed (`simulation.settled.steady`). */
  sentences: { first12: Message; settled: Message; method: Message };
}

/** "Je ne la demanderai pas": what not claiming costs the offer's household per month. */
export interface NotClaimedCost {
  slug: NotClaimable;
  /** The switch's label, `simulation.not-claimed.<slug>`. */
  key: string;
  first12: Decimal;
  settled: Decimal;
  /** The person switched it off ("je ne la demanderai pas"): the cards already leave it out. */
  switchedOff: boolean;
}

export interface StaleWarning {
  /** Parameter name (`rsa.montant_forfaitaire`…), first month its value is not known, and the rules' note. */
  name: string;
  since: MonthString;
  note?: string;
}

export interface RulesUsed {
  release: string;
  /** Date of the rules release. */
  date: string;
  /** The month simulated: "règles en vigueur au 1er <month>". */
  month: MonthString;
  /** `simulation.rules-in-force` with vars release, month. */
  message: Message;
}

export interface SimulationResult {
  rules: RulesUsed;
  start: MonthString;
  /** S−1..S+12. */
  months: MonthString[];
  headline: Headline;
  /** [status quo, offer, other hours]: the three cards, in that order. */
  cards: [Card, Card, Card];
  /** The rule that picked the other card's hours (`simulation.other-hours.rule`). */
  otherHoursRule: Message;
  notClaimed: NotClaimedCost[];
  /** The childcare tax credit of the offer, apart from the money left (null without childcare expenses). */
  childcareTaxCredit: ChildcareTaxCredit | null;
  warnings: Message[];
  stale: StaleWarning[];
  /** Assumptions made, including every "je ne sais pas" default (`simulation.hypothese-…`, `timeline.hypothese-…`). */
  hypotheses: Message[];
  /** The offer's timeline as the engine returns it (status quo and offer month by month, cash view). */
  timeline: TimelineResult;
  /** The engine inputs the form state mapped to (./to-engine.ts); ./curve.ts reads them. */
  inputs: EngineInputs;
}

/** The form state as the engine sees it (./to-engine.ts). */
export interface EngineInputs {
  /** The month simulated ("today") and the job's first month S. */
  month: MonthIndex;
  start: MonthIndex;
  household: Household;
  situation: SituationAdulte[];
  /** The user's offer (gross monthly salary from the pay entered). */
  offre: Offre;
  /** Gross hourly pay of the offer (the other card and the curve keep it). */
  horaireBrut: Decimal;
  /** Timeline options without the costs (they depend on the hours: `couts`). */
  options: Omit<TimelineOptions, 'couts'>;
  /** Costs of working for a job of `heuresHebdo` a week (childcare hours follow work hours + commute); with `month`,
   * without the childcare a child has outgrown by then. */
  couts: (heuresHebdo: Decimal, month?: MonthIndex) => CoutsEntree | undefined;
  /** Housing charges per month (PRODUCT.md: the money left is after rent AND charges; the engine's rent has none). */
  charges: Decimal;
  /** Benefits the person will not claim. */
  notClaimed: NotClaimable[];
  /** Hypotheses from "je ne sais pas" answers and defaults. */
  hypotheses: Message[];
  /** Warnings found from the answers alone (unusual hours, below SMIC…). */
  warnings: Message[];
  /** What the person said they receive today, checked against the status quo computed. */
  checks: {
    /** Nobody in the household said they receive the RSA. */
    saysNoRsa: boolean;
    stated: { rsa: number | null; 'prime-activite': number | null; 'aides-logement': number | null };
  };
}

export type SimulationOutcome =
  | { kind: 'result'; result: SimulationResult }
  | { kind: 'out-of-scope'; reasons: OutOfScopeReason[] }
  | { kind: 'invalid'; errors: FieldError[] };
