import { expect, test, type Locator, type Page } from '@playwright/test';
import { expectNoAxeViolations, startSession } from './helpers';

// The session screen in hard moments, as a new sitter met them at 390 × 844: the alarm's
// "Something's wrong", one tap to call from anywhere, a missing provider number, the emergency
// card without preparation, the situations list's order and length, and nothing moving under a
// finger.

test.use({
  locale: 'en-US',
  timezoneId: 'America/New_York',
  viewport: { width: 390, height: 844 },
});

const START = new Date('2026-11-21T14:00:00');
const H1 = (page: Page, name: string | RegExp) => page.getByRole('heading', { level: 1, name });

test.beforeEach(async ({ page }) => {
  await page.clock.install({ time: START });
  await page.goto('/');
  await startSession(page);
});

/** The element's top edge in page coordinates (scrolling does not change it). */
async function pageTop(target: Locator): Promise<number> {
  return target.evaluate((el) => el.getBoundingClientRect().top + scrollY);
}

/** The one-tap call: a tel: link at least 48 px tall, on screen without scrolling. */
async function expectCallInReach(scope: Locator | Page, page: Page): Promise<void> {
  const call = scope.getByRole('link', { name: 'Call 911' }).first();
  await expect(call).toHaveAttribute('href', 'tel:911');
  await expect(call).toBeInViewport();
  const box = await call.boundingBox();
  expect(box?.height ?? 0).toBeGreaterThanOrEqual(48);
  expect((box?.y ?? 0) + (box?.height ?? 0)).toBeLessThanOrEqual(page.viewportSize()!.height);
}

test('from the ringing alarm, “Something’s wrong” opens the list at once; the alarm goes on as a strip until a check-in', async ({
  page,
}) => {
  await page.clock.runFor('15:00');
  const alarm = page.getByRole('alertdialog', { name: 'Check-in due' });
  await expect(alarm).toBeVisible();
  // One tap to call, on the alarm itself.
  await expectCallInReach(alarm, page);
  await alarm.getByRole('button', { name: 'Something’s wrong' }).click();

  await expect(H1(page, 'Something’s wrong')).toBeVisible();
  await expect(alarm).toHaveCount(0);
  const strip = page.getByRole('region', { name: 'Check-in due' });
  await expect(strip).toContainText('Deal with what is wrong first, then check in.');
  await expectNoAxeViolations(page, 'something’s wrong with the alarm strip');
  await page.getByRole('button', { name: /Very distressed or panicking/ }).click();
  await expect(H1(page, 'Help them feel safe')).toBeVisible();
  await expect(strip).toBeVisible();
  await expect(alarm).toHaveCount(0);

  await strip.getByRole('button', { name: 'Check in' }).click();
  // After a warning the check-in asks how they respond.
  await page.getByRole('radio', { name: 'Responds normally' }).check();
  await page.getByRole('button', { name: 'Save check-in' }).click();
  await expect(page.getByRole('timer', { name: 'Next check-in' })).toBeVisible();
  await expect(strip).toHaveCount(0);
  await expect(alarm).toHaveCount(0);
});

test('from the alarm, “Something’s wrong” → not breathing opens the emergency step at once', async ({
  page,
}) => {
  await page.clock.runFor('15:00');
  const alarm = page.getByRole('alertdialog', { name: 'Check-in due' });
  await alarm.getByRole('button', { name: 'Something’s wrong' }).click();
  await page.getByRole('button', { name: /Not breathing, or only gasping/ }).click();
  await expect(page.getByRole('heading', { name: 'Start hands-only CPR' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Check-in due' })).toContainText(
    'The emergency comes first',
  );
  await expect(alarm).toHaveCount(0);
});

test('the grounding and provider screens carry the same call button as the session screen', async ({
  page,
}) => {
  await expectCallInReach(page.locator('main'), page);
  await page.getByRole('button', { name: 'Help them feel safe' }).click();
  await expect(H1(page, 'Help them feel safe')).toBeVisible();
  await expectCallInReach(page.locator('main'), page);
  await page.goto('/session/provider');
  await expect(H1(page, 'Call the provider')).toBeVisible();
  await expectCallInReach(page.locator('main'), page);
});

test('a missing provider number is added on the provider screen, without leaving the session', async ({
  page,
}) => {
  await page.goto('/session/provider');
  const form = page.getByRole('form', { name: 'No phone number for the provider is set' });
  await expect(form).toBeVisible();
  await expectNoAxeViolations(page, 'provider screen without a number');
  await form.getByLabel('Provider’s phone').fill('12');
  await form.getByRole('button', { name: 'Save the provider’s number' }).click();
  await expect(form.getByText(/This number can.t be dialled/)).toBeVisible();
  await expect(form.getByLabel('Provider’s phone')).toBeFocused();

  await form.getByLabel('Provider’s phone').fill('(555) 010-2030');
  await form.getByLabel('Provider’s name (optional)').fill('Dr Rivera');
  await form.getByRole('button', { name: 'Save the provider’s number' }).click();
  const call = page.getByRole('link', { name: 'Call Dr Rivera ((555) 010-2030)' });
  await expect(call).toHaveAttribute('href', 'tel:5550102030');
  await expect(form).toHaveCount(0);
  // Still in the session's own screen, the emergency call in reach.
  await expect(page).toHaveURL(/\/session\/provider$/);
  await expectCallInReach(page.locator('main'), page);

  // Kept for every session: Contacts shows it.
  await page.getByRole('button', { name: 'Back to the timer' }).click();
  await expect(page.getByRole('timer', { name: 'Next check-in' })).toBeVisible();
  await page.goto('/settings/contacts');
  await expect(page.getByLabel(/Provider.s phone/)).toHaveValue('(555) 010-2030');
});

test('without preparation, the emergency card says what to tell the call handler', async ({
  page,
}) => {
  await page.getByRole('button', { name: 'Something’s wrong' }).click();
  await page.getByRole('button', { name: /Not responding, even to shaking/ }).click();
  await expect(H1(page, 'Call emergency services now')).toBeVisible();
  const main = page.locator('main');
  await expect(main.getByText('Say their full name')).toBeVisible();
  await expect(main.getByText('Say your full address, including the flat number')).toBeVisible();
  await expect(main.getByText(/not entered/i)).toHaveCount(0);
});

test('the situations come in one list, the urgent and the common first, within two screens', async ({
  page,
}) => {
  await page.getByRole('button', { name: 'Something’s wrong' }).click();
  const list = page.getByRole('list', { name: 'What is happening' });
  const answers = list.getByRole('button');
  await expect(answers.nth(0)).toHaveAccessibleName(/^Not breathing, or only gasping.*Emergency/);
  await expect(answers.nth(1)).toHaveAccessibleName(/^Not responding, even to shaking/);
  await expect(answers.nth(2)).toHaveAccessibleName(/^Choking/);
  await expect(answers.nth(3)).toHaveAccessibleName(/^Very distressed or panicking.*Help them/);
  await expect(answers.last()).toHaveAccessibleName(/^Something else/);
  const bottom = await list.evaluate((el) => el.getBoundingClientRect().bottom + scrollY);
  expect(bottom, 'the whole list within two 844 px screens').toBeLessThanOrEqual(2 * 844);
});

test('nothing the sitter is about to tap moves: not as time passes, nor when the strip appears', async ({
  page,
}) => {
  const checkIn = page.getByRole('button', { name: 'Check in now' });
  const wrong = page.getByRole('button', { name: 'Something’s wrong' });
  const before = [await pageTop(checkIn), await pageTop(wrong)];
  // "Since the dose" grows from seconds to minutes.
  await page.clock.runFor('14:30');
  const timer = page.getByRole('region', { name: 'Check-in timer' });
  await expect(timer).toContainText(/Since the dose: 1\d min/);
  expect([await pageTop(checkIn), await pageTop(wrong)]).toEqual(before);

  await wrong.click();
  await page.getByRole('button', { name: /Not responding, even to shaking/ }).click();
  await expect(H1(page, 'Call emergency services now')).toBeVisible();
  const call = page.locator('main').getByRole('link', { name: 'Call 911' }).first();
  const callTop = await pageTop(call);
  await page.clock.runFor('01:00');
  const strip = page.getByRole('region', { name: 'Check-in due' });
  await expect(strip).toBeVisible();
  expect(await pageTop(call)).toBe(callTop);
  // The strip sits along the bottom edge, clear of the call button.
  const [c, s] = [await call.boundingBox(), await strip.boundingBox()];
  expect(c!.y + c!.height).toBeLessThanOrEqual(s!.y);
});
