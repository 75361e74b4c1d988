/**
 * `simulate(state, rules, currentMonth)`: the resident's answer (PRODUCT.md "Definitions").
 *
 * - Three cards on the same months: the status quo, the offer, and the other of {35 h, 17 h 30} at the same hourly
 *   pay — 17 h 30 when the offer is 26 h or more (closer to full time), 35 h otherwise (OTHER_HOURS_RULE).
 *   Both offers go through one `timelines()` call S−1..S+12, so the status quo is computed once.
 * - Headline: mean over S..S+11 of (offer − status quo) money left, one-off and yearly aids in the month paid;
 *   and the settled gain (./settled.ts: a steady month at S+12 with all reference windows filled).
 * - Per card: money left, net salary, each benefit, costs; gain per hour worked = gain / (hours × 52 / 12);
 *   share kept = 100 × gain in money left / gain in net salary (none when the net salary does not rise).
 */
import { EngineError } from '../engine/errors';
import { ZERO, arrondiCentime, d, type Decimal } from '../engine/money';
import { isMonthString, monthIndex, monthString } from '../engine/month';
import type { Rules } from '../engine/rules';
import { timelines, type TimelineResult, type Offre } from '../engine/timeline';
import { brutMensuelDepuisHoraire } from '../engine/benefits/salaire';
import { validateState } from './validate';
import { heuresMois, toEngine } from './to-engine';
import { average, pruneBenefits, rowFigures } from './figures';
import { settledAt, settledBase } from './settled';
import { childcareTaxCredit } from './credit-impot';
import { notClaimedCosts, resultWarnings, staleOf } from './warnings';
import type { Card, CardId, EngineInputs, Figures, Gain, SimulationOutcome, SimulationResult } from './types';

/** The other card: 17 h 30 when the offer is at least 26 h a week, else 35 h. */
export const OTHER_HOURS_RULE = { threshold: 26, partTime: 17.5, fullTime: 35 } as const;

export function otherHours(hours: number): number {
  return hours >= OTHER_HOURS_RULE.threshold ? OTHER_HOURS_RULE.partTime : OTHER_HOURS_RULE.fullTime;
}

const cents = (x: Decimal): number => arrondiCentime(x).toNumber();

/** Gain in money left and net salary of `card` over `base`, per hour and per 100 € of net salary. */
export function gainOf(card: Figures, base: Figures, hours: number): Gain {
  const reste = card.resteAVivre.minus(base.resteAVivre);
  const net = card.salaireNet.minus(base.salaireNet);
  const h = d(hours);
  return {
    resteAVivre: reste,
    salaireNet: net,
    parHeure: h.gt(0) ? reste.div(heuresMois(h)) : null,
    surCent: net.gt(0) ? reste.times(100).div(net) : null
  };
}

/** The timelines of several offers on the same months (the status quo, which has no costs of working, computed once). */
function runOffers(rules: Rules, inputs: EngineInputs, offres: Offre[]): TimelineResult[] {
  const withCosts = offres.map((offre) => ({ offre, couts: inputs.couts(offre.heuresHebdo) }));
  return timelines(rules, inputs.household, inputs.situation, withCosts, inputs.start, inputs.options);
}

function card(id: CardId, tl: TimelineResult, scenario: 'statuQuo' | 'offre', inputs: EngineInputs, settled: Figures, offre: Offre | null): Card {
  const lignes = tl[scenario].lignes;
  const months = lignes.slice(1, 13).map((l) => rowFigures(l, inputs.charges, inputs.notClaimed));
  const heures = offre?.heuresHebdo ?? ZERO;
  return {
    id,
    hoursPerWeek: heures.toNumber(),
    salaireBrutMensuel: offre?.salaireBrut ?? ZERO,
    salaireBrutHoraire: offre ? inputs.horaireBrut : ZERO,
    first12: average(months),
    settled,
    gain: null,
    lignes,
    finContrat: scenario === 'offre' && tl.finContrat !== null ? monthString(tl.finContrat) : null
  };
}

export function simulateInputs(rules: Rules, inputs: EngineInputs): SimulationResult {
  const h = inputs.offre.heuresHebdo.toNumber();
  const h2 = otherHours(h);
  const other: Offre = { ...inputs.offre, heuresHebdo: d(h2), salaireBrut: brutMensuelDepuisHoraire(inputs.horaireBrut, d(h2)) };
  const [tl, tl2] = runOffers(rules, inputs, [inputs.offre, other]);
  const base = settledBase(inputs, tl);
  const steady = [
    settledAt(rules, inputs, base, ZERO),
    settledAt(rules, inputs, base, inputs.offre.heuresHebdo, inputs.offre.salaireBrut),
    settledAt(rules, inputs, base, other.heuresHebdo, other.salaireBrut)
  ];
  const cards: [Card, Card, Card] = [
    card('status-quo', tl, 'statuQuo', inputs, steady[0].figures, null),
    card('offer', tl, 'offre', inputs, steady[1].figures, inputs.offre),
    card('other-hours', tl2, 'offre', inputs, steady[2].figures, other)
  ];
  const results = steady.map((p) => p.result);
  pruneBenefits(cards.flatMap((c) => [c.first12, c.settled]));
  const sq = cards[0];
  for (const c of cards.slice(1)) c.gain = { first12: gainOf(c.first12, sq.first12, c.hoursPerWeek), settled: gainOf(c.settled, sq.settled, c.hoursPerWeek) };
  const offer = cards[1];
  const months = tl.months.map(monthString);
  return {
    rules: {
      release: rules.release,
      date: rules.date,
      month: monthString(inputs.month),
      message: { key: 'simulation.rules-in-force', vars: { release: rules.release, month: monthString(inputs.month) } }
    },
    start: monthString(inputs.start),
    months,
    headline: {
      gainFirst12: offer.gain!.first12.resteAVivre,
      gainSettled: offer.gain!.settled.resteAVivre,
      hoursPerWeek: h,
      from: months[1],
      to: months[12],
      settled: { method: 'steady', month: months[13] },
      sentences: {
        first12: { key: 'simulation.headline.first12', vars: { gain: cents(offer.gain!.first12.resteAVivre), hours: h, from: months[1], to: months[12] } },
        settled: { key: 'simulation.headline.settled', vars: { gain: cents(offer.gain!.settled.resteAVivre), hours: h, month: months[13] } },
        method: { key: 'simulation.settled.steady', vars: { month: months[13] } }
      }
    },
    cards,
    otherHoursRule: { key: 'simulation.other-hours-rule', vars: { threshold: OTHER_HOURS_RULE.threshold, hours: h2 } },
    notClaimed: notClaimedCosts(inputs, tl, steady[1].result),
    childcareTaxCredit: childcareTaxCredit(rules, inputs.start, steady[1].result),
    warnings: resultWarnings(inputs, tl, cards, results),
    stale: staleOf([tl, tl2], results),
    hypotheses: [...inputs.hypotheses, ...tl.hypotheses.map((key) => ({ key }))],
    timeline: tl,
    inputs
  };
}

/**
 * The whole answer. `currentMonth` is 'YYYY-MM' (the caller's clock: the module has none). Never throws on user
 * input: a bad state gives `{ kind: 'invalid', errors }` (one per field), a situation not modelled
 * `{ kind: 'out-of-scope', reasons }`.
 */
export function simulate(raw: unknown, rules: Rules, currentMonth: string): SimulationOutcome {
  if (!isMonthString(currentMonth)) return { kind: 'invalid', errors: [{ path: 'month', code: 'errors.invalid-month' }] };
  const v = validateState(raw);
  if (!v.ok) return { kind: 'invalid', errors: v.errors };
  const m = toEngine(v.state, rules, monthIndex(currentMonth));
  if (m.kind !== 'ok') return m;
  try {
    return { kind: 'result', result: simulateInputs(rules, m.inputs) };
  } catch (e) {
    if (e instanceof EngineError) return { kind: 'invalid', errors: [{ path: pathOf(e.field), code: 'errors.cannot-compute', vars: { code: e.code } }] };
    throw e;
  }
}

/** The form field an engine error points at (costs entries name their own fields). */
function pathOf(field: string | undefined): string {
  if (!field) return '';
  if (field.startsWith('garde')) return 'household.children';
  if (field.startsWith('transport') || field.startsWith('trajet')) return 'commute';
  if (field.startsWith('heures')) return 'job.hoursPerWeek';
  return '';
}
