import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations, startSession } from './helpers';

// The details people noticed when they tried Sitwell: Back that never bounces, a correction that
// changes the figure and keeps the original, the emergency essentials on the fast path, and the
// daytime theme beside the dark session.

test.use({ locale: 'en-US', timezoneId: 'America/New_York' });

const H1 = (page: Page, name: string | RegExp) => page.getByRole('heading', { level: 1, name });

test.beforeEach(async ({ page }) => {
  await page.clock.install({ time: new Date('2026-11-21T19:00:00Z') });
  await page.goto('/');
});

test('Back goes to the parent: Settings → Provider’s protocol → Back → Settings → Back → home', async ({
  page,
}) => {
  await page.getByRole('button', { name: 'Settings' }).click();
  await expect(H1(page, 'Settings')).toBeVisible();
  await page.getByRole('button', { name: 'Provider’s protocol' }).click();
  await expect(H1(page, 'Provider’s protocol')).toBeVisible();
  await page.getByRole('button', { name: 'Back', exact: true }).click();
  await expect(H1(page, 'Settings')).toBeVisible();
  await page.getByRole('button', { name: 'Back', exact: true }).click();
  await expect(H1(page, 'Sitwell')).toBeVisible();

  // The browser's (or the phone's) own Back and Forward move through the same steps.
  await page.goForward();
  await expect(H1(page, 'Settings')).toBeVisible();
  await page.getByRole('button', { name: 'Provider’s protocol' }).click();
  await expect(H1(page, 'Provider’s protocol')).toBeVisible();
  await page.goBack();
  await expect(H1(page, 'Settings')).toBeVisible();
  await page.getByRole('button', { name: 'Back', exact: true }).click();
  await expect(H1(page, 'Sitwell')).toBeVisible();

  // Opened straight from a link (an installed app has no browser Back): Back goes up a level.
  await page.goto('/settings/protocol');
  await expect(H1(page, 'Provider’s protocol')).toBeVisible();
  await page.getByRole('button', { name: 'Back', exact: true }).click();
  await expect(H1(page, 'Settings')).toBeVisible();
  await page.getByRole('button', { name: 'Back', exact: true }).click();
  await expect(H1(page, 'Sitwell')).toBeVisible();
});

test('a corrected reading changes the summary’s figure, marked as corrected, and the original stays in the log', async ({
  page,
}) => {
  await startSession(page);
  await page.getByRole('button', { name: 'Check in now' }).click();
  await page.getByRole('radio', { name: 'Responds normally' }).check();
  await page.getByLabel(/top number/).fill('134');
  await page.getByLabel(/bottom number/).fill('85');
  await page.getByRole('button', { name: 'Save check-in' }).click();
  await expect(page.getByRole('timer', { name: 'Next check-in' })).toBeVisible();

  await page.getByRole('button', { name: 'Session log' }).click();
  // Only observations and notes can be corrected: the start entry has no Correct button.
  await expect(page.getByRole('button', { name: /^Correct entry 0:/ })).toHaveCount(0);
  await page.getByRole('button', { name: /^Correct entry .*134\/85/ }).click();
  const form = page.getByRole('form', { name: 'Correction' });
  await form
    .getByLabel('What to correct')
    .selectOption({ label: 'Blood pressure, top number (now: 134)' });
  await form.getByLabel(/the right number/).fill('143');
  await form.getByLabel('Why (optional)').fill('Misread the cuff');
  await form.getByRole('button', { name: 'Save correction' }).click();
  await expect(page.getByText('Corrected: Blood pressure, top number: 134 → 143')).toBeVisible();
  // The original entry is still there, as it was written.
  await expect(page.getByText(/Blood pressure 134\/85/).first()).toBeVisible();
  await expectNoAxeViolations(page, 'log with a correction');

  await page.getByRole('button', { name: 'Back to the timer' }).click();
  await page.getByRole('button', { name: 'End session' }).click();
  await page.getByLabel('Why are you ending now?').fill('Testing a correction');
  await page.getByRole('button', { name: 'End session' }).click();
  await expect(H1(page, 'Session summary')).toBeVisible();
  const readings = page.getByRole('list', { name: 'Blood-pressure readings' });
  await expect(readings).toContainText('143/85 mmHg');
  await expect(readings).toContainText('(corrected)');
  await expect(readings).not.toContainText('134/85');
});

test('the fast path asks for the emergency essentials, and the emergency card reads them out', async ({
  page,
}) => {
  await page.getByRole('button', { name: 'Skip to start session' }).click();
  await expect(
    page.getByRole('heading', { name: 'Before you start: three things for an emergency' }),
  ).toBeVisible();
  await expectNoAxeViolations(page, 'emergency essentials');
  await page.getByLabel('Emergency number where you are').fill('911');
  await page.getByLabel('Address where the session takes place').fill('12 Elm Street, flat 3');
  await page.getByLabel('Provider’s phone').fill('+1 555 0100');
  await page.getByRole('button', { name: 'Save and continue' }).click();
  await page.getByLabel('Your name (the sitter)').fill('Alex');
  await page.getByRole('button', { name: 'Start session' }).click();
  await expect(page.getByRole('timer', { name: 'Next check-in' })).toBeVisible();

  await page.getByRole('button', { name: 'Something’s wrong' }).click();
  await page.getByRole('button', { name: /Not breathing/ }).click();
  const card = page.getByRole('region', { name: /Emergency card/ });
  await expect(card).toContainText('12 Elm Street, flat 3');
  await expect(card).not.toContainText('Not entered');
});

test('daytime screens follow a light system setting; the session itself stays dark', async ({
  page,
}) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.getByRole('button', { name: 'Settings' }).click();
  const theme = () => page.evaluate(() => document.documentElement.dataset.theme);
  await expect.poll(theme).toBe('light');
  await expectNoAxeViolations(page, 'settings in the light theme');
  await page.getByRole('button', { name: 'Back', exact: true }).click();
  await startSession(page);
  await expect.poll(theme).toBe('dark');
  // The sitter's own choice wins over the system's.
  await page.goto('/settings');
  await page.getByRole('radio', { name: /Dark/ }).check();
  await expect.poll(theme).toBe('dark');
});
