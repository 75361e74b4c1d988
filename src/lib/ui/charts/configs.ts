/**
 * Chart.js configurations of the three charts, from the model's chart data (src/lib/simulation/charts.ts) and the
 * words already translated. Right to left: the x axis runs from right to left (time and hours flow the way the
 * page reads) and the amounts axis sits on the right.
 */
import type { ChartConfiguration } from 'chart.js';
import type { BarsChart, CurveChart, TimelineChart } from '$lib/simulation/charts';
import { annotate } from './annotate';
import type { ChartModule } from './load';
import { ACCENT, COSTS, FOCUS, GRID, INK, MUTED, SERIES, baseOptions, euroTick } from './theme';

export interface Page {
  lang: string;
  rtl: boolean;
}

function axes(p: Page, x: object, stacked = false) {
  return {
    x: { reverse: p.rtl, stacked, grid: { color: GRID }, ticks: { color: INK }, ...x },
    y: { stacked, position: p.rtl ? ('right' as const) : ('left' as const), grid: { color: GRID }, ticks: { color: INK, callback: euroTick } }
  };
}

/** (1) Stacked bars per card: what comes in above zero, what working costs below, the money left as a mark. */
export function barsConfig(d: BarsChart, w: { cards: string[]; gets: string[]; costs: string[]; left: string }, p: Page) {
  return (_m: ChartModule): ChartConfiguration => ({
    type: 'bar',
    data: {
      labels: w.cards,
      datasets: [
        ...d.gets.map((s, i) => ({ type: 'bar' as const, label: w.gets[i], data: s.values, backgroundColor: SERIES[i % SERIES.length], borderColor: '#fff', borderWidth: 1, stack: 'a' })),
        ...d.costs.map((s, i) => ({ type: 'bar' as const, label: w.costs[i], data: s.values.map((v) => -v), backgroundColor: COSTS[i % COSTS.length], borderColor: '#fff', borderWidth: 1, stack: 'a' })),
        // eslint-disable-next-line @typescript-eslint/no-explicit-any -- a mixed bar/line chart
        { type: 'line' as any, label: w.left, data: d.resteAVivre, showLine: false, pointStyle: 'rectRot', pointRadius: 9, pointBackgroundColor: INK, borderColor: INK }
      ]
    },
    options: { ...baseOptions(p.lang, p.rtl), scales: axes(p, {}, true) }
  });
}

/** (2) Money left by hours worked, the offer marked "vous êtes ici", the other cards as dots, cliffs shaded. */
export function curveConfig(d: CurveChart, w: { line: string; cards: string; here: string; hours: (h: number) => string }, p: Page) {
  const offer = d.markers.find((m) => m.card === 'offer');
  return (_m: ChartModule): ChartConfiguration => ({
    type: 'line',
    data: {
      datasets: [
        { label: w.line, data: d.points, borderColor: ACCENT, backgroundColor: ACCENT, borderWidth: 3, pointRadius: 0, pointHitRadius: 6 },
        {
          label: w.cards,
          data: d.markers.map((m) => ({ x: m.x, y: m.y })),
          showLine: false,
          pointRadius: 7,
          pointStyle: 'circle',
          pointBackgroundColor: FOCUS,
          borderColor: INK
        }
      ]
    },
    options: {
      ...baseOptions(p.lang, p.rtl),
      scales: axes(p, { type: 'linear', min: 0, max: 35, ticks: { color: INK, stepSize: 5, callback: (v: number | string) => w.hours(Number(v)) } })
    },
    plugins: [annotate('reprise-curve', d.cliffs.filter((c) => c.kind === 'drop'), offer ? [{ x: offer.x, y: offer.y, text: w.here, line: true }] : [])]
  });
}

/** (3) Money left month by month, as today (dashed) and with the job, changes numbered on the job's line. */
export function timelineConfig(d: TimelineChart, w: { months: string[]; statusQuo: string; offer: string; numbers: { index: number; n: number }[] }, p: Page) {
  return (_m: ChartModule): ChartConfiguration => ({
    type: 'line',
    data: {
      labels: w.months,
      datasets: [
        { label: w.statusQuo, data: d.statusQuo, borderColor: MUTED, backgroundColor: MUTED, borderDash: [6, 5], borderWidth: 2, pointRadius: 3, stepped: 'middle' },
        { label: w.offer, data: d.offer, borderColor: ACCENT, backgroundColor: ACCENT, borderWidth: 3, pointRadius: 4, stepped: 'middle' }
      ]
    },
    options: { ...baseOptions(p.lang, p.rtl), scales: axes(p, { ticks: { color: INK, autoSkip: true, maxRotation: 0 } }) },
    plugins: [annotate('reprise-timeline', [], w.numbers.map((k) => ({ x: k.index, y: d.offer[k.index], text: String(k.n) })))]
  });
}
