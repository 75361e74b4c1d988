/**
 * The month pipeline's shared types: what every benefit module receives (`MonthContext`) and what
 * `computeMonth` returns (`MonthResult`). Benefit modules are functions `(ctx: MonthContext, …) → Amount`.
 *
 * A stable situation is a history of identical months; a job start is a history that changes at month S.
 * The steady result for month M and month M of a timeline come from the same code: both build an
 * `IncomeHistory` and call `computeMonth` with a context for M.
 */
import type { Decimal } from './money';
import { ageInYears, type MonthIndex } from './month';
import type { Household, IncomeHistory } from './household';
import type { ResolvedParam, Rules } from './rules';
import type { Amount } from './trace';
import type { CoutsDuMois, CoutsEntree } from './costs';

export interface MonthContext {
  rules: Rules;
  household: Household;
  /** Income of every adult, month by month; must cover M−24 (year N−2 resources) to M. */
  history: IncomeHistory;
  /** The month computed (rules in force that month). */
  month: MonthIndex;
  /** Build traces (inputs, params, steps). Off on the hot path (curves, bench, timelines). */
  trace: boolean;
  /**
   * Results already computed for earlier months of the same household and history (housing aid reads the RSA
   * status of M−1). Filled by `computeMonth`; a timeline passes the same map from month to month.
   */
  memo?: Map<MonthIndex, MonthResult>;
  /**
   * Month of the quarterly review whose reference quarter RSA and prime d'activité read for month m (CASF R262-7;
   * rules-dossier §2.6, §3.4). Default: m itself (a stable situation). A timeline maps m to its quarter's review.
   */
  revisionOf?: (m: MonthIndex) => MonthIndex;
  /** Parameters read past their last known value (filled by `param()`; shared by the months of one computation). */
  stale?: Map<string, ResolvedParam>;
  /** Costs of working the household declares (childcare, transport): see ./costs. */
  couts?: CoutsEntree;
}

/** Reads a parameter for the context (at `month`, default the context's month) and records it when stale. */
export function param(ctx: MonthContext, name: string, month: MonthIndex = ctx.month): ResolvedParam {
  const p = ctx.rules.get(name, month);
  if (p.stale && ctx.stale && !ctx.stale.has(name)) ctx.stale.set(name, p);
  return p;
}

/** Ages in whole years of the household's children in month m (birth-month convention of ./month). */
export function childAges(h: Household, m: MonthIndex): number[] {
  return h.children.map((c) => ageInYears(c.birth, m));
}

/**
 * What a family benefit returns: the amount paid (gross of CRDS), and the part that RSA and prime d'activité
 * count as a resource (CASF R262-10-1, R262-11; CSS R844-4, R844-5; rules-dossier §23):
 * AF base after modulation (no age majoration, forfait or complément dégressif), CF non-majoré, ASF as the
 * forfait min(ASF paid, 22.5 % BMAF × children), PAJE allocation de base; 0 for the ARS.
 */
export interface FamilyAmount extends Amount {
  ressourceRsaPa: Decimal;
}

/** Per-adult figures of the month. */
export interface AdultResult {
  salaireBrut: Decimal;
  salaireNet: Decimal;
  salaireImposable: Decimal;
  chomageBrut: Decimal;
  chomageNet: Decimal;
  /** Individual bonification inside the prime d'activité (CSS D843-2), 0 when none. */
  ppaBonification: Decimal;
}

/** A parameter used past its last known value (the UI says "not known yet"). */
export interface StaleParam {
  name: string;
  /** First month whose value is not known ('YYYY-MM'). */
  since: string;
  note?: string;
}

/** Benefit slugs of the month result (README conventions). */
export type BenefitSlug =
  | 'rsa'
  | 'prime-activite'
  | 'aides-logement'
  | 'allocations-familiales'
  | 'complement-familial'
  | 'asf'
  | 'paje'
  | 'ars'
  | 'impot-revenu';

export type AideLogementKind = 'apl' | 'als' | 'alf';

export interface MonthResult {
  month: MonthIndex;
  adults: AdultResult[];
  /** One Amount per benefit computed this month (0 with reasons when not due). */
  benefits: Partial<Record<BenefitSlug, Amount>>;
  /**
   * RSA before the 6 € non-payment threshold (CASF R262-39): the amount the reference files call `rsa`,
   * and the one housing aid reads ("RSA due in M−1"). `benefits.rsa.amount` is what is paid.
   */
  rsaAvantSeuil: Decimal;
  /** ARS of the rentrée of the month's year (paid in August: `benefits.ars` holds it that month only). */
  arsAnnuelle: Decimal;
  /** Housing aid detail: which aid the household gets (the amount does not depend on it) and the RLS. */
  logement: { kind: AideLogementKind | null; rls: Decimal };
  /** Income tax withheld at source this month (also `benefits['impot-revenu']`); not in `revenuDisponible`. */
  impotPreleve: Decimal;
  /** Parameters read past their last known value. */
  stale: StaleParam[];
  /** Stable warning codes (`<slug>.<kebab>`), e.g. `salaire.sous-smic`. */
  warnings: string[];
  /**
   * Σ net salaries + net ARE + rsa + ppa + aide_logement + af + cf + asf + paje_base (reference README):
   * no tax, no ARS, no one-off aid.
   */
  revenuDisponible: Decimal;
  /** Costs of working of the month (childcare per child, transport per adult), when the context declares some. */
  couts?: CoutsDuMois;
  /**
   * Money left to live on (reference README): revenuDisponible − rent actually paid (after the RLS) − childcare after
   * the CMG − transport after the employer's share (./costs `resteAVivre`).
   */
  resteAVivre: Decimal;
}
