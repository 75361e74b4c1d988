/** The warnings, assumptions and values not published yet of every offer, each once, with the offers it concerns. */
import type { Message, StaleWarning } from '$lib/simulation/types';
import type { Column } from './scenarios';

export interface Note {
  message: Message;
  /** Offer numbers (1-based); all offers when it concerns every one. */
  offers: number[];
}

function collect<T>(cols: readonly Column[], items: (c: Column & { kind: 'ok' }) => readonly T[], key: (x: T) => string): { item: T; offers: number[] }[] {
  const out = new Map<string, { item: T; offers: number[] }>();
  for (const c of cols) {
    if (c.kind !== 'ok' || c.offer === null) continue;
    for (const x of items(c)) {
      const k = key(x);
      const e = out.get(k) ?? { item: x, offers: [] };
      if (!e.offers.includes(c.offer + 1)) e.offers.push(c.offer + 1);
      out.set(k, e);
    }
  }
  return [...out.values()];
}

const messageKey = (m: Message) => JSON.stringify([m.key, m.vars ?? null]);

export function notesOf(cols: readonly Column[]): { warnings: Note[]; hypotheses: Note[]; stale: { item: StaleWarning; offers: number[] }[] } {
  const wrap = (xs: { item: Message; offers: number[] }[]): Note[] => xs.map((x) => ({ message: x.item, offers: x.offers }));
  return {
    warnings: wrap(collect(cols, (c) => c.result.warnings, messageKey)),
    hypotheses: wrap(collect(cols, (c) => c.result.hypotheses, messageKey)),
    stale: collect(cols, (c) => c.result.stale, (s) => s.name)
  };
}
