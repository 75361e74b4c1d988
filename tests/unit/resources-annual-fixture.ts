/**
 * Test fixture for the family-benefit and income-tax modules: a household in a stable situation since January of
 * year M−2 (reference README convention), built either from gross pay (through `buildHistory`, as the reference
 * cases are) or from a stated monthly taxable income (to hand-work resource amounts).
 */
import type { MonthContext } from '$lib/engine/context';
import type { AdultMonth, Household, IncomeHistory } from '$lib/engine/household';
import { buildHistory } from '$lib/engine/history';
import { ZERO, d } from '$lib/engine/money';
import { fromYearMonth, monthIndex, yearOf } from '$lib/engine/month';
import { rules } from '$lib/engine/rules/load';

export type Adulte = { brut?: number; heures?: number; chomage?: number } | { imposable: number };

export interface Menage {
  month: string;
  adults: Adulte[];
  /** Ages in years: a child aged A was born 12·A + 6 months before the month (reference convention). */
  children?: number[];
  /** Stated CAF monthly resources (overrides N−2). */
  caf?: number;
  trace?: boolean;
}

export function menage(m: Menage): MonthContext {
  const R = rules();
  const M = monthIndex(m.month);
  const household: Household = {
    adults: m.adults.map(() => ({ birth: M - 12 * 35 - 6 })),
    children: (m.children ?? []).map((a) => ({ birth: M - 12 * a - 6 })),
    housing: { statut: 'locataire_vide', loyer: d(500), zone: 2 },
    isolementRecent: false,
    alsaceMoselle: false,
    ...(m.caf !== undefined ? { ressourcesMensuellesCaf: d(m.caf) } : {})
  };
  const from = fromYearMonth(yearOf(M) - 2, 1);
  let history: IncomeHistory;
  if (m.adults.every((a) => !('imposable' in a))) {
    history = buildHistory(R, household, from, M, (_m, i) => {
      const a = m.adults[i] as { brut?: number; heures?: number; chomage?: number };
      return { salaireBrut: d(a.brut ?? 0), heuresHebdo: d(a.brut ? (a.heures ?? 35) : 0), chomageBrut: d(a.chomage ?? 0), ass: ZERO };
    });
  } else {
    const row: AdultMonth[] = m.adults.map((a) => ({
      salaireBrut: ZERO,
      heuresHebdo: ZERO,
      chomageBrut: ZERO,
      ass: ZERO,
      salaireNet: ZERO,
      salaireImposable: d('imposable' in a ? a.imposable : 0),
      chomageNet: ZERO,
      chomageImposable: ZERO
    }));
    history = { from, to: M, months: Array.from({ length: M - from + 1 }, () => row) };
  }
  return { rules: R, household, history, month: M, trace: m.trace ?? true };
}
