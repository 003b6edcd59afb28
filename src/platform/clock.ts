import { useEffect, useState } from 'preact/hooks';
import { CLOCK_JUMP_MS } from '../domain/log/clock-changes';
import { writable, type Observable } from '../lib/observable';

// The only place the app reads the real clock. Domain code receives `now` as an argument.
//
// Session time is the device clock kept honest by the monotonic clock (`performance.now()`)
// while the page lives: if someone sets the device clock back, session time keeps counting the
// time that really passed, so the check-in alarm stays on time. A jump forward is followed (a
// phone that slept really did lose that time, and an early alarm is the safe mistake). Session
// time never runs backwards, and every jump larger than CLOCK_JUMP_MS is reported so the session
// log can record it.

/** A device clock this far behind the monotonic count is taken as set back. */
const SETBACK_MS = 2000;

/** A change of the device clock, seen by comparing it with the monotonic clock. */
export interface ClockJump {
  /** Session time when it was noticed. */
  at: number;
  /** Device clock minus where it should have been: negative when set back. */
  deltaMs: number;
  /** Session time minus device time from now on. */
  offsetMs: number;
  /** The device clock when it was noticed. */
  wallAt: number;
}

/** Session time for one page (see above); `wall` and `mono` are injectable for tests. */
export class SessionClock {
  private offset = 0;
  private last: { t: number; mono: number } | undefined;
  private readonly latest = writable<ClockJump | undefined>(undefined);
  /** The latest jump seen (a new object each time). */
  readonly jumps: Observable<ClockJump | undefined> = this.latest;

  constructor(
    private readonly wall: () => number = () => Date.now(),
    private readonly mono: () => number = () => performance.now(),
  ) {}

  /** Session time, epoch ms, whole (the log stores whole milliseconds). */
  now(): number {
    return Math.floor(this.exactNow());
  }

  /** Session time with the monotonic clock's fraction of a millisecond, which is carried on. */
  private exactNow(): number {
    const m = this.mono();
    const wall = this.wall();
    const fromWall = wall + this.offset;
    if (!this.last) {
      this.last = { t: fromWall, mono: m };
      return fromWall;
    }
    const expected = this.last.t + (m - this.last.mono);
    const drift = fromWall - expected;
    // Set back: keep counting from the monotonic clock. Smaller wobbles (a coarse or slewed
    // device clock) only hold session time still for a moment; counting them in the offset
    // would ratchet session time ahead a little on every tick.
    if (drift < -SETBACK_MS) this.offset -= drift;
    const t = drift < -SETBACK_MS ? expected : Math.max(fromWall, this.last.t);
    this.last = { t, mono: m };
    if (Math.abs(drift) > CLOCK_JUMP_MS)
      this.latest.set({
        at: Math.floor(t),
        deltaMs: Math.round(drift),
        offsetMs: Math.round(this.offset),
        wallAt: wall,
      });
    return t;
  }

  /**
   * Continue a session after a reload: apply the offset its log last recorded and never run
   * earlier than its last entry (the device clock may have been set back while Sitwell was closed).
   */
  resume(offsetMs: number, notBefore: number): void {
    this.offset = offsetMs;
    this.last = undefined;
    const wall = this.wall();
    const short = notBefore - (wall + offsetMs);
    if (short <= 0) return;
    this.offset += short;
    if (short > CLOCK_JUMP_MS)
      this.latest.set({ at: notBefore, deltaMs: -short, offsetMs: this.offset, wallAt: wall });
  }

  /** Follow the device clock again (no session running). */
  reset(): void {
    this.offset = 0;
    this.last = undefined;
  }

  /** Session time minus device time. */
  get offsetMs(): number {
    return this.offset;
  }
}

/** This page's session clock. */
export const sessionClock = new SessionClock();

/** Current session time, epoch ms. */
export function now(): number {
  return sessionClock.now();
}

/** Where the second ticks fall: the next due time's millisecond phase, so both line up. */
const tickPhase = writable(0);

/**
 * Line every `useNow` tick up with `at` (a due time): the countdown then turns over exactly on its
 * seconds and the alarm is raised on the due time itself, not up to a second later.
 */
export function alignTicksTo(at: number): void {
  tickPhase.set(((at % 1000) + 1000) % 1000);
}

/** Milliseconds from `t` to the next tick of period `everyMs` at `phase` (never 0). */
export function msToNextTick(t: number, everyMs: number, phase: number): number {
  const wait = (((phase - t) % everyMs) + everyMs) % everyMs;
  // On a tick: the next one. A timer that fired a millisecond early waits that millisecond
  // rather than a whole period (which would make the alarm a second late).
  return wait === 0 ? everyMs : wait;
}

/**
 * The current time, re-read on ticks of `everyMs` aligned to the due time (see alignTicksTo), and
 * at once whenever the page comes back (visible again, restored, focused): timers are throttled
 * or frozen in the background, so the true state must be recomputed the moment the sitter looks.
 */
export function useNow(everyMs = 1000): number {
  const [t, setT] = useState(now);
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const tick = (): void => {
      clearTimeout(timer);
      const current = now();
      setT(current);
      timer = setTimeout(tick, msToNextTick(current, everyMs, tickPhase.get()));
    };
    tick();
    const stopPhase = tickPhase.subscribe(tick);
    document.addEventListener('visibilitychange', tick);
    addEventListener('pageshow', tick);
    addEventListener('focus', tick);
    return () => {
      clearTimeout(timer);
      stopPhase();
      document.removeEventListener('visibilitychange', tick);
      removeEventListener('pageshow', tick);
      removeEventListener('focus', tick);
    };
  }, [everyMs]);
  return t;
}
