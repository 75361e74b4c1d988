/**
 * Each adult's income, month by month, in one scenario (status quo or offer): salary, ARE (with cumul and the
 * rights running out), ASS (with its 3-month cumul), as `MonthIncome` rows for `buildHistory`.
 *
 * What is modelled (stated in the timeline's hypotheses):
 * - Before the first simulated month the situation is stable (the same income every month, as the reference cases).
 * - The adult who takes the offer earns its salary from the start month to the end of a CDD / intérim, then nothing:
 *   the ARE rights left (days not paid during the cumul are postponed) resume; an ARE known only as a monthly
 *   amount stops at the start (no cumul without the daily allowance) and resumes after the contract; no new ARE
 *   rights are opened by the contract itself (rechargement not modelled).
 * - ARE rights given in days run out; then the ASS follows when the person is eligible, otherwise nothing (the RSA
 *   takes over at the next quarterly review, through the engine).
 * - ASS means test: the partner's net salary and net ARE of the month count as the other resources.
 */
import { ZERO, type Decimal } from '../money';
import type { MonthIndex } from '../month';
import type { Household, MonthIncome } from '../household';
import type { Rules } from '../rules';
import { salaireNet } from '../benefits/salaire';
import { areDuMois, type AreMois } from '../benefits/are';
import { assDuMois, ETAT_CUMUL_ASS_INITIAL, type AssMois, type EtatCumulAss } from '../benefits/ass';
import { dureeContratMois } from './contrat';
import type { Offre, SituationAdulte } from './types';

export interface MoisAdulte {
  income: MonthIncome;
  /** Net ARE as the ARE module computes it (with the retirement contribution when the SJR is known). */
  are: AreMois | null;
  ass: AssMois | null;
}

export interface SerieRevenus {
  from: MonthIndex;
  to: MonthIndex;
  /** months[m − from][adult] */
  months: MoisAdulte[][];
  /** First month without the job after a CDD / intérim (null for a CDI or no offer). */
  finContrat: MonthIndex | null;
}

interface Etat {
  joursRestants: number;
  areEpuisee: boolean;
  assEtat: EtatCumulAss;
}

/**
 * @param t0 first month simulated month by month (earlier months: the stable status quo, with each month's rules).
 * @param offre null for the status quo.
 */
export function serieRevenus(
  rules: Rules,
  household: Household,
  situation: SituationAdulte[],
  offre: Offre | null,
  start: MonthIndex,
  t0: MonthIndex,
  from: MonthIndex,
  to: MonthIndex
): SerieRevenus {
  const n = household.adults.length;
  const duree = offre ? dureeContratMois(offre.contrat) : Infinity;
  const finContrat = offre && Number.isFinite(duree) ? start + duree : null;
  const etats: Etat[] = situation.map((s) => ({ joursRestants: s.are?.joursRestants ?? 0, areEpuisee: false, assEtat: ETAT_CUMUL_ASS_INITIAL }));
  const months: MoisAdulte[][] = [];

  for (let m = from; m <= to; m++) {
    const sim = m >= t0;
    const salaires = situation.map((s, a) => salaireDuMois(s, a, offre, start, finContrat, sim ? m : -Infinity));
    const nets = salaires.map((x) => (x.brut.gt(0) ? salaireNet(rules, m, { brut: x.brut, heuresHebdo: x.heures, alsaceMoselle: household.alsaceMoselle }).net : ZERO));
    const row: MoisAdulte[] = [];
    for (let a = 0; a < n; a++) {
      const s = situation[a];
      const e = etats[a];
      let are: AreMois | null = null;
      let chomageBrut = ZERO;
      if (s.are) {
        const droits = { ...s.are, joursRestants: sim ? e.joursRestants : Math.max(1, s.are.joursRestants) };
        are = areDuMois(rules, m, droits, salaires[a].brut, nets[a]);
        chomageBrut = are.brut;
        if (sim) {
          if (e.joursRestants > 0 && are.joursRestantsApres === 0) e.areEpuisee = true;
          e.joursRestants = are.joursRestantsApres;
        }
      } else if (s.chomageBrut && s.chomageBrut.gt(0)) {
        const enEmploiOffre = offre !== null && offre.adulte === a && sim && m >= start && (finContrat === null || m < finContrat);
        chomageBrut = enEmploiOffre ? ZERO : s.chomageBrut;
      }
      const income: MonthIncome = { salaireBrut: salaires[a].brut, heuresHebdo: salaires[a].heures, chomageBrut, ass: ZERO };
      if (are && are.retraiteComplementaire.gt(0)) income.chomageRetraiteComplementaire = are.retraiteComplementaire;
      row.push({ income, are, ass: null });
    }
    // ASS after every adult's salary and ARE of the month are known (the partner's count in the means test).
    for (let a = 0; a < n; a++) {
      const s = situation[a];
      const e = etats[a];
      const eligible = s.ass === true || (s.assApresAre === true && e.areEpuisee && (row[a].are?.brut.isZero() ?? true));
      if (!eligible) continue;
      const p = n === 2 ? row[1 - a] : null;
      const autres = p ? nets[1 - a].plus(p.are?.net ?? p.income.chomageBrut) : ZERO;
      const r = assDuMois(rules, m, { etat: sim ? e.assEtat : ETAT_CUMUL_ASS_INITIAL, activite: row[a].income.salaireBrut.gt(0), couple: n === 2, ressourcesMensuelles: autres });
      if (sim) e.assEtat = r.etatApres;
      row[a].ass = r;
      row[a].income = { ...row[a].income, ass: r.amount };
    }
    months.push(row);
  }
  return { from, to, months, finContrat };
}

function salaireDuMois(
  s: SituationAdulte,
  a: number,
  offre: Offre | null,
  start: MonthIndex,
  finContrat: MonthIndex | null,
  m: MonthIndex
): { brut: Decimal; heures: Decimal } {
  if (!offre || offre.adulte !== a || m < start) return { brut: s.salaireBrut, heures: s.heuresHebdo };
  if (finContrat !== null && m >= finContrat) return { brut: ZERO, heures: ZERO };
  return { brut: offre.salaireBrut, heures: offre.heuresHebdo };
}
