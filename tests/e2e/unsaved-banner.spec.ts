import { expect, test, type Locator, type Page } from '@playwright/test';
import { startSession } from './helpers';

// The Retry banner of an entry the disk refused: it moves nothing on screen (layout shift 0 while
// the write fails, is retried and succeeds), and on the smallest phone it covers neither the call
// button nor the way to the log.

const START = new Date('2026-11-21T14:00:00');

test.use({ viewport: { width: 320, height: 640 } });

test.beforeEach(async ({ page }) => {
  // The "disk" is full while sessionStorage says so; the page's own IndexedDB add refuses.
  await page.addInitScript(() => {
    const realAdd = IDBObjectStore.prototype.add;
    IDBObjectStore.prototype.add = function (value: unknown, key?: IDBValidKey) {
      if (this.name === 'entries' && sessionStorage.getItem('disk-full') === '1') {
        // Counted, so a test can wait for a Retry to have met the full disk.
        const w = window as unknown as { refusedWrites?: number };
        w.refusedWrites = (w.refusedWrites ?? 0) + 1;
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      }
      return realAdd.call(this, value, key);
    };
  });
  await page.clock.install({ time: START });
  await page.goto('/');
  await startSession(page);
  // The one-time notice is read and put away, as a sitter would before the session.
  await page.getByRole('button', { name: 'I understand' }).click();
});

/** Every layout shift from now on, summed (with or without recent input: none may move). */
async function watchShifts(page: Page): Promise<() => Promise<number>> {
  await page.evaluate(() => {
    const w = window as unknown as { shift: number };
    w.shift = 0;
    new PerformanceObserver((list) => {
      for (const e of list.getEntries() as unknown as { value: number }[]) w.shift += e.value;
    }).observe({ type: 'layout-shift' });
  });
  return () => page.evaluate(() => (window as unknown as { shift: number }).shift);
}

/** Sitwell goes off screen and comes back (another app): both entries are writes. */
async function leaveAndReturn(page: Page): Promise<void> {
  for (const state of ['hidden', 'visible'])
    await page.evaluate((s) => {
      Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => s });
      document.dispatchEvent(new Event('visibilitychange'));
    }, state);
}

/** The element is in the viewport and is what a tap at its centre lands on. */
async function expectUncovered(page: Page, target: Locator, what: string): Promise<void> {
  await expect(target).toBeInViewport({ ratio: 1 });
  const box = (await target.boundingBox())!;
  const hit = await target.evaluate(
    (el, [x, y]) => {
      const top = document.elementFromPoint(x!, y!);
      return top !== null && (el === top || el.contains(top));
    },
    [box.x + box.width / 2, box.y + box.height / 2],
  );
  expect(hit, `${what} is covered`).toBe(true);
}

test('a failing write brings its Retry banner in without moving anything', async ({ page }) => {
  const shifted = await watchShifts(page);
  const call = page.getByRole('link', { name: /^Call \d+$/ });
  const before = await call.boundingBox();
  await page.evaluate(() => sessionStorage.setItem('disk-full', '1'));

  await leaveAndReturn(page);
  const banner = page.getByRole('alert').filter({ hasText: /not saved yet/ });
  await expect(banner).toContainText('2 entries are not saved yet');
  await expect(page.getByRole('timer', { name: 'Next check-in' })).toBeVisible();
  expect(await shifted()).toBe(0);
  expect(await call.boundingBox()).toEqual(before);
  await expectUncovered(page, call, 'Call 911');

  // A Retry that fails again, and one that succeeds, shift nothing either. The first must have
  // met the full disk before the disk is freed, or it would be the one that succeeds.
  const refused = () => page.evaluate(() => (window as { refusedWrites?: number }).refusedWrites);
  const refusedBefore = (await refused()) ?? 0;
  await banner.getByRole('button', { name: 'Retry saving' }).click();
  await expect.poll(refused).toBeGreaterThan(refusedBefore);
  await expect(banner).toContainText('2 entries are not saved yet');
  await page.evaluate(() => sessionStorage.removeItem('disk-full'));
  await banner.getByRole('button', { name: 'Retry saving' }).click();
  await expect(banner).toBeHidden();
  expect(await call.boundingBox()).toEqual(before);
  expect(await shifted()).toBe(0);
});

test('at 320×640 the banner covers neither Call 911 nor the log', async ({ page }) => {
  await page.evaluate(() => sessionStorage.setItem('disk-full', '1'));
  await page.getByRole('button', { name: 'Check in now' }).click();
  await page.getByRole('button', { name: 'Resting, breathing normally' }).click();
  const banner = page.getByRole('alert').filter({ hasText: /not saved yet/ });
  await expect(banner).toContainText('1 entry is not saved yet');
  await expect(banner.getByRole('button', { name: 'Retry saving' })).toBeInViewport();

  // At the top of the screen, as it opens, the call button ends 129 px above the bottom edge.
  await page.evaluate(() => scrollTo(0, 0));
  await expectUncovered(page, page.getByRole('link', { name: /^Call \d+$/ }), 'Call 911');
  const toLog = page.getByRole('button', { name: 'Session log' });
  await toLog.scrollIntoViewIfNeeded();
  await expectUncovered(page, toLog, 'Session log');
  await toLog.click();
  const log = page.getByRole('list', { name: 'Log entries' });
  await expect(log).toContainText('Check-in: Resting, breathing normally');
  // The newest entry, scrolled to, stops above the banner (the page keeps room for it).
  const newest = log.getByRole('listitem').last();
  await expect(newest).toContainText('Check-in: Resting, breathing normally');
  await newest.scrollIntoViewIfNeeded();
  await expectUncovered(page, newest, 'the newest log entry');
  await expect(banner).toBeVisible();
  if (process.env.SHOT) await page.screenshot({ path: process.env.SHOT });

  // The emergency screen's call button too.
  await page.getByRole('button', { name: 'Back to the timer' }).click();
  await page.getByRole('button', { name: 'Something’s wrong' }).click();
  await page.getByRole('button', { name: /^Seizure/ }).click();
  await expect(page.getByRole('heading', { name: 'Call emergency services now' })).toBeVisible();
  await expectUncovered(page, page.getByRole('link', { name: /^Call \d+$/ }).first(), 'Call 911');
});
