/**
 * What every computed amount carries: the inputs it read, the parameters it used (with their sources),
 * the steps in order, and — when nothing is due — the reasons. The explain layer turns these into sentences.
 */
import type { Decimal } from './money';
import type { ResolvedParam } from './rules';

export interface Step {
  /** Stable key: `<slug>.<step>` (the explain layer maps it to an i18n sentence). */
  key: string;
  value: Decimal;
  /** Named quantities the sentence may quote. */
  vars?: Record<string, Decimal | string | number>;
}

export interface Trace {
  inputs: Record<string, Decimal | string | number | boolean>;
  params: ResolvedParam[];
  steps: Step[];
}

export interface Amount {
  /** The benefit slug (same as rules file / module / i18n). */
  slug: string;
  amount: Decimal;
  /** Reason codes when the amount is 0 or reduced (e.g. `rsa.above-ceiling`, `ppa.below-threshold`). */
  reasons: string[];
  trace: Trace;
}

export function newTrace(): Trace {
  return { inputs: {}, params: [], steps: [] };
}

/** True when any parameter used was past its known values. */
export function isStale(t: Trace): boolean {
  return t.params.some((p) => p.stale);
}
