import { describe, expect, it } from 'vitest';
import { msToNextTick, SessionClock, type ClockJump } from '../../src/platform/clock';

// Session time: the device clock, kept honest by the monotonic clock while the page lives.

const T0 = Date.UTC(2026, 10, 22, 14, 0);
const MIN = 60_000;

function fakeClocks() {
  const c = { wall: T0, mono: 1000 };
  const clock = new SessionClock(
    () => c.wall,
    () => c.mono,
  );
  const jumps: ClockJump[] = [];
  clock.jumps.subscribe((j) => j && jumps.push(j));
  const pass = (ms: number): void => {
    c.wall += ms;
    c.mono += ms;
  };
  return { c, clock, jumps, pass };
}

describe('SessionClock', () => {
  it('is the device clock while nothing odd happens', () => {
    const { clock, pass, jumps } = fakeClocks();
    expect(clock.now()).toBe(T0);
    pass(13 * MIN);
    expect(clock.now()).toBe(T0 + 13 * MIN);
    expect(jumps).toEqual([]);
  });

  it('keeps counting real time when the device clock is set back an hour, and reports it', () => {
    const { c, clock, pass, jumps } = fakeClocks();
    clock.now();
    pass(2 * MIN);
    c.wall -= 60 * MIN;
    expect(clock.now()).toBe(T0 + 2 * MIN);
    expect(jumps).toEqual([
      { at: T0 + 2 * MIN, deltaMs: -60 * MIN, offsetMs: 60 * MIN, wallAt: T0 - 58 * MIN },
    ]);
    // Thirteen real minutes later, session time says so (the alarm is due on time).
    pass(13 * MIN);
    expect(clock.now()).toBe(T0 + 15 * MIN);
    expect(clock.offsetMs).toBe(60 * MIN);
    expect(jumps).toHaveLength(1);
  });

  it('follows a jump ahead (the phone may have slept) and reports it', () => {
    const { c, clock, jumps } = fakeClocks();
    clock.now();
    c.wall += 60 * MIN + 1000;
    c.mono += 1000;
    expect(clock.now()).toBe(T0 + 60 * MIN + 1000);
    expect(jumps.map((j) => j.deltaMs)).toEqual([60 * MIN]);
  });

  it('never runs backwards, and does not report ordinary drift', () => {
    const { c, clock, jumps } = fakeClocks();
    let last = clock.now();
    for (let i = 0; i < 100; i++) {
      c.mono += 1000;
      c.wall += i % 2 === 0 ? 1000 - 40 : 1000 + 30;
      const t = clock.now();
      expect(t).toBeGreaterThanOrEqual(last);
      last = t;
    }
    expect(jumps).toEqual([]);
  });

  it('gives whole milliseconds, carrying the monotonic clock’s fractions on', () => {
    const { c, clock } = fakeClocks();
    clock.now();
    c.wall -= 60 * MIN; // set back: session time now runs on the monotonic clock
    for (let i = 0; i < 1000; i++) {
      c.mono += 0.6;
      if (i % 5 === 0) c.wall += 3;
      expect(Number.isInteger(clock.now())).toBe(true);
    }
    // 600 ms passed on both clocks: nothing lost to rounding, and the wobble between the two
    // (the device clock moves in 3 ms steps) did not ratchet session time ahead.
    expect(clock.now()).toBeGreaterThanOrEqual(T0 + 597);
    expect(clock.now()).toBeLessThanOrEqual(T0 + 600);
  });

  it('resumes after a reload from the offset the log recorded, and never before its last entry', () => {
    const { clock, jumps } = fakeClocks();
    clock.resume(60 * MIN, T0 + 50 * MIN);
    expect(clock.now()).toBe(T0 + 60 * MIN);
    expect(jumps).toEqual([]);

    // Set back further while closed: session time starts from the last entry, and says so.
    clock.resume(0, T0 + 90 * MIN);
    expect(clock.now()).toBe(T0 + 90 * MIN);
    expect(jumps.map((j) => j.deltaMs)).toEqual([-90 * MIN]);

    clock.reset();
    expect(clock.now()).toBe(T0);
  });
});

describe('msToNextTick', () => {
  it('lands every tick on the due time’s millisecond', () => {
    const dueAt = T0 + 15 * MIN + 437;
    const phase = dueAt % 1000;
    expect(msToNextTick(T0 + 12_000, 1000, phase)).toBe(437);
    expect(msToNextTick(dueAt - 5300, 1000, phase)).toBe(300);
    expect((dueAt - 5300 + 300) % 1000).toBe(phase);
  });

  it('waits a whole period on a tick, and only the rest when a timer fired early', () => {
    expect(msToNextTick(T0 + 437, 1000, 437)).toBe(1000);
    // One millisecond before the due time: wait for it, not for the second after it.
    expect(msToNextTick(T0 + 436, 1000, 437)).toBe(1);
    expect(msToNextTick(T0 + 100, 250, 0)).toBe(150);
  });
});
