import { expect, test } from '@playwright/test';
import { expectNoAxeViolations, expectTimer } from './helpers';

// No storage at all (no IndexedDB, or open() refusing at once, as in some private modes): the
// storage screen says what to do, and the sitter can still run the timer and its alarm.

const START = new Date('2026-11-21T14:00:00');

const NO_STORAGE = {
  'IndexedDB is missing': () => Object.defineProperty(window, 'indexedDB', { value: undefined }),
  'open() throws at once': () => {
    IDBFactory.prototype.open = () => {
      throw new DOMException('The user denied permission to access the database.', 'SecurityError');
    };
  },
};

for (const [what, breakStorage] of Object.entries(NO_STORAGE)) {
  test(`${what}: the storage screen, not the crash screen`, async ({ page }) => {
    await page.addInitScript(breakStorage);
    await page.goto('/');
    await expect(
      page.getByRole('heading', { name: 'Sitwell can’t save in this window' }),
    ).toBeVisible();
    await expect(
      page.getByText('Open Sitwell in a normal window, not a private one.'),
    ).toBeVisible();
    await expect(page.getByText(/another browser/)).toBeVisible();
    // Nothing claims a session is safe, and no entry-level wording.
    await expect(page.getByText(/session is safe|is safe/i)).toHaveCount(0);
    await expect(page.getByText(/This entry could not be saved/)).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Try again' })).toBeVisible();
    await expectNoAxeViolations(page, `no storage (${what})`);
  });
}

test('a timer-only session rings on time, clearly marked as not saved', async ({ page }) => {
  await page.addInitScript(NO_STORAGE['IndexedDB is missing']);
  await page.clock.install({ time: START });
  await page.goto('/');
  await page.getByRole('button', { name: 'Use the check-in timer without saving' }).click();
  await expect(page.getByRole('heading', { name: 'Timer only: nothing is saved' })).toBeVisible();
  await page.getByRole('radio', { name: '10 min' }).check();
  await page.getByRole('button', { name: 'Start the timer' }).click();
  const timer = page.getByRole('timer', { name: 'Next check-in' });
  await expectTimer(timer, '10:00');
  await expectNoAxeViolations(page, 'timer-only session');

  await page.clock.runFor('10:00');
  const alarm = page.getByRole('alertdialog', { name: 'Check-in due' });
  await expect(alarm).toBeVisible();
  await alarm.getByRole('button', { name: 'Check in', exact: true }).click();
  await expect(alarm).toBeHidden();
  await expectTimer(timer, '10:00');
  await expect(page.getByText('1 check-in so far (not saved)')).toBeVisible();
  await expect(page.getByRole('link', { name: /^Call \d+/ })).toBeVisible();
});
