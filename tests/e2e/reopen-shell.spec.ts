import { expect, test, type Page } from '@playwright/test';
import { expectTimer, startSession } from './helpers';

// Reopening mid-session: the session shell (public/shell.js) paints the countdown from the
// snapshot kept beside the log before the app's code has run, and the app then takes its place
// with the same layout and words. The app's script is held back here to see the shell alone.

const START = new Date('2026-11-21T14:00:00');

// Requests the service worker would make are out of page.route's reach.
test.use({ serviceWorkers: 'block' });

/** Holds the app's main script until the returned function is called. */
async function holdApp(page: Page): Promise<() => void> {
  let release!: () => void;
  const held = new Promise<void>((r) => (release = r));
  await page.route(/\/assets\/index-[^/]*\.js$/, async (route) => {
    await held;
    await route.continue();
  });
  return release;
}

const boxes = (page: Page) =>
  page.evaluate(() =>
    ['[role="timer"]', 'h1', 'button.primary', 'a.call-link'].map((sel) => {
      const el = Array.from(document.querySelectorAll(sel)).find(
        (e) => e.getClientRects().length > 0,
      );
      const r = el?.getBoundingClientRect();
      return [sel, el?.closest('#shell, #app')?.id, r && [r.x, r.y, r.width, r.height]];
    }),
  );

test('the shell shows the true countdown before the app runs, and the app replaces it in place', async ({
  page,
}) => {
  await page.clock.install({ time: START });
  await page.goto('/');
  await startSession(page);
  await page.clock.fastForward('04:00');
  await page.getByRole('button', { name: 'Check in now' }).click();
  await page.getByRole('button', { name: 'Resting, breathing normally' }).click();
  const timer = page.getByRole('timer', { name: 'Next check-in' });
  await expectTimer(timer, '15:00');
  await page.clock.fastForward('02:00');

  const release = await holdApp(page);
  await page.reload({ waitUntil: 'commit' });
  // The shell alone: the countdown from the last check-in, ticking, with the session's screen.
  await expect(page.locator('#shell').getByRole('timer', { name: 'Next check-in' })).toBeVisible();
  await expect(page).toHaveURL(/\/session$/);
  await expectTimer(timer, '13:00');
  await expect(page.getByText('Since the dose: 6 min')).toBeVisible();
  await expect(page.getByRole('link', { name: /^Call \d+$/ })).toHaveAttribute('href', /^tel:/);
  const before = await timer.textContent();
  await page.clock.fastForward('00:03');
  await expect(timer).not.toHaveText(before!);
  const shellBoxes = await boxes(page);

  // The app takes over: the same boxes, now the app's own, and the shell is gone.
  release();
  await expect(page.getByRole('button', { name: 'Session log' })).toBeVisible();
  await expect(page.locator('#shell')).toBeEmpty();
  await expect(timer).toHaveCount(1);
  expect(await timer.evaluate((el) => el.closest('#app') !== null)).toBe(true);
  await expectTimer(timer, '12:57');
  const appBoxes = await boxes(page);
  expect(appBoxes.map(([sel, , box]) => [sel, box])).toEqual(
    shellBoxes.map(([sel, , box]) => [sel, box]),
  );
  expect(shellBoxes.every(([, where]) => where === 'shell')).toBe(true);
  expect(appBoxes.every(([, where]) => where === 'app')).toBe(true);
});

test('no shell without a snapshot true to the log: overdue, or a write left unsettled', async ({
  page,
}) => {
  await page.clock.install({ time: START });
  await page.goto('/');
  await startSession(page);
  await expect
    .poll(() => page.evaluate(() => localStorage.getItem('sitwell:reopen')))
    .not.toBeNull();

  // A write that began and never settled (the app was killed mid-write) removed the snapshot.
  const release = await holdApp(page);
  await page.evaluate(() => localStorage.removeItem('sitwell:reopen'));
  await page.reload({ waitUntil: 'commit' });
  await expect(page.locator('#shell')).toBeEmpty();
  await expect(page.getByRole('timer')).toHaveCount(0);
  release();
  await expect(page.getByRole('timer', { name: 'Next check-in' })).toBeVisible();

  // Past the due time the shell stays away: the app's alarm is what must show.
  await expect
    .poll(() => page.evaluate(() => localStorage.getItem('sitwell:reopen')))
    .not.toBeNull();
  await page.unrouteAll();
  const again = await holdApp(page);
  await page.clock.fastForward('16:00');
  await page.reload({ waitUntil: 'commit' });
  await expect(page.locator('#shell')).toBeEmpty();
  await expect(page.getByRole('timer')).toHaveCount(0);
  again();
  await expect(page.getByRole('alertdialog', { name: 'Check-in due' })).toBeVisible();
});

test('a tap on the shell before the app runs opens that screen', async ({ page }) => {
  await page.clock.install({ time: START });
  await page.goto('/');
  await startSession(page);
  await expect
    .poll(() => page.evaluate(() => localStorage.getItem('sitwell:reopen')))
    .not.toBeNull();
  const release = await holdApp(page);
  await page.reload({ waitUntil: 'commit' });
  await page.locator('#shell').getByRole('button', { name: 'Check in now' }).click();
  await expect(page).toHaveURL(/\/session\/check-in$/);
  release();
  await expect(page.getByRole('button', { name: 'Resting, breathing normally' })).toBeVisible();
});
