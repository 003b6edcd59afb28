import { expect, test } from '@playwright/test';
import { expectNoAxeViolations, startSession } from './helpers';

test('home renders with its heading, purpose, empty state and storage status', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: 'Sitwell' })).toBeVisible();
  await expect(page.getByText('check-in timer and log for the sober sitter')).toBeVisible();
  await expect(page.getByText('No sessions yet')).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Storage on this device' })).toBeVisible();
  await expectNoAxeViolations(page, 'home');
});

test('the log persists across a reload', async ({ page }) => {
  await page.goto('/');
  await startSession(page);
  await page.getByRole('button', { name: 'Add note' }).click();
  await page.getByLabel('Note').fill('Patient asked for the blanket');
  await page.getByRole('button', { name: 'Save note' }).click();
  // The form closes once the note is stored; reloading before that would cut the save short.
  await expect(page.getByLabel('Note')).toHaveCount(0);
  await page.reload();
  await expect(page.getByRole('timer', { name: 'Next check-in' })).toBeVisible();
  await page.getByRole('button', { name: 'Session log' }).click();
  const log = page.getByRole('list', { name: 'Log entries' });
  await expect(log.getByText('Sitter’s note: Patient asked for the blanket')).toBeVisible();
  await expect(log.getByText(/Session started by Alex/)).toBeVisible();
});

test('a second tab says Sitwell is open elsewhere and can take over', async ({ page, context }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { name: 'Sitwell' })).toBeVisible();
  const second = await context.newPage();
  await second.goto('/');
  await expect(
    second.getByRole('heading', { name: 'Sitwell is open in another tab' }),
  ).toBeVisible();
  await expectNoAxeViolations(second, 'second tab');
  await second.getByRole('button', { name: 'Use Sitwell in this tab' }).click();
  await expect(
    second.getByRole('heading', { level: 1, name: 'Sitwell', exact: true }),
  ).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Sitwell moved to another tab' })).toBeVisible();
});

test('a tab waiting for another carries on by itself once that tab is closed', async ({
  page,
  context,
}) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { name: 'Sitwell' })).toBeVisible();
  const second = await context.newPage();
  await second.goto('/');
  await expect(
    second.getByRole('heading', { name: 'Sitwell is open in another tab' }),
  ).toBeVisible();
  // A quick reopen: the old tab is still closing when the new one asks.
  await page.close();
  await expect(
    second.getByRole('heading', { level: 1, name: 'Sitwell', exact: true }),
  ).toBeVisible();
});
