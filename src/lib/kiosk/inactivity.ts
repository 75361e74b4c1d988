/**
 * The kiosk's inactivity timer: after `idleMs` without any input it warns ("Vous êtes toujours là ?") with a
 * countdown of `countdownMs`, then expires (the page wipes the visitor). Input while watching only records the
 * time (no timer churn on every pointer move); while warning, only `keepGoing()` — the "Continuer" button —
 * stops the countdown. The clock is injected, so tests drive it without waiting.
 */
export interface Clock {
  now(): number;
  setTimeout(fn: () => void, ms: number): unknown;
  clearTimeout(id: unknown): void;
}

export type IdleView =
  | { readonly phase: 'stopped' }
  | { readonly phase: 'watching' }
  | { readonly phase: 'warning'; readonly secondsLeft: number }
  | { readonly phase: 'expired' };

export interface IdleOptions {
  idleMs: number;
  countdownMs: number;
  /** Every change of phase, and every second of the countdown. */
  onChange: (view: IdleView) => void;
  onExpire: () => void;
  clock?: Clock;
}

const browserClock: Clock = {
  now: () => Date.now(),
  setTimeout: (fn, ms) => globalThis.setTimeout(fn, ms),
  clearTimeout: (id) => globalThis.clearTimeout(id as ReturnType<typeof setTimeout>)
};

export class IdleTimer {
  private view: IdleView = { phase: 'stopped' };
  private lastInput = 0;
  private endsAt = 0;
  private timer: unknown;
  private readonly clock: Clock;

  constructor(private readonly o: IdleOptions) {
    this.clock = o.clock ?? browserClock;
  }

  get phase(): IdleView['phase'] {
    return this.view.phase;
  }

  /** Starts watching (or watches again) from now. */
  start(): void {
    this.lastInput = this.clock.now();
    this.set({ phase: 'watching' });
    this.schedule(this.o.idleMs);
  }

  /** Any input from the visitor (pointer, key, touch, scroll). */
  activity(): void {
    if (this.view.phase === 'watching') this.lastInput = this.clock.now();
  }

  /** "Continuer": the visitor is there; the answers stay and the watch starts again. */
  keepGoing(): void {
    if (this.view.phase === 'warning') this.start();
  }

  stop(): void {
    this.cancel();
    if (this.view.phase !== 'stopped') this.set({ phase: 'stopped' });
  }

  private tick(): void {
    const now = this.clock.now();
    if (this.view.phase === 'watching') {
      const quiet = now - this.lastInput;
      if (quiet < this.o.idleMs) return this.schedule(this.o.idleMs - quiet);
      this.endsAt = now + this.o.countdownMs;
    } else if (this.view.phase !== 'warning') return;
    const left = this.endsAt - now;
    if (left <= 0) {
      this.cancel();
      this.set({ phase: 'expired' });
      this.o.onExpire();
      return;
    }
    this.set({ phase: 'warning', secondsLeft: Math.ceil(left / 1000) });
    this.schedule(left % 1000 || 1000); // the next whole second of the countdown
  }

  private schedule(ms: number): void {
    this.cancel();
    this.timer = this.clock.setTimeout(() => this.tick(), ms);
  }

  private cancel(): void {
    if (this.timer !== undefined) this.clock.clearTimeout(this.timer);
    this.timer = undefined;
  }

  private set(view: IdleView): void {
    this.view = view;
    this.o.onChange(view);
  }
}

/** What counts as the visitor being there. `scroll` does not bubble: listening in the capture phase catches all. */
export const ACTIVITY_EVENTS = ['pointerdown', 'pointermove', 'keydown', 'touchstart', 'wheel', 'scroll', 'input'] as const;

/** Calls `onActivity` on every input; returns the function that stops listening. */
export function watchActivity(target: Pick<EventTarget, 'addEventListener' | 'removeEventListener'>, onActivity: () => void): () => void {
  const opts: AddEventListenerOptions = { capture: true, passive: true };
  const listener = () => onActivity();
  for (const e of ACTIVITY_EVENTS) target.addEventListener(e, listener, opts);
  return () => {
    for (const e of ACTIVITY_EVENTS) target.removeEventListener(e, listener, opts);
  };
}
