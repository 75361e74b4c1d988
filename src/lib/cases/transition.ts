/**
 * Transition cases (`"transition": {…}` in the reference format): a month-by-month series around a job start.
 * Hook for the timeline module: until it lands, a transition case is refused for that case only.
 */
import type { Rules } from '$lib/engine/rules';
import type { Out } from './output';

export function runTransition(raw: { id?: unknown }, rules: Rules): Out {
  void rules;
  return { id: raw.id ?? null, error: 'unsupported_situation: les cas de transition (série mois par mois) ne sont pas encore calculés.' };
}
