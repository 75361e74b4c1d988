/**
 * Income histories: what each adult received each month, with net and taxable amounts derived once.
 * Identical months (same gross, hours, ARE, same parameter periods) share one computation and one object.
 * Every benefit reads the months the law tells it to read from here (quarter, rolling 12 months, year N−2).
 */
import type { Household, IncomeHistory, AdultMonth, MonthIncome } from './household';
import type { MonthIndex } from './month';
import type { Decimal } from './money';
import type { Rules } from './rules';
import { salaireNet } from './benefits/salaire';
import { chomageNet } from './benefits/chomage-net';

export type IncomeAt = (month: MonthIndex, adult: number) => MonthIncome;

/**
 * The parameter periods of month m that change a payslip (PSS, rates, full-time hours, Alsace-Moselle) and those that
 * change the net ARE (its CSG/CRDS and the SMIC floor), as strings, cached per rules.
 */
interface Periods {
  salaire: string;
  chomage: string;
}
/** Per rules: the periods of each month (by month index), and one shared object per distinct pair (compared by reference). */
const periodCache = new WeakMap<Rules, { byMonth: (Periods | undefined)[]; interned: Map<string, Periods> }>();
function periodsOf(rules: Rules, m: MonthIndex): Periods {
  let c = periodCache.get(rules);
  if (!c) periodCache.set(rules, (c = { byMonth: [], interned: new Map() }));
  const i = m - rules.historyFrom;
  let p = i >= 0 ? c.byMonth[i] : undefined;
  if (!p) {
    const from = (n: string) => (rules.has(n) ? rules.get(n, m).from : '');
    const salaire = ['plafond_securite_sociale', 'cotisations_salariales', 'csg_crds', 'heures_hebdo_temps_plein', 'maladie_alsace_moselle']
      .map((n) => from(`salaire.${n}`))
      .join('');
    const chomage = from('salaire.csg_crds_chomage') + from('salaire.smic_horaire');
    const k = `${salaire}|${chomage}`;
    p = c.interned.get(k);
    if (!p) c.interned.set(k, (p = { salaire, chomage }));
    if (i >= 0) c.byMonth[i] = p;
  }
  return p;
}

export function buildHistory(rules: Rules, household: Household, from: MonthIndex, to: MonthIndex, incomeAt: IncomeAt): IncomeHistory {
  // Identical months share one AdultMonth object (resource windows rely on it to sum a stable situation at once).
  const memo = new Map<string, AdultMonth>();
  const salaires = new Map<string, { net: Decimal; imposable: Decimal }>();
  // The income part of the key, computed once per MonthIncome object (a stable situation reuses one object).
  const incomeKeys = new Map<MonthIncome, string>();
  const months: AdultMonth[][] = [];
  // The previous month of each adult: the same income object under the same periods is the same AdultMonth.
  const last: { inc?: MonthIncome; periods?: Periods; am?: AdultMonth }[] = household.adults.map(() => ({}));
  for (let m = from; m <= to; m++) {
    const periods = periodsOf(rules, m);
    const row: AdultMonth[] = [];
    for (let a = 0; a < household.adults.length; a++) {
      const inc = incomeAt(m, a);
      const l = last[a];
      if (l.am && l.inc === inc && l.periods === periods) {
        row.push(l.am);
        continue;
      }
      let ik = incomeKeys.get(inc);
      if (ik === undefined) {
        ik = `${inc.salaireBrut}|${inc.heuresHebdo}|${inc.chomageBrut}|${inc.ass}|${inc.chomageRetraiteComplementaire ?? ''}`;
        incomeKeys.set(inc, ik);
      }
      const key = `${periods.salaire}|${inc.chomageBrut.gt(0) ? periods.chomage : ''}|${ik}`;
      let am = memo.get(key);
      if (!am) {
        const sk = `${periods.salaire}|${inc.salaireBrut}|${inc.heuresHebdo}`;
        let s = salaires.get(sk);
        if (!s) {
          s = salaireNet(rules, m, { brut: inc.salaireBrut, heuresHebdo: inc.heuresHebdo, alsaceMoselle: household.alsaceMoselle });
          salaires.set(sk, s);
        }
        const c = chomageNet(rules, m, inc.chomageBrut, s.net, inc.chomageRetraiteComplementaire);
        am = { ...inc, salaireNet: s.net, salaireImposable: s.imposable, chomageNet: c.net, chomageImposable: c.imposable };
        memo.set(key, am);
      }
      l.inc = inc;
      l.periods = periods;
      l.am = am;
      row.push(am);
    }
    months.push(row);
  }
  return { from, to, months };
}
