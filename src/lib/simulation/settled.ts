/**
 * "Once everything has settled" (PRODUCT.md, the headline's second line, month 13 on): a STEADY computation at the
 * month S+12 — the same monthly income every month since January of year N−2 — so every reference window is filled
 * with the job: the RSA / prime d'activité quarter, the housing aid's 12 months, the family benefits' year N−2 and
 * the tax rate of the last return. (The timeline's own S+12 row still has the housing aid of a window that starts
 * before the job and N−2 family benefits without it: not settled.) The curve uses the same function, so the
 * card's settled money left is exactly the curve's point at the card's hours.
 *
 * Income at a number of weekly hours h, for the adult who takes the job:
 * - h = 0: the status quo's income at S+12 (ARE still paid, or ASS / nothing once rights have run out);
 * - h > 0: the gross pay h × hourly rate, plus the ARE in cumul (rules of art. 32–33, ./engine/benefits/are.ts)
 *   when ARE rights remain at S+12 (the status quo or the offer still pays ARE then), and no ASS (its cumul with a
 *   salary stops after 3 months, CT L5425-1 / ass.cumul). One-off and yearly aids are not part of a settled month.
 * The other adult keeps their status-quo income of S+12.
 */
import { ZERO, type Decimal } from '../engine/money';
import type { MonthIndex } from '../engine/month';
import type { MonthIncome } from '../engine/household';
import type { Rules } from '../engine/rules';
import type { MonthResult } from '../engine/context';
import { computeSteady } from '../engine/compute';
import { salaireNet, brutMensuelDepuisHoraire } from '../engine/benefits/salaire';
import { areDuMois, type DroitsAre } from '../engine/benefits/are';
import type { LigneMois, TimelineResult } from '../engine/timeline';
import { steadyFigures } from './figures';
import type { EngineInputs, Figures } from './types';

export interface SettledBase {
  month: MonthIndex;
  /** Status-quo income of each adult at S+12 (h = 0). */
  statuQuo: MonthIncome[];
  /** The worker's ARE rights when some remain at S+12 (days assumed sufficient). */
  are: DroitsAre | null;
}

const incomeOf = (l: LigneMois, a: number, heures: Decimal): MonthIncome => {
  const x = l.adults[a];
  return { salaireBrut: x.salaireBrut, heuresHebdo: x.salaireBrut.gt(0) ? heures : ZERO, chomageBrut: x.chomageBrut, ass: x.ass };
};

export function settledBase(inputs: EngineInputs, tl: TimelineResult): SettledBase {
  const sq = tl.statuQuo.lignes[tl.statuQuo.lignes.length - 1];
  const of = tl.offre.lignes[tl.offre.lignes.length - 1];
  const w = inputs.offre.adulte;
  const droits = inputs.situation[w].are;
  const remain = !!droits && (sq.adults[w].chomageBrut.gt(0) || of.adults[w].chomageBrut.gt(0));
  return {
    month: sq.month,
    statuQuo: inputs.situation.map((s, a) => incomeOf(sq, a, s.heuresHebdo)),
    are: remain && droits ? { ...droits, joursRestants: 10_000 } : null
  };
}

/** Each adult's steady income with the worker at `heures` a week, paid `brutMensuel`. */
export function settledIncomes(rules: Rules, inputs: EngineInputs, base: SettledBase, heures: Decimal, brutMensuel: Decimal): MonthIncome[] {
  if (heures.lte(0)) return base.statuQuo;
  const w = inputs.offre.adulte;
  const m = base.month;
  let chomageBrut = ZERO;
  if (base.are) {
    const net = salaireNet(rules, m, { brut: brutMensuel, heuresHebdo: heures, alsaceMoselle: inputs.household.alsaceMoselle }).net;
    chomageBrut = areDuMois(rules, m, base.are, brutMensuel, net).brut;
  }
  return base.statuQuo.map((x, a) => (a === w ? { salaireBrut: brutMensuel, heuresHebdo: heures, chomageBrut, ass: ZERO } : x));
}

export interface SettledPoint {
  heures: Decimal;
  brutMensuel: Decimal;
  incomes: MonthIncome[];
  result: MonthResult;
  figures: Figures;
}

/** The settled month with the worker at `heures` a week at the offer's hourly pay (or the gross given). */
export function settledAt(rules: Rules, inputs: EngineInputs, base: SettledBase, heures: Decimal, brut?: Decimal, trace = false): SettledPoint {
  const brutMensuel = heures.lte(0) ? ZERO : (brut ?? brutMensuelDepuisHoraire(inputs.horaireBrut, heures));
  const incomes = settledIncomes(rules, inputs, base, heures, brutMensuel);
  const result = computeSteady(rules, inputs.household, incomes, base.month, trace, inputs.couts(heures, base.month));
  const figures = steadyFigures(result, incomes, inputs.household.housing.loyer, inputs.charges, inputs.notClaimed);
  return { heures, brutMensuel, incomes, result, figures };
}
