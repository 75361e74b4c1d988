/**
 * The counsellor's model: the resident journey's (simulate, check, explain — one lazily loaded chunk, fixed address)
 * and the rules themselves (the months that can be simulated, each parameter's unit and source).
 */
import type { Rules } from '$lib/engine/rules';
import type { FormState } from '$lib/simulation/state';
import type { FieldError, SimulationOutcome } from '$lib/simulation/types';
import { validateState } from '$lib/simulation/validate';
import { loadModel, type Model } from '../simulation/model';
import { deskPath } from './desk.svelte';

export interface DeskModel extends Model {
  rules: Rules;
  /** The last month the engine covers ('YYYY-MM'). */
  lastMonth: string;
}

let pending: Promise<DeskModel> | undefined;
export function loadDeskModel(): Promise<DeskModel> {
  pending ??= Promise.all([loadModel(), import('$lib/engine/rules/load'), import('$lib/engine/input')]).then(([m, { rules }, { LAST_MONTH }]) => ({
    ...m,
    rules: rules(),
    lastMonth: LAST_MONTH
  }));
  pending.catch(() => (pending = undefined));
  return pending;
}

/** One offer computed: its errors (desk paths) or the model's outcome. */
export interface OfferRun {
  errors: FieldError[];
  outcome: SimulationOutcome | null;
}

/** Shape, then the answers other answers require, then the simulation (never throws on answers). */
export function runOffer(model: DeskModel, state: FormState, i: number): OfferRun {
  const atDesk = (errors: readonly FieldError[]) => errors.map((e) => ({ ...e, path: deskPath(e.path, i) }));
  const v = validateState(state);
  const errors = v.ok ? model.check(v.state) : v.errors;
  if (errors.length > 0) return { errors: atDesk(errors), outcome: null };
  const outcome = model.simulate(state);
  return { errors: outcome.kind === 'invalid' ? atDesk(outcome.errors) : [], outcome };
}

/**
 * Months that can be simulated (the rules' first month + 1, so that S−1 has rules, to `last`), each with the number
 * of parameters whose value for that month is not published yet (the month is then "stale": last known values).
 */
export function monthsOf(rules: Rules, last: number): { month: number; stale: number }[] {
  const names = rules.names();
  const out: { month: number; stale: number }[] = [];
  for (let m = rules.firstMonth + 1; m <= last; m++) {
    let stale = 0;
    for (const n of names) {
      try {
        if (rules.get(n, m).stale) stale++;
      } catch {
        // a parameter that starts later than the rules' first month: not stale, just not in force yet
      }
    }
    out.push({ month: m, stale });
  }
  return out;
}
