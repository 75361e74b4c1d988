/**
 * Transition cases (`"transition": {…}` in the reference format): a month-by-month series around a job start,
 * computed by the timeline ($lib/engine/timeline): `series` = the offer scenario from S − months_before to
 * S + months_after, each month with the reference output fields plus the one-off aids of the month.
 */
import { EngineError } from '$lib/engine/errors';
import type { Rules } from '$lib/engine/rules';
import { timeline } from '$lib/engine/timeline';
import { parseTransition, serieCas } from '$lib/engine/timeline/cas';
import { errorOutput, type Out } from './output';

export function runTransition(raw: { id?: unknown }, rules: Rules): Out {
  const id = raw.id ?? null;
  try {
    const p = parseTransition(raw, rules);
    if (!p.ok) return errorOutput(id, p.error);
    const v = p.value;
    return { id, series: serieCas(timeline(rules, v.household, v.situation, v.offre, v.start, v.options)) };
  } catch (e) {
    if (e instanceof EngineError) return errorOutput(id, e);
    throw e;
  }
}
