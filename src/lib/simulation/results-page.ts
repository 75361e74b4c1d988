/**
 * Everything a results page computes from a form state: the answer (3 cards × 14-month timelines), the hours curve
 * and the three charts' data. One call, for the page and for `npm run bench` (target ≤ 50 ms on the build machine).
 */
import type { Rules } from '../engine/rules';
import { simulate } from './simulate';
import { curve, type Curve } from './curve';
import { barsChart, curveChart, timelineChart, type BarsChart, type CurveChart, type TimelineChart } from './charts';
import type { SimulationOutcome, SimulationResult } from './types';

export interface ResultsPage {
  result: SimulationResult;
  curve: Curve;
  charts: { bars: BarsChart; curve: CurveChart; timeline: TimelineChart };
}

export function resultsPage(raw: unknown, rules: Rules, currentMonth: string): { page: ResultsPage } | { outcome: Exclude<SimulationOutcome, { kind: 'result' }> } {
  const o = simulate(raw, rules, currentMonth);
  if (o.kind !== 'result') return { outcome: o };
  const c = curve(rules, o.result);
  return { page: { result: o.result, curve: c, charts: { bars: barsChart(o.result), curve: curveChart(c), timeline: timelineChart(o.result) } } };
}
