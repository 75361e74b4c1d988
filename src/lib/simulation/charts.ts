/**
 * Chart data (plain numbers, rounded to the cent, at this boundary only): pure functions from a simulation result
 * (and its curve) to what chart.js draws, each with a caption sentence (key + vars) and a table for the text
 * alternative. Labels are i18n keys. Data is in time / hours order; a right-to-left page mirrors it in the UI.
 *  1. `barsChart`: per card, what you get (net salary, unemployment benefit, each benefit) and what working costs
 *     (childcare after the CMG, transport after the employer's share) — the 12-month average or the settled month;
 *  2. `curveChart`: money left by hours worked, the cards marked, the cliffs as shaded ranges;
 *  3. `timelineChart`: money left month by month, status quo vs offer, with each change labelled.
 */
import { ZERO, arrondiCentime, sum, type Decimal } from '../engine/money';
import { monthString } from '../engine/month';
import type { Changement } from '../engine/timeline';
import { BENEFIT_KEYS, type CardId, type Figures, type Message, type SimulationResult } from './types';
import type { Curve } from './curve';
import { rowFigures } from './figures';

const n = (x: Decimal): number => arrondiCentime(x).toNumber();

export type Cell =
  | { kind: 'money'; value: number }
  | { kind: 'hours'; value: number }
  | { kind: 'month'; value: string }
  | { kind: 'text'; messages: Message[] };

export interface Table {
  columns: Message[];
  rows: { header: Cell; cells: Cell[] }[];
}

export interface ChartText {
  /** The chart's title: a sentence. */
  caption: Message;
  table: Table;
}

export interface BarSeries {
  key: string;
  /** One value per card, in the cards' order (≥ 0; costs are drawn below zero by the UI). */
  values: number[];
}

export interface BarsChart extends ChartText {
  cards: { id: CardId; label: Message }[];
  gets: BarSeries[];
  costs: BarSeries[];
  /** Money left per card (the cards' figure), for a marker on each bar. */
  resteAVivre: number[];
}

export const cardLabel = (id: CardId, hours: number): Message => ({ key: `chart.card.${id}`, vars: { hours } });
const money = (value: number): Cell => ({ kind: 'money', value });
const text = (key: string, vars?: Message['vars']): Cell => ({ kind: 'text', messages: [vars ? { key, vars } : { key }] });

export function barsChart(result: SimulationResult, which: 'first12' | 'settled' = 'first12'): BarsChart {
  const figs: Figures[] = result.cards.map((c) => c[which]);
  const series = (key: string, get: (f: Figures) => Decimal | undefined): BarSeries => ({ key, values: figs.map((f) => n(get(f) ?? ZERO)) });
  const gets = [series('chart.bars.salaire', (f) => f.salaireNet), series('chart.bars.chomage', (f) => f.chomage)];
  for (const k of BENEFIT_KEYS) if (figs.some((f) => f.benefits[k] !== undefined)) gets.push(series(`chart.bars.benefit.${k}`, (f) => f.benefits[k]));
  const keep = (s: BarSeries) => s.values.some((v) => v !== 0);
  const g = gets.filter(keep);
  const c = [series('chart.bars.garde', (f) => f.garde), series('chart.bars.transport', (f) => f.transport)].filter(keep);
  const cards = result.cards.map((x) => ({ id: x.id, label: cardLabel(x.id, x.hoursPerWeek) }));
  const total = (list: BarSeries[], i: number) => n(sum(list.map((s) => arrondiCentime(ZERO.plus(s.values[i])))));
  return {
    cards,
    gets: g,
    costs: c,
    resteAVivre: figs.map((f) => n(f.resteAVivre)),
    caption: { key: `chart.bars.caption-${which}`, vars: { hours: result.cards[1].hoursPerWeek, gets: total(g, 1), costs: total(c, 1) } },
    table: {
      columns: [{ key: 'chart.table.amount' }, ...cards.map((x) => x.label)],
      rows: [
        ...g.map((s) => ({ header: text(s.key), cells: s.values.map(money) })),
        ...c.map((s) => ({ header: text(s.key), cells: s.values.map((v) => money(-v)) })),
        { header: text('chart.bars.reste-a-vivre'), cells: figs.map((f) => money(n(f.resteAVivre))) }
      ]
    }
  };
}

export interface CurveChart extends ChartText {
  points: { x: number; y: number }[];
  markers: { x: number; y: number; card: CardId; label: Message }[];
  /** Ranges to shade, each with its plain-words reason. */
  cliffs: { from: number; to: number; kind: 'drop' | 'ends'; label: Message }[];
}

/** Hours listed in the curve's table: every 5 h, the cards' hours and both ends of each cliff. */
function tableHours(c: Curve): Set<number> {
  const hs = new Set<number>();
  for (const p of c.points) if (p.hours % 5 === 0) hs.add(p.hours);
  for (const m of c.markers) hs.add(m.hours);
  for (const k of c.cliffs) hs.add(k.from).add(k.to);
  return hs;
}

export function curveChart(c: Curve): CurveChart {
  const points = c.points.map((p) => ({ x: p.hours, y: n(p.figures.resteAVivre) }));
  const at = (h: number) => points.find((p) => p.x === h);
  const markers = c.markers.filter((m) => at(m.hours)).map((m) => ({ x: m.hours, y: at(m.hours)!.y, card: m.card, label: cardLabel(m.card, m.hours) }));
  const cliffs = c.cliffs.map((k) => ({ from: k.from, to: k.to, kind: k.kind, label: { key: k.key, vars: { from: k.from, to: k.to, loss: n(k.loss) } } }));
  const hs = tableHours(c);
  const drops = c.cliffs.filter((k) => k.kind === 'drop').length;
  return {
    points,
    markers,
    cliffs,
    caption: { key: drops ? 'chart.curve.caption-cliffs' : 'chart.curve.caption', vars: { hourly: n(c.horaireBrut), cliffs: drops, max: points[points.length - 1]?.x ?? 0 } },
    table: {
      columns: [{ key: 'chart.table.hours' }, { key: 'chart.table.reste-a-vivre' }, { key: 'chart.table.note' }],
      rows: c.points
        .filter((p) => hs.has(p.hours))
        .map((p) => ({
          header: { kind: 'hours', value: p.hours } as Cell,
          cells: [
            money(n(p.figures.resteAVivre)),
            {
              kind: 'text',
              messages: [
                ...markers.filter((m) => m.x === p.hours).map((m) => m.label),
                ...cliffs.filter((k) => k.to === p.hours).map((k) => k.label)
              ]
            } as Cell
          ]
        }))
    }
  };
}

export interface TimelineChart extends ChartText {
  months: string[];
  statusQuo: number[];
  offer: number[];
  /** Each change of the offer's scenario (then of the status quo), at its month's index. */
  changes: { index: number; month: string; scenario: 'offer' | 'status-quo'; label: Message }[];
}

const changeLabel = (c: Changement): Message => ({ key: c.code, vars: { before: n(c.avant), after: n(c.apres) } });

export function timelineChart(result: SimulationResult): TimelineChart {
  const tl = result.timeline;
  const { charges, notClaimed } = result.inputs;
  const reste = (s: 'statuQuo' | 'offre') => tl[s].lignes.map((l) => rowFigures(l, charges, notClaimed).resteAVivre);
  const sqD = reste('statuQuo');
  const ofD = reste('offre');
  const sq = sqD.map(n);
  const of = ofD.map(n);
  const changes: TimelineChart['changes'] = [];
  for (const [scenario, s] of [['offer', 'offre'], ['status-quo', 'statuQuo']] as const)
    tl[s].lignes.forEach((l, index) => {
      if (index === 0) return;
      for (const c of l.changements) changes.push({ index, month: monthString(l.month), scenario, label: changeLabel(c) });
    });
  return {
    months: result.months,
    statusQuo: sq,
    offer: of,
    changes,
    caption: { key: 'chart.timeline.caption', vars: { gain: n(result.headline.gainFirst12), from: result.headline.from, to: result.headline.to } },
    table: {
      columns: [{ key: 'chart.table.month' }, { key: 'chart.table.status-quo' }, { key: 'chart.table.offer' }, { key: 'chart.table.difference' }, { key: 'chart.table.changes' }],
      rows: result.months.map((m, i) => ({
        header: { kind: 'month', value: m } as Cell,
        cells: [
          money(sq[i]),
          money(of[i]),
          money(n(ofD[i].minus(sqD[i]))),
          { kind: 'text', messages: changes.filter((c) => c.index === i && c.scenario === 'offer').map((c) => c.label) } as Cell
        ]
      }))
    }
  };
}
