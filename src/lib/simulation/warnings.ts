/**
 * What the answer must say beside the numbers: parameters not known yet for a month (stale), warnings from the
 * answers and from the engine, amounts the person states that differ from ours, and what not claiming a benefit
 * costs. Keys only (`simulation.warning-…`), the UI writes the sentences.
 */
import { ZERO, arrondiCentime, sum, type Decimal } from '../engine/money';
import type { MonthResult, StaleParam } from '../engine/context';
import type { TimelineResult } from '../engine/timeline';
import { NOT_CLAIMABLE } from './state';
import { ROW_FIELD } from './figures';
import type { Card, EngineInputs, Message, NotClaimedCost, StaleWarning } from './types';

/** Engine warning codes (MonthResult.warnings) → the key the answer shows; others are not about the offer. */
export const ENGINE_WARNINGS: Record<string, string> = {
  'garde.cmg-condition-activite': 'simulation.warning-cmg-activity-condition',
  'transport.fmd-au-dela-exoneration': 'simulation.warning-fmd-above-exemption'
};

/** A stated amount further than this from ours is reported (the CAF rounds and lags; a few euros are noise). */
const ECART = 5;

/** Every stale parameter of the months shown (all scenarios) and of the settled months; the earliest month each. */
export function staleOf(timelines: readonly TimelineResult[], steady: readonly MonthResult[] = []): StaleWarning[] {
  const out = new Map<string, StaleWarning>();
  const add = (s: StaleParam) => {
    const known = out.get(s.name);
    if (!known || s.since < known.since) out.set(s.name, { name: s.name, since: s.since, note: s.note });
  };
  for (const tl of timelines) for (const sc of [tl.statuQuo, tl.offre]) for (const l of sc.lignes) l.stale.forEach(add);
  for (const r of steady) r.stale.forEach(add);
  return [...out.values()].sort((a, b) => (a.since < b.since ? -1 : a.since > b.since ? 1 : a.name < b.name ? -1 : 1));
}

/**
 * What not claiming each benefit costs the offer's household per month: the mean of its amounts over S..S+11 (in
 * the months paid) and its settled amount. Listed when not zero, switched off or not.
 */
export function notClaimedCosts(inputs: EngineInputs, tl: TimelineResult, settledOffer: MonthResult): NotClaimedCost[] {
  const rows = tl.offre.lignes.slice(1, 13);
  const out: NotClaimedCost[] = [];
  for (const slug of NOT_CLAIMABLE) {
    const first12 = sum(rows.map((l) => l[ROW_FIELD[slug]] as Decimal)).div(rows.length);
    const settled = slug === 'prime-activite' ? (settledOffer.benefits['prime-activite']?.amount ?? ZERO) : ZERO;
    if (first12.isZero() && settled.isZero()) continue;
    out.push({ slug, key: `simulation.not-claimed.${slug}`, first12, settled, switchedOff: inputs.notClaimed.includes(slug) });
  }
  return out;
}

export function resultWarnings(inputs: EngineInputs, tl: TimelineResult, cards: readonly Card[], steady: readonly MonthResult[]): Message[] {
  const w: Message[] = [...inputs.warnings];
  const today = tl.statuQuo.lignes[0];
  const c = inputs.checks;
  if (c.saysNoRsa && today.rsa.gt(0)) w.push({ key: 'simulation.warning-rsa-not-claimed-today', vars: { amount: arrondiCentime(today.rsa).toNumber() } });
  const computed = { rsa: today.rsa, 'prime-activite': today.ppa, 'aides-logement': today.aideLogement } as const;
  for (const k of ['rsa', 'prime-activite', 'aides-logement'] as const) {
    const stated = c.stated[k];
    if (stated !== null && computed[k].minus(stated).abs().gt(ECART))
      w.push({ key: 'simulation.warning-stated-differs', vars: { slug: k, stated, computed: arrondiCentime(computed[k]).toNumber() } });
  }
  if (cards.some((x) => x.finContrat !== null)) w.push({ key: 'simulation.warning-settled-assumes-job-continues' });
  const seen = new Set<string>();
  for (const r of steady)
    for (const code of r.warnings) {
      const key = ENGINE_WARNINGS[code];
      if (key && !seen.has(key)) {
        seen.add(key);
        w.push({ key });
      }
    }
  return w;
}
