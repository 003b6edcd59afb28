// @vitest-environment jsdom
import { act, cleanup, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { requestWakeLock, useWakeLockMissing } from '../../src/platform/wake-lock';

// The "screen may turn off" banner waits a moment: back on screen, the wake lock asked for again
// usually holds at once, and a banner that blinks in and out would move the screen under a tap.

function Probe() {
  return <p>{useWakeLockMissing(2000) ? 'missing' : 'fine'}</p>;
}

/** A wake lock the test can release, as the browser does when the page is hidden. */
function fakeWakeLock(grant: () => boolean) {
  const sentinels: EventTarget[] = [];
  Object.defineProperty(navigator, 'wakeLock', {
    configurable: true,
    value: {
      request: async () => {
        if (!grant()) throw new DOMException('not allowed', 'NotAllowedError');
        const s = new EventTarget();
        sentinels.push(s);
        return s;
      },
    },
  });
  return { lose: () => sentinels.at(-1)!.dispatchEvent(new Event('release')) };
}

const ask = () =>
  act(async () => {
    await requestWakeLock();
  });
const wait = (ms: number) =>
  act(async () => {
    await vi.advanceTimersByTimeAsync(ms);
  });

afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

describe('useWakeLockMissing', () => {
  it('says nothing when the lock is back within the grace time', async () => {
    vi.useFakeTimers();
    const lock = fakeWakeLock(() => true);
    await ask();
    render(<Probe />);
    act(() => void lock.lose());
    await wait(500);
    await ask();
    await wait(5000);
    expect(screen.getByText('fine')).toBeTruthy();
  });

  it('says the screen may turn off once the lock has stayed away', async () => {
    vi.useFakeTimers();
    let allowed = true;
    const lock = fakeWakeLock(() => allowed);
    await ask();
    render(<Probe />);
    allowed = false;
    act(() => void lock.lose());
    await ask();
    await wait(1900);
    expect(screen.getByText('fine')).toBeTruthy();
    await wait(200);
    expect(screen.getByText('missing')).toBeTruthy();
  });
});
