import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations, expectTimer, startSession, openStartForm } from './helpers';

const START = new Date('2026-11-21T14:00:00');

async function openLog(page: Page) {
  await page.getByRole('button', { name: 'Session log' }).click();
  return page.getByRole('list', { name: 'Log entries' });
}

test.beforeEach(async ({ page, context }) => {
  await context.grantPermissions(['notifications']);
  await page.clock.install({ time: START });
  await page.goto('/');
  // The service worker shows the notifications; wait until it controls the page.
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
});

test('the alarm falls due, notifies, and two taps check in and reset the countdown', async ({
  page,
}) => {
  await openStartForm(page);
  await expectNoAxeViolations(page, 'start form');
  await page.getByLabel('Your name (the sitter)').fill('Alex');
  await page.getByRole('button', { name: 'Start session' }).click();
  const timer = page.getByRole('timer', { name: 'Next check-in' });
  await expectTimer(timer, '15:00');
  await expectNoAxeViolations(page, 'active screen');

  await page.clock.runFor('10:00');
  await expectTimer(timer, '5:00');
  await page.clock.runFor('05:00');
  const alarm = page.getByRole('alertdialog', { name: 'Check-in due' });
  await expect(alarm).toBeVisible();
  await expect(alarm.getByText('Alarm sound playing')).toBeVisible();
  await expectNoAxeViolations(page, 'alarm dialog');
  const titles = await page.evaluate(async () => {
    const reg = await navigator.serviceWorker.getRegistration();
    return (await reg!.getNotifications()).map((n) => n.title);
  });
  expect(titles).toContain('Check-in due');

  // Escape does not dismiss it: only checking in does.
  await page.keyboard.press('Escape');
  await expect(alarm).toBeVisible();

  await alarm.getByRole('button', { name: 'Check in' }).click();
  await expectNoAxeViolations(page, 'check-in form');
  await page.getByRole('button', { name: 'Resting, breathing normally' }).click();
  await expect(alarm).toBeHidden();
  await expectTimer(timer, '15:00');
  const log = await openLog(page);
  await expect(log.getByText('Check-in: Resting, breathing normally (not roused)')).toBeVisible();
  await expect(log.getByText(/Alarm: check-in due/)).toBeVisible();
  await expectNoAxeViolations(page, 'session log');
});

test('an unanswered alarm turns urgent at 2 minutes and is logged as missed at 5', async ({
  page,
}) => {
  await startSession(page, { interval: '10' });
  await page.clock.runFor('10:00');
  const alarm = page.getByRole('alertdialog', { name: 'Check-in due' });
  await expect(alarm).toBeVisible();
  await page.clock.runFor('02:00');
  await expect(alarm.getByText(/Overdue by 2 min\. Go and check on them now\./)).toBeVisible();
  await page.clock.runFor('03:00');
  await expect(alarm).toBeVisible();
  await alarm.getByRole('button', { name: 'Check in' }).click();
  await page.getByRole('button', { name: 'Resting, breathing normally' }).click();
  const log = await openLog(page);
  await expect(log.getByText(/Missed check-in \(due 2:10 PM, 5 min late\)/)).toBeVisible();
  await expect(log.getByText(/Alarm: urgent/)).toBeVisible();
});

test('a reload mid-session returns to the same session with the true countdown', async ({
  page,
}) => {
  await startSession(page);
  await page.clock.runFor('04:00');
  await page.reload();
  const timer = page.getByRole('timer', { name: 'Next check-in' });
  await expectTimer(timer, '11:00');
  const log = await openLog(page);
  await expect(log.getByText(/Session started by Alex/)).toBeVisible();
  await expect(log.getByText(/App back on screen/)).toBeVisible();
});

test('closed for 40 minutes: missed check-ins are recorded with their times and the alarm sounds at once', async ({
  page,
  context,
}) => {
  await startSession(page);
  await page.close();
  const later = await context.newPage();
  const reopenAt = new Date(START.getTime() + 40 * 60_000);
  await later.clock.install({ time: reopenAt });
  await later.goto('/');
  const alarm = later.getByRole('alertdialog', { name: 'Check-in due' });
  await expect(alarm).toBeVisible();
  await expect(alarm.getByText(/Overdue by 2[45] min/)).toBeVisible();
  await expect(alarm.getByText('Alarm sound playing')).toBeVisible();
  await alarm.getByRole('button', { name: 'Check in' }).click();
  await later.getByRole('button', { name: 'Resting, breathing normally' }).click();
  const log = await openLog(later);
  await expect(log.getByText(/Missed check-in \(due 2:15 PM/)).toBeVisible();
  await expect(log.getByText(/Missed check-in \(due 2:30 PM/)).toBeVisible();
  await expect(log.getByText(/Missed check-in \(due 2:45 PM/)).toHaveCount(0);
});

test('impossible vitals get a specific message and the form keeps what was entered', async ({
  page,
}) => {
  await startSession(page);
  await page.getByRole('button', { name: 'Check in now' }).click();
  await page.getByRole('radio', { name: 'Drowsy, responds to name' }).check();
  await page.getByLabel(/top number/).fill('80');
  await page.getByLabel(/bottom number/).fill('95');
  await page.getByLabel(/Oxygen saturation/).fill('120');
  await page.getByLabel('Note (optional)').fill('Said the room is spinning');
  await page.getByRole('button', { name: 'Save check-in' }).click();
  await expect(
    page.getByText('Systolic (top number) must be higher than diastolic (bottom number).'),
  ).toBeVisible();
  await expect(page.getByText(/Oxygen saturation must be between 50 and 100/)).toBeVisible();
  await expect(page.getByRole('radio', { name: 'Drowsy, responds to name' })).toBeChecked();
  await expect(page.getByLabel(/top number/)).toHaveValue('80');
  await expect(page.getByLabel('Note (optional)')).toHaveValue('Said the room is spinning');
  await expectNoAxeViolations(page, 'check-in form with errors');
  await page.getByLabel(/top number/).fill('128');
  await page.getByLabel(/bottom number/).fill('82');
  await page.getByLabel(/Oxygen saturation/).fill('97');
  await page.getByRole('button', { name: 'Save check-in' }).click();
  const log = await openLog(page);
  await expect(log.getByText(/Drowsy, responds to name.*Blood pressure 128\/82/)).toBeVisible();
});

test('ending the session lists it on home with its duration and counts', async ({ page }) => {
  await startSession(page);
  await page.clock.runFor('21:00');
  await page
    .getByRole('alertdialog', { name: 'Check-in due' })
    .getByRole('button', { name: 'Check in' })
    .click();
  await page.getByRole('button', { name: 'Resting, breathing normally' }).click();
  await page.clock.runFor('05:00');
  await page.getByRole('button', { name: 'End session' }).click();
  // 26 minutes is short of the minimum time after the dose, so ending needs a reason.
  await page.getByLabel('Why are you ending now?').fill('Short test session');
  await page.getByRole('button', { name: 'End session' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Session summary' })).toBeVisible();
  await page.getByRole('button', { name: 'Back to home' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Sitwell' })).toBeVisible();
  await expect(page.getByText('26 min · 1 check-in · 1 missed check-in')).toBeVisible();
});
