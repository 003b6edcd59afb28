import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations, expectTimer, openStartForm } from './helpers';

// The gaps the clinical review found, driven as a sitter would. Region US: 911 and 988.
test.use({ locale: 'en-US', timezoneId: 'America/New_York' });

const START = new Date('2026-11-21T14:00:00');
const H1 = (page: Page, name: string | RegExp) => page.getByRole('heading', { level: 1, name });

test.beforeEach(async ({ page }) => {
  await page.clock.install({ time: START });
  await page.goto('/');
  await openStartForm(page);
  await page.getByLabel('Your name (the sitter)').fill('Alex');
  await page.getByRole('button', { name: 'Start session' }).click();
  await expect(page.getByRole('timer', { name: 'Next check-in' })).toBeVisible();
});

test('the active screen carries a one-tap call button for the emergency number', async ({
  page,
}) => {
  const call = page.locator('main').getByRole('link', { name: 'Call 911' });
  await expect(call).toHaveAttribute('href', 'tel:911');
  await expect(call).toBeInViewport();
  const box = (await call.boundingBox())!;
  expect(box.height).toBeGreaterThanOrEqual(48);
  expect(box.width).toBeGreaterThanOrEqual(44);
  await call.click({ trial: true });
});

test('"Only to a shake" at the first check-in → provider prompt and a 5-minute re-check', async ({
  page,
}) => {
  await page.getByRole('button', { name: 'Check in now' }).click();
  await page.getByRole('radio', { name: 'Only to a shake' }).check();
  await page.getByRole('button', { name: 'Save check-in' }).click();
  await expect(H1(page, 'Call the provider now')).toBeVisible();
  await expect(page.getByText('They respond only to a shake.', { exact: true })).toBeVisible();
  await expect(page.getByText(/Put them on their side and stay with them/)).toBeVisible();
  const left = page.getByRole('timer', { name: 'Time left to reach the provider' });
  await expectTimer(left, '10:00');
  await expectNoAxeViolations(page, 'provider screen with the 10-minute limit');

  await page.getByRole('button', { name: 'Back to the timer' }).click();
  await expectTimer(page.getByRole('timer', { name: 'Next check-in' }), '5:00');
  await expect(page.getByText('Re-check brought forward: they were hard to rouse.')).toBeVisible();

  // The quick check-in is not offered again until they respond normally.
  await page.clock.runFor('05:00');
  await page
    .getByRole('alertdialog', { name: 'Check-in due' })
    .getByRole('button', { name: 'Check in' })
    .click();
  await expect(page.getByRole('button', { name: 'Resting, breathing normally' })).toHaveCount(0);
  await expect(page.getByText(/After a warning, answer the questions below/)).toBeVisible();
});

test('a breath count of 0 saves at once and opens the emergency step with CPR', async ({
  page,
}) => {
  await page.getByRole('button', { name: 'Check in now' }).click();
  await page.getByRole('button', { name: 'Count breaths for 30 seconds' }).click();
  // The count has begun once its seconds go down; then 30 seconds pass with no tap.
  await page.clock.runFor(1000);
  await expect(page.getByRole('status').filter({ hasText: /^2\d s left/ })).toBeVisible();
  await page.clock.runFor('00:30');
  await expect(H1(page, 'Call emergency services now')).toBeVisible();
  await expect(
    page.getByText('They are not breathing normally. Gasping is not breathing.'),
  ).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Start hands-only CPR' })).toBeVisible();
  await expect(page.getByText(/Push hard, about 5 cm/)).toBeVisible();
  await expect(page.getByRole('group', { name: 'Compression beat' })).toBeVisible();
  await expectNoAxeViolations(page, 'emergency screen with CPR');
  await page.getByRole('button', { name: 'Back to the timer (emergency stays open)' }).click();
  await page.getByRole('button', { name: 'Session log' }).click();
  await expect(page.getByText(/Check-in: .*0 breaths a minute/)).toBeVisible();
});

test('one reading of 200/125 → the warning-sign questions, a 5-minute re-measure, any yes → 911', async ({
  page,
}) => {
  await page.getByRole('button', { name: 'Check in now' }).click();
  await page.getByLabel(/top number/).fill('200');
  await page.getByLabel(/bottom number/).fill('125');
  await page.getByRole('radio', { name: 'Responds normally' }).check();
  await page.getByRole('button', { name: 'Save check-in' }).click();

  await expect(H1(page, /check for warning signs/)).toBeVisible();
  await expect(page.getByText('200/125', { exact: true })).toBeVisible();
  await expect(page.getByRole('timer', { name: 'Measure again in' })).toContainText(/4:5\d|5:00/);
  await expectNoAxeViolations(page, 'warning-sign questions');
  await page.getByRole('button', { name: /Yes: difficulty speaking/ }).click();
  await expect(H1(page, 'Call emergency services now')).toBeVisible();
  await expect(
    page.getByText('Blood pressure 180/120 or higher, together with a warning sign.'),
  ).toBeVisible();
});

test('"Something’s wrong" → talk of suicide → a 988 link and "never leave them alone"', async ({
  page,
}) => {
  await page.getByRole('button', { name: 'Something’s wrong' }).click();
  await expectNoAxeViolations(page, 'something’s wrong, each answer marked with its tier');
  await expect(
    page.getByRole('button', { name: /Not breathing, or only gasping.*Emergency/ }),
  ).toBeVisible();
  await page.getByRole('button', { name: /Talking about suicide or self-harm/ }).click();
  await page.getByRole('button', { name: /^Talking about it/ }).click();
  await expect(H1(page, 'Call the provider now')).toBeVisible();
  await expect(page.getByRole('link', { name: 'Call 988' })).toHaveAttribute('href', 'tel:988');
  await expect(page.getByRole('link', { name: 'Text 988' })).toHaveAttribute('href', 'sms:988');
  await expect(page.getByText(/never leave them alone/).first()).toBeVisible();
  await expectNoAxeViolations(page, 'provider screen with the crisis line');
});

test('"Not breathing" is one tap from "Something’s wrong" and shows CPR, not the recovery position', async ({
  page,
}) => {
  await page.getByRole('button', { name: 'Something’s wrong' }).click();
  await page.getByRole('button', { name: /Not breathing, or only gasping/ }).click();
  await expect(H1(page, 'Call emergency services now')).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Start hands-only CPR' })).toBeVisible();
  await expect(page.getByRole('img', { name: /recovery position/ })).toHaveCount(0);
});
