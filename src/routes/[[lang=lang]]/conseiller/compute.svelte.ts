/**
 * Instant recalculation: whenever an answer changes, each offer is computed again after a short pause (typing a
 * number does not start a computation per keystroke). An offer whose answers did not change reuses its last run;
 * the offers are computed one per task so the page keeps responding, and a newer change cancels an older run.
 */
import type { FieldError } from '$lib/simulation/types';
import type { Desk } from './desk.svelte';
import { runOffer, type DeskModel, type OfferRun } from './model';
import { columnsOf } from './results/scenarios';

const PAUSE_MS = 120;
const CACHE = 16;

export class Compute {
  private readonly desk: Desk;
  private readonly model: () => DeskModel | undefined;
  runs = $state<(OfferRun | undefined)[]>([]);
  busy = $state(false);
  /** Time of the last full computation (ms), for the benchmark and the tests. */
  lastMs = $state(0);
  cols = $derived.by(() => columnsOf(this.runs, this.desk.offers.length));
  /** Each problem once (a household answer is reported by every offer). */
  errors = $derived(dedupe(this.runs.flatMap((r) => r?.errors ?? [])));

  private gen = 0;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private cache = new Map<string, OfferRun>();

  constructor(desk: Desk, model: () => DeskModel | undefined) {
    this.desk = desk;
    this.model = model;
  }

  /** Call from an $effect: reads every answer (so it reruns on any change) and schedules a computation. */
  watch(): () => void {
    const m = this.model();
    JSON.stringify(this.desk.snapshot());
    if (!m) return () => undefined;
    const g = ++this.gen;
    clearTimeout(this.timer);
    this.busy = true;
    this.timer = setTimeout(() => void this.run(m, g), PAUSE_MS);
    return () => clearTimeout(this.timer);
  }

  private async run(m: DeskModel, g: number): Promise<void> {
    const t0 = performance.now();
    let spent = 0;
    const next: OfferRun[] = [];
    for (let i = 0; i < this.desk.offers.length; i++) {
      const state = this.desk.stateFor(i);
      const key = `${i}:${JSON.stringify(state)}`;
      let run = this.cache.get(key);
      if (!run) {
        const t1 = performance.now();
        run = runOffer(m, state, i);
        spent += performance.now() - t1;
        this.remember(key, run);
        await new Promise((r) => setTimeout(r, 0)); // let the page breathe between offers
        if (g !== this.gen) return; // a newer change took over
      }
      next.push(run);
    }
    this.runs = next;
    this.lastMs = Math.round(spent || performance.now() - t0);
    this.busy = false;
    const checked: Record<string, FieldError> = {};
    for (const e of this.errors) checked[e.path] ??= e;
    this.desk.checked = checked;
  }

  private remember(key: string, run: OfferRun): void {
    this.cache.set(key, run);
    if (this.cache.size > CACHE) this.cache.delete(this.cache.keys().next().value!);
  }
}

function dedupe(errors: FieldError[]): FieldError[] {
  const seen = new Set<string>();
  return errors.filter((e) => !seen.has(e.path) && seen.add(e.path));
}
