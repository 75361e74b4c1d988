/**
 * The kiosk's inactivity timer ($lib/kiosk/inactivity.ts) on a fake clock: the question "are you still there?"
 * exactly 90 s after the last input, a 15 s countdown second by second, the wipe at 105 s, "Continuer" starting the
 * watch again, input during the countdown not taken for an answer. Expected times are the (90 s, 15 s).
 */
import { describe, expect, it } from 'vitest';
import { ACTIVITY_EVENTS, IdleTimer, watchActivity, type Clock, type IdleView } from '../../src/lib/kiosk/inactivity';

/** Timers fired in time order as the clock advances (a rescheduled timer fires too if it falls in the span). */
class FakeClock implements Clock {
  t = 0;
  private seq = 0;
  private timers = new Map<number, { at: number; fn: () => void }>();
  now = () => this.t;
  setTimeout = (fn: () => void, ms: number) => {
    this.timers.set(++this.seq, { at: this.t + ms, fn });
    return this.seq;
  };
  clearTimeout = (id: unknown) => void this.timers.delete(id as number);
  get pending() {
    return this.timers.size;
  }
  advance(ms: number) {
    const end = this.t + ms;
    for (;;) {
      const next = [...this.timers].filter(([, x]) => x.at <= end).sort((a, b) => a[1].at - b[1].at || a[0] - b[0])[0];
      if (!next) break;
      this.timers.delete(next[0]);
      this.t = next[1].at;
      next[1].fn();
    }
    this.t = end;
  }
  /** Time jumps (a machine asleep): the timers due fire once, late, at the new time (Playwright's fastForward). */
  jump(ms: number) {
    this.t += ms;
    const due = [...this.timers].filter(([, x]) => x.at <= this.t).sort((a, b) => a[1].at - b[1].at || a[0] - b[0]);
    for (const [id, x] of due) {
      this.timers.delete(id);
      x.fn();
    }
  }
}

function setup(idleMs = 90_000, countdownMs = 15_000) {
  const clock = new FakeClock();
  const views: IdleView[] = [];
  let expired = 0;
  const timer = new IdleTimer({ idleMs, countdownMs, clock, onChange: (v) => views.push(v), onExpire: () => expired++ });
  return { clock, views, timer, expired: () => expired, last: () => views.at(-1) };
}

describe('IdleTimer', () => {
  it('asks at 90 s without input, counts 15 s down second by second, and expires at 105 s, once', () => {
    const s = setup();
    s.timer.start();
    s.clock.advance(89_999);
    expect(s.last()).toEqual({ phase: 'watching' });
    s.clock.advance(1);
    expect(s.last()).toEqual({ phase: 'warning', secondsLeft: 15 });
    const seen: number[] = [];
    for (let i = 0; i < 14; i++) {
      s.clock.advance(1_000);
      const v = s.last();
      if (v?.phase === 'warning') seen.push(v.secondsLeft);
    }
    expect(seen).toEqual([14, 13, 12, 11, 10, 9, 8, 7, 6, 5, 4, 3, 2, 1]);
    expect(s.expired()).toBe(0);
    s.clock.advance(999);
    expect(s.expired()).toBe(0);
    s.clock.advance(1); // 90 s + 15 s
    expect(s.last()).toEqual({ phase: 'expired' });
    expect(s.expired()).toBe(1);
    s.clock.advance(600_000);
    expect(s.expired()).toBe(1);
    expect(s.clock.pending).toBe(0);
  });

  it('every input while watching starts the 90 s again', () => {
    const s = setup();
    s.timer.start();
    s.clock.advance(60_000);
    s.timer.activity(); // at 60 s
    s.clock.advance(89_000); // 149 s: 89 s after the input
    expect(s.timer.phase).toBe('watching');
    s.clock.advance(1_000); // 150 s = 60 + 90
    expect(s.last()).toEqual({ phase: 'warning', secondsLeft: 15 });
  });

  it('input during the countdown is not an answer; "Continuer" is, and the next question comes 90 s later', () => {
    const s = setup();
    s.timer.start();
    s.clock.advance(95_000);
    s.timer.activity();
    expect(s.last()).toEqual({ phase: 'warning', secondsLeft: 10 });
    s.timer.keepGoing();
    expect(s.last()).toEqual({ phase: 'watching' });
    s.clock.advance(89_999);
    expect(s.timer.phase).toBe('watching');
    s.clock.advance(1);
    expect(s.timer.phase).toBe('warning');
    expect(s.expired()).toBe(0);
  });

  it('keepGoing() outside the countdown changes nothing; stop() silences everything', () => {
    const s = setup();
    s.timer.start();
    s.clock.advance(30_000);
    s.timer.keepGoing(); // not a new start: the question still comes 90 s after the start
    s.clock.advance(60_000);
    expect(s.timer.phase).toBe('warning');
    s.timer.stop();
    expect(s.last()).toEqual({ phase: 'stopped' });
    s.clock.advance(600_000);
    expect(s.expired()).toBe(0);
    expect(s.clock.pending).toBe(0);
  });

  it('a long sleep (one late timer) still gives the visitor the whole countdown', () => {
    const s = setup();
    s.timer.start();
    s.clock.jump(400_000); // the machine slept: the timer fires late, once
    expect(s.last()).toEqual({ phase: 'warning', secondsLeft: 15 });
    s.clock.jump(15_000);
    expect(s.expired()).toBe(1);
  });

  it('other delays (an installation setting, the tests)', () => {
    const s = setup(30_000, 5_000);
    s.timer.start();
    s.clock.advance(30_000);
    expect(s.last()).toEqual({ phase: 'warning', secondsLeft: 5 });
    s.clock.advance(5_000);
    expect(s.expired()).toBe(1);
  });
});

describe('watchActivity', () => {
  it('hears pointer, keys, touch, wheel, scroll and typing, and stops hearing when asked', () => {
    const target = new EventTarget();
    let n = 0;
    const stop = watchActivity(target, () => n++);
    expect(ACTIVITY_EVENTS).toEqual(expect.arrayContaining(['pointerdown', 'keydown', 'touchstart', 'scroll', 'wheel']));
    for (const e of ACTIVITY_EVENTS) target.dispatchEvent(new Event(e));
    expect(n).toBe(ACTIVITY_EVENTS.length);
    target.dispatchEvent(new Event('focus'));
    expect(n).toBe(ACTIVITY_EVENTS.length);
    stop();
    for (const e of ACTIVITY_EVENTS) target.dispatchEvent(new Event(e));
    expect(n).toBe(ACTIVITY_EVENTS.length);
  });
});
