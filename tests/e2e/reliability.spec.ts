import { expect, test, type Page } from '@playwright/test';
import { expectTimer, startSession } from './helpers';

// Nothing lost, nothing duplicated, no alarm silenced: the device clock set back, a double tap,
// a full disk across a reload, and a tab that no longer holds the lock.

const START = new Date('2026-11-21T14:00:00');

/** Kinds of the stored entries of the running session, in log order (read from IndexedDB). */
async function storedKinds(page: Page): Promise<string[]> {
  return page.evaluate(
    () =>
      new Promise<string[]>((resolve, reject) => {
        const open = indexedDB.open('sitwell');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const req = db.transaction('entries').objectStore('entries').getAll();
          req.onsuccess = () => {
            const rows = req.result as { seq: number; kind: string; sessionId: string }[];
            db.close();
            resolve(rows.sort((a, b) => a.seq - b.seq).map((r) => r.kind));
          };
          req.onerror = () => reject(req.error);
        };
      }),
  );
}

const count = (kinds: string[], kind: string) => kinds.filter((k) => k === kind).length;

async function openLog(page: Page) {
  await page.getByRole('button', { name: 'Session log' }).click();
  return page.getByRole('list', { name: 'Log entries' });
}

test.describe('the device clock', () => {
  test.beforeEach(async ({ page }) => {
    await page.clock.install({ time: START });
    await page.goto('/');
  });

  test('set back an hour: the alarm still sounds on time, and the sitter is told', async ({
    page,
  }) => {
    await startSession(page);
    const timer = page.getByRole('timer', { name: 'Next check-in' });
    await page.clock.runFor('02:00');
    await expectTimer(timer, '13:00');

    // Someone sets the phone's clock back one hour.
    await page.clock.setSystemTime(new Date(START.getTime() + 2 * 60_000 - 60 * 60_000));
    await page.clock.runFor('00:02');
    const notice = page.getByRole('status').filter({ hasText: 'clock went back 1 h 00 min' });
    await expect(notice).toBeVisible();
    await expectTimer(timer, '12:58');

    await page.clock.runFor('12:58');
    await expect(page.getByRole('alertdialog', { name: 'Check-in due' })).toBeVisible();
    await page.getByRole('button', { name: 'Check in', exact: true }).click();
    await page.getByRole('button', { name: 'Resting, breathing normally' }).click();
    await notice.getByRole('button', { name: 'OK' }).click();
    await expect(notice).toBeHidden();

    const log = await openLog(page);
    await expect(log.getByText(/Device clock set back 1 h 00 min/)).toBeVisible();
    const kinds = await storedKinds(page);
    expect(count(kinds, 'clock-changed')).toBe(1);
    expect(count(kinds, 'check-in-missed')).toBe(0);
  });

  test('jumped ahead and set back again: the made-up misses are named as the clock’s', async ({
    page,
  }) => {
    await startSession(page);
    await page.clock.runFor('02:00');
    await page.clock.setSystemTime(new Date(START.getTime() + 62 * 60_000));
    await page.clock.runFor('00:02');
    // Followed at once (it could have been sleep): overdue, and the misses are logged.
    const alarm = page.getByRole('alertdialog', { name: 'Check-in due' });
    await expect(alarm.getByText('Overdue by 47 min')).toBeVisible();
    await expect.poll(async () => count(await storedKinds(page), 'check-in-missed')).toBe(3);

    await page.clock.setSystemTime(new Date(START.getTime() + 3 * 60_000));
    await page.clock.runFor('00:02');
    await alarm.getByRole('button', { name: 'Check in', exact: true }).click();
    await page.getByRole('button', { name: 'Resting, breathing normally' }).click();
    const log = await openLog(page);
    await expect(log.getByText(/Device clock jumped ahead 1 h 00 min/)).toBeVisible();
    await expect(
      log.getByText(
        /Device clock set back .*undoing the jump.*check-ins it made look missed are not counted/,
      ),
    ).toBeVisible();
  });
});

test.describe('one action, one entry', () => {
  test.beforeEach(async ({ page }) => {
    await page.clock.install({ time: START });
    await page.goto('/');
    await startSession(page);
  });

  test('a double tap on a quick answer checks in once', async ({ page }) => {
    await page.getByRole('button', { name: 'Check in now' }).click();
    // Two taps landing in the same moment (a touch double tap at 0 ms): both clicks are handled
    // before the screen can change.
    await page
      .getByRole('button', { name: 'Resting, breathing normally' })
      .evaluate((button: HTMLElement) => {
        button.click();
        button.click();
      });
    await expect(page.getByRole('timer', { name: 'Next check-in' })).toBeVisible();
    await expect.poll(async () => count(await storedKinds(page), 'check-in')).toBe(1);
  });

  test('a double tap on Save check-in and on Save note writes each once', async ({ page }) => {
    await page.getByRole('button', { name: 'Check in now' }).click();
    await page.getByRole('radio', { name: 'Responds normally' }).check();
    await page.getByRole('button', { name: 'Save check-in' }).dblclick();
    await expect(page.getByRole('timer', { name: 'Next check-in' })).toBeVisible();

    await page.getByRole('button', { name: 'Add note' }).click();
    await page.getByLabel('Note').fill('Asked for water');
    await page.getByRole('button', { name: 'Save note' }).dblclick();
    await expect.poll(async () => count(await storedKinds(page), 'note')).toBe(1);
    expect(count(await storedKinds(page), 'check-in')).toBe(1);
  });
});

test('an entry the full disk refused is back, waiting for Retry, after a reload', async ({
  page,
}) => {
  // The "disk" is full while sessionStorage says so; the page's own IndexedDB add refuses.
  await page.addInitScript(() => {
    const realAdd = IDBObjectStore.prototype.add;
    IDBObjectStore.prototype.add = function (value: unknown, key?: IDBValidKey) {
      if (this.name === 'entries' && sessionStorage.getItem('disk-full') === '1')
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      return realAdd.call(this, value, key);
    };
  });
  await page.clock.install({ time: START });
  await page.goto('/');
  await startSession(page);
  await page.evaluate(() => sessionStorage.setItem('disk-full', '1'));

  await page.getByRole('button', { name: 'Check in now' }).click();
  await page.getByRole('button', { name: 'Resting, breathing normally' }).click();
  const banner = page.getByRole('alert').filter({ hasText: /not saved yet/ });
  await expect(banner).toContainText('1 entry is not saved yet');

  // Leaving now asks first; the sitter leaves anyway.
  const asked: string[] = [];
  page.on('dialog', (d) => {
    asked.push(d.type());
    void d.accept();
  });
  await page.reload();
  expect(asked).toEqual(['beforeunload']);
  // Back, with the visits logged since (the disk is still full).
  await expect(banner).toContainText('kept on this device since the app was last open');
  // The restored check-in still counts for the timer.
  await expectTimer(page.getByRole('timer', { name: 'Next check-in' }), '15:00');

  await page.evaluate(() => sessionStorage.removeItem('disk-full'));
  await banner.getByRole('button', { name: 'Retry saving' }).click();
  await expect(banner).toBeHidden();
  expect(count(await storedKinds(page), 'check-in')).toBe(1);
  await page.reload();
  await expect(page.getByRole('timer', { name: 'Next check-in' })).toBeVisible();
  await expect(banner).toBeHidden();
});

test('a tab that no longer owns the log cannot write to it', async ({ context }) => {
  // Without Web Locks every tab runs (old browsers); the fencing token alone must stop the
  // tab that was opened first from writing once another has claimed the log.
  await context.addInitScript(() => {
    Object.defineProperty(navigator, 'locks', { value: undefined });
  });
  const first = await context.newPage();
  await first.clock.install({ time: START });
  await first.goto('/');
  await startSession(first);

  const second = await context.newPage();
  await second.clock.install({ time: START });
  await second.goto('/');
  await expect(second.getByRole('timer', { name: 'Next check-in' })).toBeVisible();
  const before = await storedKinds(second);

  // The first tab is still on screen; a note made there must not reach the log.
  await first.getByRole('button', { name: 'Add note' }).click();
  await first.getByLabel('Note').fill('From the old tab');
  await first.getByRole('button', { name: 'Save note' }).click();
  await expect(
    first.getByRole('alert').filter({ hasText: /running in another tab/ }),
  ).toBeVisible();
  expect(await storedKinds(second)).toEqual(before);

  // Nothing of the old tab's is handed on: the new tab, reloaded, has nothing waiting.
  await second.reload();
  await expect(second.getByRole('timer', { name: 'Next check-in' })).toBeVisible();
  await expect(second.getByRole('alert').filter({ hasText: /not saved yet/ })).toBeHidden();
  expect(count(await storedKinds(second), 'note')).toBe(0);
});
