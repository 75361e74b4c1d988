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
  // The income part of the key, computed once per MonthIncome object (a stable situation reuses one object).
  const incomeKeys = new Map<MonthIncome, string>();
  const months: AdultMonth[][] = [];
  let period = '';
  let prev: unknown[] = [];
  for (let m = from; m <= to; m++) {
    // The parameter periods that change a payslip: the key changes only when one of them does.
    const ps = [
      rules.get('salaire.plafond_securite_sociale', m),
      rules.get('salaire.cotisations_salariales', m),
      rules.get('salaire.csg_crds', m),
      rules.get('salaire.smic_horaire', m)
    ];
    if (ps.some((p, i) => p !== prev[i])) {
      period = ps.map((p) => p.from).join('');
      prev = ps;
    }
    const row: AdultMonth[] = [];
    for (let a = 0; a < household.adults.length; a++) {
      const inc = incomeAt(m, a);
      let ik = incomeKeys.get(inc);
      if (ik === undefined) {
        ik = `${inc.salaireBrut}|${inc.heuresHebdo}|${inc.chomageBrut}|${inc.ass}`;
        incomeKeys.set(inc, ik);
      }
      const key = `${period}|${ik}`;
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
