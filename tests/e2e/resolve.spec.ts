import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations, openStartForm } from './helpers';

// Issue 18: "Mark emergency resolved" asks first, in place under the call button: is it over,
// what happened, any words. Only the confirm writes the entry; the log, the summary and the look
// back say how it ended; and the rules then treat the emergency as closed. Region US (911), on a
// phone-sized screen so "the call button stays in view" means something.
test.use({ locale: 'en-US', viewport: { width: 390, height: 844 } });

const START = new Date('2026-11-21T14:00:00');
const H1 = (page: Page, name: string | RegExp) => page.getByRole('heading', { level: 1, name });
const STEP = 'Is the emergency over?';

test.beforeEach(async ({ page }) => {
  await page.clock.install({ time: START });
  await page.goto('/');
  await openStartForm(page);
  await page.getByLabel('Your name (the sitter)').fill('Alex');
  await page.getByRole('button', { name: 'Start session' }).click();
  await expect(page.getByRole('timer', { name: 'Next check-in' })).toBeVisible();
  await page.getByRole('button', { name: 'Something’s wrong' }).click();
  await page.getByRole('button', { name: /^Not breathing, or only gasping/ }).click();
  await expect(H1(page, 'Call emergency services now')).toBeVisible();
});

/** "Mark emergency resolved": the step opens in place, its question focused. */
async function openStep(page: Page) {
  const open = page.getByRole('button', { name: 'Mark emergency resolved' });
  await open.click();
  const step = page.getByRole('region', { name: STEP });
  await expect(step.getByRole('heading', { level: 2, name: STEP })).toBeFocused();
  await expect(open).toHaveAttribute('aria-expanded', 'true');
  return { open, step };
}

test('resolving asks what happened, logs it, and the rules then treat the emergency as closed', async ({
  page,
}) => {
  const { step } = await openStep(page);
  // Not a dialog: the call button stays above the step, on screen and tappable.
  await expect(page.getByRole('dialog')).toHaveCount(0);
  const call = page.getByRole('link', { name: 'Call 911' });
  await expect(call).toBeInViewport();
  await call.click({ trial: true });
  await expectNoAxeViolations(page, 'the resolve step');

  await step.getByRole('radio', { name: 'Breathing normally again' }).check();
  await step.getByLabel('In your own words (optional)').fill('Sat up and spoke to me');
  await step.getByRole('button', { name: 'Yes, mark it resolved' }).click();
  await expect(page.getByRole('timer', { name: 'Next check-in' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Emergency not marked resolved' })).toHaveCount(0);

  await page.getByRole('button', { name: 'Session log' }).click();
  const log = page.getByRole('list', { name: 'Log entries' });
  await expect(
    log.getByText('Marked as resolved (breathing normally again): Sat up and spoke to me'),
  ).toHaveCount(1);
  await page.getByRole('button', { name: 'Back to the timer' }).click();

  // A crisis reading alone, with the emergency closed: the warning-sign questions, not 911.
  await page.clock.runFor('05:00');
  await page.getByRole('button', { name: 'Check in now' }).click();
  await page.getByLabel(/top number/).fill('186');
  await page.getByLabel(/bottom number/).fill('124');
  await page.getByRole('button', { name: 'Save check-in' }).click();
  await expect(H1(page, /check for warning signs/)).toBeVisible();
  await expect(H1(page, 'Call emergency services now')).toHaveCount(0);
});

test('"Not yet" writes nothing; a later resolution shows in the summary and the look back', async ({
  page,
}) => {
  const { open, step } = await openStep(page);
  await step.getByRole('radio', { name: 'The ambulance came' }).check();
  await step.getByRole('button', { name: 'Not yet' }).click();
  await expect(page.getByRole('region', { name: STEP })).toHaveCount(0);
  await expect(open).toBeFocused();
  await expect(open).toHaveAttribute('aria-expanded', 'false');
  await expect(H1(page, 'Call emergency services now')).toBeVisible();

  await page.getByRole('button', { name: 'Back to the timer (emergency stays open)' }).click();
  await expect(page.getByRole('heading', { name: 'Emergency not marked resolved' })).toBeVisible();
  await page.getByRole('button', { name: 'Session log' }).click();
  const log = page.getByRole('list', { name: 'Log entries' });
  await expect(log.getByText(/Warning shown: call emergency services/)).toBeVisible();
  await expect(log.getByText(/Marked as resolved/)).toHaveCount(0);
  await page.getByRole('button', { name: 'Back to the timer' }).click();

  await page.getByRole('button', { name: 'Back to the emergency screen' }).click();
  await page.clock.runFor('02:00');
  const again = await openStep(page);
  await again.step.getByRole('radio', { name: 'False alarm' }).check();
  await again.step.getByRole('button', { name: 'Yes, mark it resolved' }).click();
  await expect(page.getByRole('timer', { name: 'Next check-in' })).toBeVisible();

  await page.getByRole('button', { name: 'End session' }).click();
  await page.getByLabel('Why are you ending now?').fill('Resolve test');
  await page.getByRole('button', { name: 'End session' }).click();
  await expect(H1(page, 'Session summary')).toBeVisible();
  const actions = page.getByRole('list', { name: 'Warnings and actions' });
  await expect(actions.getByText(/Marked as resolved \(false alarm\)$/)).toHaveCount(1);
  await page.getByRole('button', { name: 'Look back (for the patient)' }).click();
  await expect(H1(page, 'Looking back')).toBeVisible();
  await expect(
    page.getByText(/Alex marked it as resolved at [^:]+:\d\d( [AP]M)?: false alarm\./),
  ).toBeVisible();
});
