/**
 * One reference case → its output object, or `{id, error: "<code>: <message>"}` for that case only.
 * Steady cases: the same income every month since January of M−2 (reference README), computed for month M.
 */
import { EngineError } from '$lib/engine/errors';
import { parseHousehold } from '$lib/engine/input';
import { computeSteady } from '$lib/engine/compute';
import type { Rules } from '$lib/engine/rules';
import { errorOutput, steadyOutput, type Out } from './output';
import { runTransition } from './transition';
import { areStable } from '$lib/engine/timeline/cas';

export function runCase(raw: unknown, rules: Rules): Out {
  const c = (raw !== null && typeof raw === 'object' ? raw : {}) as { id?: unknown; transition?: unknown };
  const id = typeof c.id === 'string' || typeof c.id === 'number' ? c.id : null;
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) return errorOutput(id, new EngineError('invalid_input', 'Un cas doit être un objet JSON.'));
  if (c.transition !== undefined) return runTransition(c, rules);
  try {
    const p = parseHousehold(raw, rules);
    if (!p.ok) return errorOutput(id, p.error);
    const { household, incomes, month, couts } = p.value;
    // ARE given as rights (`are`): the month's ARE with the salary (cumul) replaces chomage_brut (timeline/cas.ts).
    const withAre = (raw as { adults?: unknown[] }).adults?.some((a) => a !== null && typeof a === 'object' && 'are' in a);
    const are = withAre ? areStable(raw, rules, month, household, incomes) : null;
    const out = steadyOutput(id, computeSteady(rules, household, are?.incomes ?? incomes, month, false, couts), raw);
    if (are) (out.adults as Out[]).forEach((a, i) => Object.assign(a, are.champs[i]));
    return out;
  } catch (e) {
    // A user error raised deep in the engine (e.g. a parameter not defined for the month) stays a typed error.
    if (e instanceof EngineError) return errorOutput(id, e);
    throw e;
  }
}

export function runCases(cases: unknown[], rules: Rules): Out[] {
  return cases.map((c) => runCase(c, rules));
}
