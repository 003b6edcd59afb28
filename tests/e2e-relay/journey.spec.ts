import { expect, test } from '@playwright/test';
import { expectNoAxeViolations, openStartForm } from '../e2e/helpers';
import { setUpConsole } from './clinic-ui';

// The whole day across both apps, each in its own browser: the clinic sets up its console and
// makes a protocol link; the sitter opens it, agrees, starts; the board shows the session and its
// check-in within 2 s; an emergency reaches the board; the clinic acknowledges; the sitter's
// Sitwell logs that the clinic will call. (An overdue row needs the relay's clock to pass a
// deadline: that path is tested with a back-dated session in clinic-board.spec.ts.)

test('clinic console and sitter: link, consent, live board, emergency, acknowledgment', async ({
  browser,
}) => {
  const clinicCtx = await browser.newContext();
  const clinic = await clinicCtx.newPage();
  await setUpConsole(clinic, 'Dr. Lee’s clinic');
  await clinic.getByRole('button', { name: 'Make a protocol link' }).click();
  await clinic.getByRole('button', { name: 'Create link and file' }).click();
  const link = await clinic.getByLabel('Link to send').inputValue();
  await clinic.goto('/clinic');
  await expect(clinic.getByText('No live sessions.')).toBeVisible();

  const sitterCtx = await browser.newContext();
  const sitter = await sitterCtx.newPage();
  await sitter.goto(link);
  await sitter.getByRole('button', { name: 'Apply this protocol' }).click();
  await sitter.goto('/');
  await openStartForm(sitter);
  await sitter.getByRole('button', { name: 'We both agree: share live' }).click();
  await sitter.getByLabel('Your name (the sitter)').fill('Alex');
  await sitter.getByLabel('Patient’s name or initials (optional)').fill('Sam');
  await sitter.getByRole('button', { name: 'Start session' }).click();
  await expect(sitter.getByRole('timer', { name: 'Next check-in' })).toBeVisible();

  const row = clinic.getByRole('article', { name: 'Sam, with Alex sitting' });
  await expect(row).toBeVisible({ timeout: 3_000 });
  await expect(row).toContainText('On time');
  await sitter.getByRole('button', { name: 'Check in now' }).click();
  await sitter.getByRole('button', { name: 'Resting, breathing normally' }).click();
  await expect(row).toContainText(/Last check-in\d.*\(\d+ s ago\)/, { timeout: 3_000 });

  await sitter.getByRole('button', { name: 'Something’s wrong' }).click();
  await sitter.getByRole('button', { name: /Seizure/ }).click();
  await expect(row).toContainText('Emergency', { timeout: 3_000 });
  await expectNoAxeViolations(clinic, 'board with an emergency from a real sitter');
  await row.getByRole('button', { name: 'Acknowledge: I’m calling' }).click();
  await expect(row.getByRole('status')).toHaveText(
    'Acknowledged. The sitter is told the clinic is calling.',
  );
  // The sitter's Sitwell asks every 15 s and logs the word back once.
  await sitter.goto('/session/log');
  await expect(
    sitter.getByText(/The clinic acknowledged the alert at .*: they will call/),
  ).toBeVisible({
    timeout: 45_000,
  });
  await clinicCtx.close();
  await sitterCtx.close();
});
