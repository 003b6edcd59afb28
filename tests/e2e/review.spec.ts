import { expect, test, type Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { expectNoAxeViolations, openStartForm } from './helpers';

// The patient's own look back, their entries, the series and the self-checks, driven as the
// patient (and the sitter) would.

test.use({ locale: 'en-US', timezoneId: 'America/New_York' });

const START = new Date('2026-11-21T14:00:00');
const H1 = (page: Page, name: string | RegExp) => page.getByRole('heading', { level: 1, name });

test.beforeEach(async ({ page }) => {
  await page.clock.install({ time: START });
  await page.goto('/');
});

/** A short session from home to its summary: one check-in with a reading, ended with a reason. */
async function shortSession(page: Page, systolic: string): Promise<void> {
  await openStartForm(page);
  await page.getByLabel('Your name (the sitter)').fill('Alex');
  await page.getByLabel(/Patient.s name/).fill('Sam');
  await page.getByRole('button', { name: 'Start session' }).click();
  await page.getByRole('button', { name: 'Check in now' }).click();
  await page.getByRole('radio', { name: 'Responds normally' }).check();
  await page.getByLabel(/top number/).fill(systolic);
  await page.getByLabel(/bottom number/).fill('80');
  await page.getByRole('button', { name: 'Save check-in' }).click();
  await page.clock.runFor('10:00');
  await page.getByRole('button', { name: 'End session' }).click();
  await page.getByLabel('Why are you ending now?').fill('Short session for the review test');
  await page.getByRole('button', { name: 'End session' }).click();
  await expect(H1(page, 'Session summary')).toBeVisible();
}

test('"Look back" draws the session and its readings with names and text alternatives; the patient’s mood and reflection are marked as theirs', async ({
  page,
}) => {
  await shortSession(page, '130');
  await page.getByRole('button', { name: 'Look back (for the patient)' }).click();
  await expect(H1(page, 'Looking back')).toBeVisible();
  await expect(page.getByText(/Alex sat with you/)).toBeVisible();
  await expect(page.getByRole('img', { name: 'Your session over time' })).toBeVisible();
  const vitals = page.getByRole('img', { name: 'Blood pressure and heart rate' });
  await expect(vitals).toBeVisible();
  await vitals.locator('xpath=..').getByText('Show as a table').click();
  await expect(page.getByRole('table').filter({ hasText: '130/80' })).toBeVisible();
  await expectNoAxeViolations(page, 'look back');
  // No lock is set, so there is nothing to lock again.
  await expect(page.getByRole('button', { name: 'Lock again' })).toHaveCount(0);

  await page.getByRole('radio', { name: '7', exact: true }).check();
  await page.getByRole('button', { name: 'Save my mood' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Your mood is saved.' })).toBeVisible();
  await page.getByLabel(/What came up/).fill('A memory of the sea');
  await page.getByRole('button', { name: /Save/ }).last().click();
  const own = page.getByRole('list', { name: 'Your own entries' });
  await expect(own.getByText('Your mood after the session: 7 out of 10')).toBeVisible();
  await expect(own.getByText('A memory of the sea')).toBeVisible();
  await expect(own.getByText('Yours').first()).toBeVisible();
  await expectNoAxeViolations(page, 'look back with the patient’s entries');

  // Sharing leaves them out unless the patient ticks them: their place stays, their words don't.
  await page.getByRole('button', { name: 'Share with the provider' }).click();
  const own2 = page.getByRole('checkbox', { name: /^Their own intention, mood and reflections/ });
  await expect(own2).not.toBeChecked();
  const recordOf = async () => {
    const [file] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download the JSON' }).click(),
    ]);
    const doc = JSON.parse(await readFile(await file.path(), 'utf8')) as {
      entries: { kind: string; withheld?: true; data?: unknown }[];
    };
    return doc.entries.filter((e) => e.kind === 'patient-mood' || e.kind === 'patient-reflection');
  };
  const left = await recordOf();
  expect(left.map((e) => [e.kind, e.withheld, e.data])).toEqual([
    ['patient-mood', true, undefined],
    ['patient-reflection', true, undefined],
  ]);
  await own2.check();
  const shared = await recordOf();
  expect(shared.map((e) => e.withheld)).toEqual([undefined, undefined]);
  expect(JSON.stringify(shared)).toContain('A memory of the sea');
});

test('three sessions show as three points and three rows in the series', async ({ page }) => {
  for (const systolic of ['125', '140', '132']) {
    await shortSession(page, systolic);
    await page.getByRole('button', { name: 'Back to home' }).click();
  }
  await page.getByRole('button', { name: 'Your sessions over time' }).click();
  await expect(H1(page, 'Your sessions over time')).toBeVisible();
  const chart = page.getByRole('img', { name: 'Your sessions so far' });
  await expect(chart).toBeVisible();
  // One highest reading per session: three points on the blood pressure band.
  await expect(chart.locator('.sr-bp-top')).toHaveCount(3);
  const table = page.getByRole('table', { name: 'Your sessions, one row each' });
  await expect(table.getByRole('row')).toHaveCount(4);
  await expect(table).toContainText('140/80');
  await expectNoAxeViolations(page, 'series');
});

test('a PHQ-9 with item 9 above "not at all" shows 988 and the emergency number at once', async ({
  page,
}) => {
  await page.goto('/series/self-check');
  await expect(H1(page, 'A self-check')).toBeVisible();
  const item9 = page.getByRole('group', { name: /Thoughts that you would be better off dead/ });
  await item9.getByRole('radio', { name: 'Several days' }).check();
  const lines = page.getByRole('alert').filter({ hasText: '988' });
  await expect(lines).toBeVisible();
  await expect(lines.getByRole('link', { name: /Call 988/ })).toHaveAttribute('href', 'tel:988');
  await expect(lines.getByRole('link', { name: /Text 988/ })).toHaveAttribute('href', 'sms:988');
  await expect(lines.getByRole('link', { name: /911/ })).toHaveAttribute('href', 'tel:911');
  await expectNoAxeViolations(page, 'self-check with the item-9 response');
});

test('with a PIN set, the patient’s view asks for it, and the session’s alarm still rings', async ({
  page,
}) => {
  await shortSession(page, '128');
  const lookBack = new URL(page.url()).pathname + '/look-back';
  await page.goto('/settings/privacy');
  await page.getByLabel('A PIN (4 to 12 digits)').fill('2468');
  await page.getByRole('button', { name: 'Set the PIN' }).click();
  await expect(page.getByText('The PIN is set.')).toBeVisible();
  await expectNoAxeViolations(page, 'privacy');

  // A new session runs; the patient's view is locked again after a reload.
  await page.goto('/');
  await openStartForm(page);
  await page.getByLabel('Your name (the sitter)').fill('Alex');
  await page.getByRole('button', { name: 'Start session' }).click();
  // Started (saved) before leaving the screen, or the navigation would cut the start short.
  await expect(page.getByRole('timer', { name: 'Next check-in' })).toBeVisible();
  await page.goto(lookBack);
  await expect(
    page.getByRole('heading', { name: 'This is the patient’s private space' }),
  ).toBeVisible();
  await expect(page.getByText(/Alex sat with you/)).toHaveCount(0);
  await expectNoAxeViolations(page, 'locked look back');
  await page.clock.runFor('15:00');
  const alarm = page.getByRole('alertdialog', { name: 'Check-in due' });
  await expect(alarm).toBeVisible();
  await alarm.getByRole('button', { name: 'Check in' }).click();
  await page.getByRole('button', { name: 'Resting, breathing normally' }).click();
  // Back on the session screen once the check-in is stored: leaving earlier would cut the save.
  await expect(page.getByRole('timer', { name: 'Next check-in' })).toBeVisible();
  await expect(alarm).toBeHidden();

  await page.goto(lookBack);
  await page.getByLabel('PIN').fill('1111');
  await page.getByRole('button', { name: 'Unlock' }).click();
  await expect(page.getByText('That PIN is not right. Try again.')).toBeVisible();
  await page.getByLabel('PIN').fill('2468');
  await page.getByRole('button', { name: 'Unlock' }).click();
  await expect(page.getByText(/Alex sat with you/)).toBeVisible();
  // Handed back: one tap hides it again.
  await page.getByRole('button', { name: 'Lock again' }).click();
  await expect(page.getByLabel('PIN')).toBeVisible();
  await expect(page.getByText(/Alex sat with you/)).toHaveCount(0);
});
