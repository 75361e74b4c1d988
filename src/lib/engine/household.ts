/**
 * The engine's view of a household and its income history. Built from validated input (see ./input.ts);
 * every amount is a Decimal, every month a MonthIndex.
 */
import type { Decimal } from './money';
import type { MonthIndex } from './month';

export type Statut = 'locataire_vide' | 'locataire_hlm' | 'loge_gratuitement' | 'proprietaire';
export type Zone = 1 | 2 | 3;

export interface Person {
  /** Month of birth (a case's "age A" at month M means born in M − 12·A − 6). */
  birth: MonthIndex;
}

export interface Housing {
  statut: Statut;
  /** Monthly rent without charges (HLM: before the RLS). 0 when hosted or owner. */
  loyer: Decimal;
  zone: Zone;
}

export interface Household {
  /** 1 or 2 adults; adults[0] is the applicant. Couples are married and file one tax return. */
  adults: Person[];
  /** Dependent children with no income of their own. */
  children: Person[];
  housing: Housing;
  /** Recently single parent (RSA majoré within 12 of 18 months) even when all children are 3 or older. */
  isolementRecent: boolean;
  /** Alsace-Moselle: 1.30 % extra employee health contribution. */
  alsaceMoselle: boolean;
  /**
   * Monthly resources as the CAF counts them, when stated (case field `ressources_mensuelles_caf`): replaces the
   * year N−2 resources the salaries imply for the family benefits (12 × this amount), the CMG and the crèche price.
   */
  ressourcesMensuellesCaf?: Decimal;
}

/** What one adult receives in one month, as the law sees it before any computation. */
export interface MonthIncome {
  /** Gross monthly salary (salaire de base). */
  salaireBrut: Decimal;
  /** Contractual weekly hours (35 = full time); 0 when no job. */
  heuresHebdo: Decimal;
  /** ARE paid for the month, gross. */
  chomageBrut: Decimal;
  /** ASS paid for the month. */
  ass: Decimal;
  /** Retirement contribution withheld from the ARE (3 % of the SJR, benefits/are.ts), when the SJR is known. */
  chomageRetraiteComplementaire?: Decimal;
}

/** MonthIncome plus the derived amounts every benefit reads; computed once per distinct month. */
export interface AdultMonth extends MonthIncome {
  /** Net salary paid, before income tax (≈ montant net social here: no prévoyance). */
  salaireNet: Decimal;
  /** Net taxable salary (net + CSG non déductible + CRDS). */
  salaireImposable: Decimal;
  /** Net ARE after CSG/CRDS. */
  chomageNet: Decimal;
  /** Taxable ARE (gross − CSG déductible). */
  chomageImposable: Decimal;
}

export interface IncomeHistory {
  from: MonthIndex;
  to: MonthIndex;
  /** months[m − from][adult] */
  months: AdultMonth[][];
}

export function monthOf(h: IncomeHistory, m: MonthIndex): AdultMonth[] {
  if (m < h.from || m > h.to) throw new RangeError(`month ${m} outside history`);
  return h.months[m - h.from];
}
