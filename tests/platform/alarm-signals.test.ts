import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  clearCheckInNotification,
  showCheckInNotification,
} from '../../src/platform/alarm-signals';

// The check-in notification must reach the sitter on the very first session after install, when
// the service worker may still be installing ("No active registration").

class PageNotification {
  static permission = 'granted';
  static shown: PageNotification[] = [];
  onclose: (() => void) | null = null;
  closed = false;
  constructor(
    readonly title: string,
    readonly options: NotificationOptions,
  ) {
    PageNotification.shown.push(this);
  }
  close(): void {
    this.closed = true;
    this.onclose?.();
  }
}

function fakeWorker(reg: Partial<ServiceWorkerRegistration> | undefined, ready: Promise<unknown>) {
  vi.stubGlobal('Notification', PageNotification);
  vi.stubGlobal('navigator', {
    serviceWorker: { getRegistration: async () => reg, ready },
  });
}

afterEach(() => {
  vi.unstubAllGlobals();
  vi.useRealTimers();
  PageNotification.shown = [];
});

describe('showCheckInNotification', () => {
  it('notifies through an active service worker', async () => {
    const showNotification = vi.fn(async () => undefined);
    fakeWorker({ active: {} as ServiceWorker, showNotification }, new Promise(() => undefined));
    expect(await showCheckInNotification('Check-in due', 'Check on the patient')).toBe(true);
    expect(showNotification).toHaveBeenCalledWith(
      'Check-in due',
      expect.objectContaining({ tag: 'sitwell-check-in', requireInteraction: true }),
    );
    expect(PageNotification.shown).toHaveLength(0);
  });

  it('waits for a worker that is still installing, then notifies through it', async () => {
    const showNotification = vi.fn(async () => undefined);
    const active = { active: {} as ServiceWorker, showNotification };
    fakeWorker({ installing: {} as ServiceWorker, showNotification }, Promise.resolve(active));
    expect(await showCheckInNotification('Check-in due', 'Check on the patient')).toBe(true);
    expect(showNotification).toHaveBeenCalledTimes(1);
  });

  it('falls back to a page notification when the worker never becomes ready', async () => {
    vi.useFakeTimers();
    const showNotification = vi.fn(async () => {
      throw new TypeError('No active registration');
    });
    const getNotifications = async () => [];
    fakeWorker(
      { installing: {} as ServiceWorker, showNotification, getNotifications },
      new Promise(() => undefined),
    );
    const shown = showCheckInNotification('Check-in due', 'Check on the patient');
    await vi.advanceTimersByTimeAsync(3000);
    expect(await shown).toBe(true);
    expect(showNotification).not.toHaveBeenCalled();
    expect(PageNotification.shown.map((n) => n.title)).toEqual(['Check-in due']);
    await clearCheckInNotification();
    expect(PageNotification.shown[0]!.closed).toBe(true);
  });

  it('falls back to a page notification when the worker refuses', async () => {
    const showNotification = vi.fn(async () => {
      throw new TypeError('No active registration');
    });
    fakeWorker({ active: {} as ServiceWorker, showNotification }, new Promise(() => undefined));
    expect(await showCheckInNotification('Overdue', 'Check on the patient now')).toBe(true);
    expect(PageNotification.shown.map((n) => n.title)).toEqual(['Overdue']);
  });

  it('shows nothing without permission', async () => {
    fakeWorker(undefined, new Promise(() => undefined));
    PageNotification.permission = 'denied';
    try {
      expect(await showCheckInNotification('Check-in due', 'x')).toBe(false);
    } finally {
      PageNotification.permission = 'granted';
    }
  });
});
