/**
 * The columns of the comparison: the status quo (as computed with the first offer that could be computed) and each
 * offer — its card, or why it has none (answers to complete, a situation not modelled, still computing).
 */
import { t } from '$lib/i18n';
import type { Card, CardId, SimulationResult } from '$lib/simulation/types';
import type { OfferRun } from '../model';

export type Column =
  | { kind: 'ok'; key: string; offer: number | null; card: Card; cardId: CardId; result: SimulationResult }
  | { kind: 'missing' | 'out-of-scope' | 'pending'; key: string; offer: number };

export function columnsOf(runs: readonly (OfferRun | undefined)[], offers: number): Column[] {
  const cols: Column[] = [];
  let base: SimulationResult | undefined;
  for (let i = 0; i < offers; i++) {
    const run = runs[i];
    const o = run?.outcome;
    if (!run) cols.push({ kind: 'pending', key: `o${i}`, offer: i });
    else if (o?.kind === 'result') {
      base ??= o.result;
      cols.push({ kind: 'ok', key: `o${i}`, offer: i, card: o.result.cards[1], cardId: 'offer', result: o.result });
    } else if (o?.kind === 'out-of-scope') cols.push({ kind: 'out-of-scope', key: `o${i}`, offer: i });
    else cols.push({ kind: 'missing', key: `o${i}`, offer: i });
  }
  if (!base) return cols;
  return [{ kind: 'ok', key: 'sq', offer: null, card: base.cards[0], cardId: 'status-quo', result: base }, ...cols];
}

/** A column's name: the status quo, or "Offre 2". */
export function columnName(c: Column): string {
  return c.offer === null ? t('sim.cards.statusQuo') : t('conseiller.offer.title', { n: c.offer + 1 });
}

/** The first computed result (rules used, months, caveats). */
export function firstResult(cols: readonly Column[]): SimulationResult | undefined {
  const c = cols.find((x) => x.kind === 'ok');
  return c?.kind === 'ok' ? c.result : undefined;
}
