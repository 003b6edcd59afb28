import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations, expectTimer, realSlackSince } from './helpers';

// A pre-dose reading too high to dose is logged, re-measured and escalated like any severe
// reading (docs/clinical-basis.md, "Blood pressure before the dose"). Region US: 911.
test.use({ locale: 'en-US' });

const START = new Date('2026-11-21T14:00:00');
const H1 = (page: Page, name: string | RegExp) => page.getByRole('heading', { level: 1, name });

test.beforeEach(async ({ page, context }) => {
  await context.grantPermissions(['notifications']);
  await page.clock.install({ time: START });
  await page.goto('/');
});

async function nextStep(page: Page, title: string): Promise<void> {
  await page.getByRole('button', { name: 'Next' }).click();
  await expect(page.getByRole('heading', { level: 2, name: title })).toBeVisible();
}

/** Preparation up to the blood pressure, with a provider to call, and this reading typed. */
async function prepareWith(page: Page, systolic: string, diastolic: string): Promise<void> {
  await page.getByRole('button', { name: 'Prepare and start' }).click();
  await page.getByLabel('Your name (the sitter)').fill('Alex');
  await nextStep(page, 'Contacts and address');
  await page.getByRole('button', { name: /Yes, 911 is right/ }).click();
  for (const title of ['What you agree with the patient', 'The room and the day', 'The dose'])
    await nextStep(page, title);
  await nextStep(page, 'Blood pressure before the dose');
  await page.getByLabel('Top number (systolic)').fill(systolic);
  await page.getByLabel('Bottom number (diastolic)').fill(diastolic);
}

test('175/112 before the dose: logged, do not dose, re-measured in 5 minutes, and the provider’s 10 minutes run out into the emergency step', async ({
  page,
}) => {
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
  await prepareWith(page, '175', '112');
  const stop = page.getByRole('alert').filter({ hasText: 'Don’t give the dose.' });
  await expect(stop).toContainText('175/112 is 180/110 or higher');
  await expectNoAxeViolations(page, 'preparation: do not dose, with keep watching');
  await stop.getByRole('button', { name: 'Record this reading and keep watching' }).click();
  // The provider's 10 minutes and the re-measure count from here, in real time too.
  const promptedAt = Date.now();

  await expect(H1(page, 'Do not give the dose. Call the provider')).toBeVisible();
  await expect(
    page.getByText('Blood pressure before the dose: the bottom number is 110 or higher.'),
  ).toBeVisible();
  await expect(page.getByText('say the dose has not been given')).toBeVisible();
  const left = page.getByRole('timer', { name: 'Time left to reach the provider' });
  await expectTimer(left, '10:00');
  await expectNoAxeViolations(page, 'provider screen before the dose');
  await page.getByRole('button', { name: 'Back to the timer' }).click();

  // The session runs without a dose; the re-measure brings the next check-in to 5 minutes.
  await expect(page.getByRole('region', { name: 'Check-in timer' })).toContainText('No dose yet');
  await expect(
    page.getByText('Measure blood pressure again: the last reading was too high to give the dose.'),
  ).toBeVisible();
  await expectTimer(
    page.getByRole('timer', { name: 'Next check-in' }),
    '5:00',
    realSlackSince(promptedAt),
  );
  await expect(page.getByRole('button', { name: 'Record the dose' })).toBeVisible();
  await page.getByRole('button', { name: 'Session log' }).click();
  const log = page.getByRole('list', { name: 'Log entries' });
  await expect(log.getByText('Vitals before dose: Blood pressure 175/112')).toBeVisible();
  await expect(log.getByText(/check-ins every 15 min, without a dose/)).toBeVisible();
  await expect(log.getByText(/Dose taken/)).toHaveCount(0);
  await page.getByRole('button', { name: 'Back to the timer' }).click();

  await page.clock.runFor('05:00');
  await page
    .getByRole('alertdialog', { name: 'Check-in due' })
    .getByRole('button', { name: 'Check in' })
    .click();
  await page.getByRole('radio', { name: 'Responds normally' }).check();
  await page.getByLabel(/top number/).fill('174');
  await page.getByLabel(/bottom number/).fill('111');
  await page.getByRole('button', { name: 'Save check-in' }).click();
  // Still too high: the same prompt, the same 10 minutes.
  await expect(H1(page, 'Do not give the dose. Call the provider')).toBeVisible();
  await expectTimer(left, '5:00', realSlackSince(promptedAt));

  // Nobody taps "I can't reach them": when the 10 minutes are over, Sitwell opens the emergency.
  await page.clock.runFor('05:00');
  await expect(H1(page, 'Call emergency services now')).toBeVisible();
  await expect(
    page.getByText('The provider has not been reached within 10 minutes.'),
  ).toBeVisible();
  await expect(page.getByText('No ketamine: the dose was not given')).toBeVisible();
  await expectNoAxeViolations(page, 'emergency screen before the dose');
});

test('185/125 before the dose asks the warning-sign questions, and the call script has no dose time; the dose can be recorded later', async ({
  page,
}) => {
  await prepareWith(page, '185', '125');
  await page.getByRole('button', { name: 'Record this reading and keep watching' }).click();
  await expect(H1(page, /check for warning signs/)).toBeVisible();
  await expect(page.getByText('is 180/120 or higher')).toBeVisible();
  await page.getByRole('button', { name: 'None of these' }).click();

  await expect(H1(page, 'Call the provider now')).toBeVisible();
  const script = page.getByRole('region', { name: 'What to tell them' });
  await expect(script).toContainText('that the dose has not been given');
  await expect(script).not.toContainText('when the dose was taken');
  await expect(page.getByText(/^Do not give the dose\. Keep them resting/)).toBeVisible();
  await page.getByRole('button', { name: 'I reached the provider' }).click();
  await page.getByRole('button', { name: 'Back to the timer' }).click();

  // The provider later says to go ahead: the dose is recorded as given now.
  await page.clock.runFor('02:00');
  await page.getByRole('button', { name: 'Record the dose' }).click();
  await expect(page.getByRole('button', { name: 'Record the dose' })).toHaveCount(0);
  await expect(page.getByText(/Since the dose: \d+ s/)).toBeVisible();
  await page.getByRole('button', { name: 'Session log' }).click();
  await expect(
    page.getByRole('list', { name: 'Log entries' }).getByText('Dose taken at 2:02 PM'),
  ).toBeVisible();
});
