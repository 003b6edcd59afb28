import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations, expectTimer, openStartForm } from './helpers';

// The clinical audit's rules in the production build (docs/clinical-basis.md, "What changed after
// the clinical audit"). Region US: the emergency number defaults to 911.
test.use({ locale: 'en-US' });

const START = new Date('2026-11-21T14:00:00');
const H1 = (page: Page, name: string | RegExp) => page.getByRole('heading', { level: 1, name });

test.beforeEach(async ({ page, context }) => {
  await context.grantPermissions(['notifications']);
  await page.clock.install({ time: START });
  await page.goto('/');
});

async function start(page: Page): Promise<void> {
  await openStartForm(page);
  await page.getByLabel('Your name (the sitter)').fill('Alex');
  await page.getByRole('button', { name: 'Start session' }).click();
  await expect(page.getByRole('timer', { name: 'Next check-in' })).toBeVisible();
}

async function notificationTitles(page: Page): Promise<string[]> {
  return page.evaluate(async () => {
    const reg = await navigator.serviceWorker.getRegistration();
    return reg ? (await reg.getNotifications()).map((n) => n.title) : [];
  });
}

test('a patient who stays that sedated: the 10 minutes count from the first prompt, then Sitwell alarms and opens the emergency step', async ({
  page,
}) => {
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
  await start(page);
  await page.getByRole('button', { name: 'Something’s wrong' }).click();
  await page.getByRole('button', { name: /^Hard to wake: responds only to a shake/ }).click();
  await expect(H1(page, 'Call the provider now')).toBeVisible();
  const left = page.getByRole('timer', { name: 'Time left to reach the provider' });
  await expectTimer(left, '10:00');
  await page.getByRole('button', { name: 'Back to the timer' }).click();

  // The 5-minute re-check finds the same: a new prompt, but the same 10 minutes.
  await page.clock.runFor('05:00');
  await page
    .getByRole('alertdialog', { name: 'Check-in due' })
    .getByRole('button', { name: 'Check in' })
    .click();
  await page.getByRole('radio', { name: 'Only to a shake' }).check();
  await page.getByRole('button', { name: 'Save check-in' }).click();
  await expect(H1(page, 'Call the provider now')).toBeVisible();
  await expectTimer(left, '5:00');

  await page.clock.runFor('05:00');
  await expect(H1(page, 'Call emergency services now')).toBeVisible();
  await expect(
    page.getByText('The provider has not been reached within 10 minutes.'),
  ).toBeVisible();
  await expect(page.getByRole('link', { name: 'Call 911' }).first()).toHaveAttribute(
    'href',
    'tel:911',
  );
  await expect
    .poll(() => notificationTitles(page))
    .toContain('10 minutes have passed: call emergency services');
  await expectNoAxeViolations(page, 'emergency screen when the provider’s 10 minutes ran out');
});

test('a very high reading with a sign answered now → emergency, and the screen names what it used', async ({
  page,
}) => {
  await start(page);
  await page.getByRole('button', { name: 'Check in now' }).click();
  await page.getByLabel(/top number/).fill('186');
  await page.getByLabel(/bottom number/).fill('124');
  await page.getByRole('button', { name: 'Save check-in' }).click();
  await expect(H1(page, /check for warning signs/)).toBeVisible();
  // The label's hypertensive-encephalopathy signs are asked too [SPR-label].
  for (const sign of ['A sudden, severe headache', 'A seizure (fit)', 'Much drowsier'])
    await expect(page.getByRole('button', { name: `Yes: ${sign.toLowerCase()}` })).toBeVisible();
  await expectNoAxeViolations(page, 'warning-sign questions');
  await page.getByRole('button', { name: /Yes: a sudden, severe headache/ }).click();
  await expect(H1(page, 'Call emergency services now')).toBeVisible();
  await expect(
    page.getByText(/Because of: Blood pressure 186\/124; .*severe headache/),
  ).toBeVisible();
});

test('the quick check-in says what it records, and the new situations are offered', async ({
  page,
}) => {
  await start(page);
  await page.getByRole('button', { name: 'Check in now' }).click();
  await expect(
    page.getByRole('button', { name: 'Resting, breathing normally' }),
  ).toHaveAccessibleDescription(/not roused \(how they respond is not checked\)/);
  await page.getByRole('button', { name: 'Resting, breathing normally' }).click();
  await page.getByRole('button', { name: 'Something’s wrong' }).click();
  for (const added of ['Aggressive or violent', 'Won’t let me check on them', 'Very hot'])
    await expect(page.getByRole('button', { name: new RegExp(`^${added}`) })).toBeVisible();
});
