/**
 * Money left once settled (./settled.ts: a steady month at S+12) by hours worked, 0 → 35 h every half hour at the
 * offer's hourly pay, with the cards' hours added when they fall between two points, and the CLIFFS:
 * - `drop`: a run of steps where working more lowers the money left (by more than CENTIMES_DE_BRUIT per step),
 *   blamed on the amount that moved most against the household over the run (a benefit falling, childcare,
 *   transport or tax rising) — e.g. the prime d'activité below its 15 € payment threshold, a free solidarity pass lost;
 * - `ends`: a benefit going from paid to nothing between two points (RSA → prime d'activité, housing aid below its
 *   payment threshold), even when the money left does not fall there.
 * Each cliff carries a reason key `curve.cliff.<kind>.<slug>` for a plain-words sentence.
 */
import { ZERO, d, type Decimal } from '../engine/money';
import type { Rules } from '../engine/rules';
import { settledAt, settledBase } from './settled';
import type { BenefitKey, Figures, SimulationResult } from './types';

export interface CurvePoint {
  hours: number;
  brutMensuel: Decimal;
  figures: Figures;
}

export type CliffCause = BenefitKey | 'chomage' | 'garde' | 'transport' | 'impot';

export interface Cliff {
  kind: 'drop' | 'ends';
  /** Hours where it starts (last point before) and ends (first point after). */
  from: number;
  to: number;
  cause: CliffCause;
  /** Money left lost over [from, to] (0 for an `ends` that costs nothing there). */
  loss: Decimal;
  key: string;
}

export interface Marker {
  card: 'status-quo' | 'offer' | 'other-hours';
  hours: number;
}

export interface Curve {
  points: CurvePoint[];
  cliffs: Cliff[];
  markers: Marker[];
  /** Gross hourly pay of every point. */
  horaireBrut: Decimal;
}

/** Half an hour a week, 0 → 35 h: 71 points. */
export const STEP = 0.5;
export const MAX_HOURS = 35;
/** A fall smaller than this between two points is rounding noise, not a cliff. */
const CENTIMES_DE_BRUIT = d('0.5');

const COSTS = ['garde', 'transport', 'impot'] as const;

/**
 * What caused a fall from a to b: a benefit that stops (paid in a, nothing in b) — a payment threshold —, else the
 * cost that rose most (with the RSA taking back each euro earned, any cost makes working more lose money), else the
 * benefit that fell most.
 */
export function blame(a: Figures, b: Figures): CliffCause {
  const benefits = Object.entries(a.benefits) as [BenefitKey, Decimal][];
  const worst = <T extends string>(items: [T, Decimal][]): T | null => {
    let best: T | null = null;
    let by = ZERO;
    for (const [k, loss] of items)
      if (loss.gt(by)) {
        by = loss;
        best = k;
      }
    return best;
  };
  const ended = worst(benefits.filter(([k, v]) => v.gt(0) && (b.benefits[k] ?? ZERO).isZero()));
  if (ended) return ended;
  const cost = worst(COSTS.map((c) => [c, b[c].minus(a[c])] as [CliffCause, Decimal]));
  if (cost) return cost;
  const fell = worst<CliffCause>([...benefits.map(([k, v]) => [k, v.minus(b.benefits[k] ?? ZERO)] as [CliffCause, Decimal]), ['chomage', a.chomage.minus(b.chomage)]]);
  return fell ?? 'impot';
}

/** Cliffs of a list of points sorted by hours (pure: unit-tested with hand-made points). */
export function detectCliffs(points: readonly CurvePoint[]): Cliff[] {
  const out: Cliff[] = [];
  let i = 1;
  while (i < points.length) {
    const fall = (j: number) => points[j - 1].figures.resteAVivre.minus(points[j].figures.resteAVivre).gt(CENTIMES_DE_BRUIT);
    if (!fall(i)) {
      i++;
      continue;
    }
    const start = i - 1;
    while (i + 1 < points.length && fall(i + 1)) i++;
    const a = points[start].figures;
    const b = points[i].figures;
    const cause = blame(a, b);
    out.push({ kind: 'drop', from: points[start].hours, to: points[i].hours, cause, loss: a.resteAVivre.minus(b.resteAVivre), key: `curve.cliff.drop.${cause}` });
    i++;
  }
  for (let j = 1; j < points.length; j++) {
    const a = points[j - 1].figures;
    const b = points[j].figures;
    for (const [k, v] of Object.entries(a.benefits) as [BenefitKey, Decimal][]) {
      if (!v.gt(0) || !(b.benefits[k] ?? ZERO).isZero()) continue;
      // Already told as the cause of a fall over the same step.
      if (out.some((c) => c.kind === 'drop' && c.cause === k && c.from <= points[j - 1].hours && c.to >= points[j].hours)) continue;
      const loss = a.resteAVivre.minus(b.resteAVivre);
      out.push({ kind: 'ends', from: points[j - 1].hours, to: points[j].hours, cause: k, loss: loss.gt(0) ? loss : ZERO, key: `curve.cliff.ends.${k}` });
    }
  }
  return out.sort((x, y) => x.from - y.from || (x.kind === y.kind ? 0 : x.kind === 'drop' ? -1 : 1));
}

/** The curve of a simulation result (same household, pay and costs as its cards). */
export function curve(rules: Rules, result: SimulationResult): Curve {
  const inputs = result.inputs;
  const base = settledBase(inputs, result.timeline);
  const marks: Marker[] = result.cards.map((c) => ({ card: c.id, hours: c.hoursPerWeek }));
  const hours = new Set<number>();
  for (let k = 0; k * STEP <= MAX_HOURS; k++) hours.add(k * STEP);
  for (const m of marks) if (m.hours <= MAX_HOURS) hours.add(m.hours);
  const offerHours = inputs.offre.heuresHebdo.toNumber();
  const points = [...hours]
    .sort((a, b) => a - b)
    .map((h) => {
      // The offer's own point uses its exact gross (a monthly pay may not be a round hourly rate).
      const p = settledAt(rules, inputs, base, d(h), h === offerHours ? inputs.offre.salaireBrut : undefined);
      return { hours: h, brutMensuel: p.brutMensuel, figures: p.figures };
    });
  return { points, cliffs: detectCliffs(points), markers: marks, horaireBrut: inputs.horaireBrut };
}
