/**
 * The simulation model, the engine and the rules, loaded once, lazily: the questions show at once, the ~100 kB of
 * engine and rules arrive while the person answers (one same-origin code chunk, fixed address).
 */
import type { FormState } from '$lib/simulation/state';
import type { Curve } from '$lib/simulation/curve';
import type { Explanation } from '$lib/simulation/explain';
import type { CardId, FieldError, Message, SimulationOutcome, SimulationResult } from '$lib/simulation/types';

export interface Model {
  simulate(state: FormState): SimulationOutcome;
  check(state: FormState): FieldError[];
  /** "Why this amount": the settled month of a card, traced (computed on demand). */
  explain(result: SimulationResult, card: CardId, slug: string): Explanation[];
  /** "Ce n'est pas ce que la CAF me verse ?" for one benefit. */
  cafCauses(result: SimulationResult, slug: string): Message[];
  /** Money left by hours worked, 0 → 35 h, with its cliffs. */
  curve(result: SimulationResult): Curve;
  /** 'YYYY-MM' of today (the page's clock: the model has none). */
  currentMonth: string;
}

/** Today's month from the device clock. */
export function currentMonthString(now = new Date()): string {
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}`;
}

let pending: Promise<Model> | undefined;

export function loadModel(): Promise<Model> {
  pending ??= Promise.all([
    import('$lib/simulation/simulate'),
    import('$lib/simulation/check'),
    import('$lib/engine/rules/load'),
    import('$lib/engine/month'),
    import('$lib/simulation/explain'),
    import('$lib/simulation/curve')
  ]).then(([{ simulate }, { checkState }, { rules }, { monthIndex }, explain, { curve }]) => {
    const r = rules();
    const currentMonth = currentMonthString();
    return {
      simulate: (state) => simulate(state, r, currentMonth),
      check: (state) => checkState(state, r, monthIndex(currentMonth)),
      explain: (result, card, slug) => explain.explainSettled(r, result, card, slug),
      cafCauses: (result, slug) => explain.cafCauses(result, slug),
      curve: (result) => curve(r, result),
      currentMonth
    };
  });
  pending.catch(() => (pending = undefined)); // offline without the chunk: try again next time
  return pending;
}
