/**
 * Income histories: what each adult received each month, with net and taxable amounts derived once.
 * Identical months (same gross, hours, ARE, same parameter periods) share one computation.
 * Every benefit reads the months the law tells it to read from here (quarter, rolling 12 months, year N−2).
 */
import type { Household, IncomeHistory, AdultMonth, MonthIncome } from './household';
import type { MonthIndex } from './month';
import type { Rules } from './rules';
import { salaireNet } from './benefits/salaire';
import { chomageNet } from './benefits/chomage-net';

export type IncomeAt = (month: MonthIndex, adult: number) => MonthIncome;

export function buildHistory(rules: Rules, household: Household, from: MonthIndex, to: MonthIndex, incomeAt: IncomeAt): IncomeHistory {
  const memo = new Map<string, AdultMonth>();
  const months: AdultMonth[][] = [];
  for (let m = from; m <= to; m++) {
    // The parameter periods that change a payslip: the key changes only when one of them does.
    const period =
      rules.get('salaire.plafond_securite_sociale', m).from +
      rules.get('salaire.cotisations_salariales', m).from +
      rules.get('salaire.csg_crds', m).from +
      rules.get('salaire.smic_horaire', m).from;
    const row: AdultMonth[] = [];
    for (let a = 0; a < household.adults.length; a++) {
      const inc = incomeAt(m, a);
      const key = `${period}|${inc.salaireBrut}|${inc.heuresHebdo}|${inc.chomageBrut}|${inc.ass}`;
      let am = memo.get(key);
      if (!am) {
        const s = salaireNet(rules, m, { brut: inc.salaireBrut, heuresHebdo: inc.heuresHebdo, alsaceMoselle: household.alsaceMoselle });
        const c = chomageNet(rules, m, inc.chomageBrut, s.net);
        am = { ...inc, salaireNet: s.net, salaireImposable: s.imposable, chomageNet: c.net, chomageImposable: c.imposable };
        memo.set(key, am);
      }
      row.push(am);
    }
    months.push(row);
  }
  return { from, to, months };
}
