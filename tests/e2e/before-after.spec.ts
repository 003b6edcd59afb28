import { expect, test, type Locator, type Page } from '@playwright/test';
import { expectNoAxeViolations, startSession } from './helpers';

const START = new Date('2026-11-21T14:00:00');

/** A protocol file as the provider would send it. */
function protocolFile(protocol: Record<string, unknown>, name = 'protocol.json') {
  const json = JSON.stringify({
    format: 'sitwell-protocol',
    version: 1,
    issuedBy: 'Dr Lee',
    protocol,
  });
  return { name, mimeType: 'application/json', buffer: Buffer.from(json) };
}

/** One row of a description list (label and value), found by its label. */
function row(group: Locator, label: string): Locator {
  const exact = new RegExp(`^${label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`);
  return group
    .locator('dl > div')
    .filter({ has: group.page().getByRole('term').filter({ hasText: exact }) });
}

async function nextStep(page: Page, title: string): Promise<void> {
  await page.getByRole('button', { name: 'Next' }).click();
  await expect(page.getByRole('heading', { level: 2, name: title })).toBeVisible();
}

test.beforeEach(async ({ page, context }) => {
  await context.grantPermissions(['notifications']);
  await page.clock.install({ time: START });
  await page.goto('/');
});

test('a protocol file is shown as from the provider; a bad file names every problem and changes nothing', async ({
  page,
}) => {
  await page.goto('/settings/protocol');
  const inUse = page.getByRole('group', { name: 'Protocol in use' });
  await expect(row(inUse, 'Blood-pressure limit before dosing')).toContainText(
    'Default: the esketamine label’s general guide',
  );
  await expectNoAxeViolations(page, 'protocol screen with defaults');

  const fileInput = page.getByLabel('Protocol file from the provider (.json)');
  await fileInput.setInputFiles(
    protocolFile({ intervalMin: 10, preDoseBp: { systolic: 150, diastolic: 95 } }),
  );
  await expect(
    page.getByRole('status').filter({ hasText: 'Imported 2 settings from “protocol.json”' }),
  ).toBeVisible();
  await expect(row(inUse, 'Check-in interval')).toContainText('Every 10 min');
  await expect(row(inUse, 'Check-in interval')).toContainText(
    'From the provider, imported Nov 21, 2026',
  );
  await expect(row(inUse, 'Blood-pressure limit before dosing')).toContainText('Above 150/95 mmHg');
  await expect(row(inUse, 'Minimum monitoring time')).toContainText('Default');

  await fileInput.setInputFiles(
    protocolFile({ intervalMin: 45, spo2Min: 'high', colour: 'blue' }, 'bad.json'),
  );
  const alert = page.getByRole('alert').filter({ hasText: 'Nothing was imported' });
  await expect(alert).toContainText(
    'Check-in interval: 45 minutes is longer than the 15 minutes programs require ' +
      '[seed interview, MB-help]; choose 15 or less.',
  );
  await expect(alert).toContainText(
    'Lowest oxygen saturation: got "high", must be a whole number from 80 to 98 percent.',
  );
  await expect(alert).toContainText('Unknown field "colour"');
  await expectNoAxeViolations(page, 'protocol screen with import problems');
  await page.reload();
  await expect(row(inUse, 'Check-in interval')).toContainText('Every 10 min');
  await expect(row(inUse, 'Check-in interval')).toContainText('From the provider');
  // The start form takes its default interval from the protocol.
  await page.goto('/start');
  await page.getByRole('button', { name: 'Skip for now' }).click();
  await expect(page.getByRole('radio', { name: '10 min' })).toBeChecked();

  await page.goto('/settings/protocol');
  await page.getByRole('button', { name: 'Reset to defaults' }).click();
  await page.getByRole('button', { name: 'Yes, reset' }).click();
  await expect(row(inUse, 'Check-in interval')).toContainText('Every 15 min');
  await expect(row(inUse, 'Check-in interval')).toContainText('Default');
});

test('a provider makes a link; opening it previews the protocol and applies it only when asked', async ({
  page,
  baseURL,
}) => {
  await page.goto('/settings/protocol');
  await page.getByText('For providers: create a protocol link or file').click();
  await page.getByLabel('Check-in interval (minutes, 5 to 15)').fill('12');
  await page.getByLabel('Provider name').fill('Dr Lee');
  await page.getByRole('button', { name: 'Create link and file' }).click();
  const link = await page.getByLabel('Link to send').inputValue();
  expect(link.startsWith(`${baseURL}/settings/protocol#protocol=`)).toBe(true);
  expect(new URL(link).hash).toMatch(/^#protocol=[\w-]+$/);
  await expectNoAxeViolations(page, 'protocol link maker');

  // Opened at the app's root, as a provider's message might link it.
  await page.goto(`/${new URL(link).hash}`);
  const preview = page.getByRole('group', { name: 'Settings in the link' });
  await expect(row(preview, 'Check-in interval')).toContainText('Every 12 min');
  await expect(row(preview, 'Provider name')).toContainText('Dr Lee');
  await expectNoAxeViolations(page, 'protocol link preview');
  const inUse = page.getByRole('group', { name: 'Protocol in use' });
  await expect(row(inUse, 'Check-in interval')).toContainText('Default');
  await page.getByRole('button', { name: 'Apply this protocol' }).click();
  await expect(row(inUse, 'Check-in interval')).toContainText('Every 12 min');
  await expect(row(inUse, 'Check-in interval')).toContainText('From the provider');
  await expect(preview).toBeHidden();
  expect(new URL(page.url()).hash).toBe('');
});

test('an interrupted preparation resumes after a reload', async ({ page }) => {
  await page.getByRole('button', { name: 'Prepare and start' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Who is here' })).toBeVisible();
  await expectNoAxeViolations(page, 'preparation: people');
  await page.getByRole('button', { name: 'Next' }).click();
  await expect(page.getByText('Enter your name: it goes on the log')).toBeVisible();
  await page.getByLabel('Your name (the sitter)').fill('Alex');
  await nextStep(page, 'Contacts and address');
  await expectNoAxeViolations(page, 'preparation: contacts');
  // The emergency number is confirmed once, for where the sitter is.
  await page.getByRole('button', { name: 'Next' }).click();
  await expect(page.getByText('Confirm the emergency number first')).toBeVisible();
  await page.getByRole('button', { name: /Yes, 911 is right/ }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Confirmed: 911.' })).toBeVisible();
  await nextStep(page, 'What you agree with the patient');
  await page.getByRole('radio', { name: 'No touch' }).check();
  await page.getByRole('radio', { name: 'Only if they ask' }).check();
  await expectNoAxeViolations(page, 'preparation: agreement');

  await page.reload();
  await expect(page.getByText('Picked up where you left off')).toBeVisible();
  await expect(
    page.getByRole('heading', { level: 2, name: 'What you agree with the patient' }),
  ).toBeVisible();
  await expect(page.getByRole('radio', { name: 'No touch' })).toBeChecked();
  await expect(page.getByRole('radio', { name: 'Only if they ask' })).toBeChecked();
  await page.getByRole('button', { name: 'Back' }).click();
  await page.getByRole('button', { name: 'Back' }).click();
  await expect(page.getByLabel('Your name (the sitter)')).toHaveValue('Alex');
});

test('a pre-dose reading above the limit holds the dose until the provider’s approval is recorded', async ({
  page,
}) => {
  await page.getByRole('button', { name: 'Prepare and start' }).click();
  await page.getByLabel('Your name (the sitter)').fill('Alex');
  await nextStep(page, 'Contacts and address');
  await page.getByRole('button', { name: /Yes, 911 is right/ }).click();
  await nextStep(page, 'What you agree with the patient');
  await page.getByRole('radio', { name: 'No touch' }).check();
  await nextStep(page, 'The room and the day');
  await page.getByRole('checkbox', { name: 'A bucket and water within reach' }).check();
  await expectNoAxeViolations(page, 'preparation: set and setting');
  await nextStep(page, 'The dose');
  await page.getByLabel('Medication (optional)').fill('Ketamine tablet');
  await page.getByLabel('How it is taken (optional)').fill('under the tongue');
  await page.getByLabel('Amount (optional)').fill('300 mg');
  await page.getByRole('checkbox', { name: 'Alcohol' }).check();
  await page.getByLabel('What, how much and when (optional)').fill('one glass of wine at noon');
  await expect(page.getByText('Tell the provider before the dose.')).toBeVisible();
  await expectNoAxeViolations(page, 'preparation: dose');
  await nextStep(page, 'Blood pressure before the dose');
  await page.getByLabel('Top number (systolic)').fill('150');
  await page.getByLabel('Bottom number (diastolic)').fill('95');
  await expect(page.getByRole('alert').filter({ hasText: 'Hold the dose.' })).toContainText(
    '150/95 is above the limit of 140/90. Contact the provider before dosing',
  );
  await expectNoAxeViolations(page, 'preparation: blood pressure above the limit');

  await page.getByRole('button', { name: 'Next' }).click();
  await expect(page.getByText('Contact the provider first. To continue,')).toBeVisible();
  await page
    .getByRole('checkbox', { name: 'The provider approved going ahead with the dose' })
    .check();
  await page.getByRole('button', { name: 'Next' }).click();
  await expect(
    page.getByRole('heading', { level: 2, name: 'Blood pressure before the dose' }),
  ).toBeVisible();
  await page.getByLabel('Who approved it, and when').fill('Dr Lee, by phone at 13:50');
  await nextStep(page, 'For the patient (optional)');
  await page.getByLabel(/An intention for this session/).fill('Be gentle with myself');
  await page.getByRole('radio', { name: '6', exact: true }).check();
  await expectNoAxeViolations(page, 'preparation: for the patient');
  await nextStep(page, 'Test the alarm sound');
  await page.getByRole('button', { name: 'Play the check-in sound' }).click();
  await page.getByRole('radio', { name: 'No' }).check();
  await expect(page.getByText('Disconnect Bluetooth headphones')).toBeVisible();
  await page.getByRole('radio', { name: 'Yes, I heard it' }).check();
  await expectNoAxeViolations(page, 'preparation: alarm test');
  await page.getByRole('button', { name: 'Continue to start' }).click();

  await expect(page.getByLabel('Your name (the sitter)')).toHaveValue('Alex');
  await expect(
    page.getByText('Your preparation (agreement, checklist, dose and blood pressure) is recorded'),
  ).toBeVisible();
  await page.getByRole('button', { name: 'Start session' }).click();
  await page.getByText('What we agreed').click();
  await expect(page.getByText('No touch', { exact: true })).toBeVisible();
  await expectNoAxeViolations(page, 'active screen with the agreement');
  await page.getByRole('button', { name: 'Session log' }).click();
  const log = page.getByRole('list', { name: 'Log entries' });
  await expect(log.getByText('Preparation completed')).toBeVisible();
  await expect(log.getByText('Vitals before dose: Blood pressure 150/95')).toBeVisible();
  await expect(
    log.getByText(
      'Provider approved going ahead: Pre-dose blood pressure 150/95, above the limit of 140/90. Dr Lee, by phone at 13:50',
    ),
  ).toBeVisible();
  await expect(
    log.getByText('Dose taken at 2:00 PM: Ketamine tablet, 300 mg, under the tongue'),
  ).toBeVisible();
  await expect(log.getByText('Patient’s intention: Be gentle with myself')).toBeVisible();
  await expect(log.getByText('Patient’s mood before the session: 6 out of 10')).toBeVisible();
});

test('no reading without a reason, and none at all from 180/110: "don’t dose"', async ({
  page,
}) => {
  await page.getByRole('button', { name: 'Prepare and start' }).click();
  await page.getByLabel('Your name (the sitter)').fill('Alex');
  await nextStep(page, 'Contacts and address');
  await page.getByRole('button', { name: /Yes, 911 is right/ }).click();
  for (const title of ['What you agree with the patient', 'The room and the day', 'The dose']) {
    await nextStep(page, title);
  }
  await nextStep(page, 'Blood pressure before the dose');
  await page.getByRole('button', { name: 'Next' }).click();
  await expect(page.getByText('Take a reading, or write why none could be taken.')).toBeVisible();
  await page.getByLabel('Top number (systolic)').fill('182');
  await page.getByLabel('Bottom number (diastolic)').fill('100');
  const stop = page.getByRole('alert').filter({ hasText: 'Don’t give the dose.' });
  await expect(stop).toContainText('182/100 is 180/110 or higher');
  await expect(stop.getByRole('link', { name: 'Call 911' })).toHaveAttribute('href', 'tel:911');
  await expect(page.getByRole('checkbox', { name: /provider approved/ })).toHaveCount(0);
  await expectNoAxeViolations(page, 'preparation: do not dose');
  await page.getByRole('button', { name: 'Next' }).click();
  await expect(
    page.getByRole('heading', { level: 2, name: 'Blood pressure before the dose' }),
  ).toBeVisible();

  // Without a reading, a reason lets the sitter go on and is written to the log.
  await page.getByLabel('Top number (systolic)').fill('');
  await page.getByLabel('Bottom number (diastolic)').fill('');
  await page.getByLabel(/No reading\? Write why/).fill('The cuff does not fit');
  await nextStep(page, 'For the patient (optional)');
  await nextStep(page, 'Test the alarm sound');
});

test('ending before the minimum time shows the unmet checks, needs a reason, and the summary matches the log', async ({
  page,
}) => {
  await startSession(page);
  const alarm = page.getByRole('alertdialog', { name: 'Check-in due' });
  for (const wait of ['15:00', '15:00']) {
    await page.clock.runFor(wait);
    await alarm.getByRole('button', { name: 'Check in' }).click();
    await page.getByRole('button', { name: 'Resting, breathing normally' }).click();
    await expect(alarm).toBeHidden();
  }
  await page.clock.runFor('10:00');
  const reminder = page.getByRole('region', {
    name: 'Blood-pressure re-check due (about 40 min after the dose)',
  });
  await expect(reminder).toBeVisible();
  await expectNoAxeViolations(page, 'active screen with a re-check reminder');
  await reminder.getByRole('button', { name: 'Record reading' }).click();
  await reminder.getByLabel('Top number (systolic)').fill('135');
  await reminder.getByLabel('Bottom number (diastolic)').fill('85');
  await reminder.getByRole('button', { name: 'Save reading' }).click();
  await expect(reminder).toBeHidden();

  await page.getByRole('button', { name: 'End session' }).click();
  const checks = page.getByRole('list', { name: 'Closing checks' });
  await expect(checks).toContainText('At least 2 h since the dose: not met');
  await expect(checks).toContainText('1 h 20 min to go (40 min since the dose).');
  await expect(checks).toContainText('Fully alert: responds normally: not met');
  await expect(checks).toContainText('Blood pressure checked in the last 30 min: met');
  await page.getByRole('radio', { name: 'Yes, steady with help' }).check();
  await page.getByRole('radio', { name: 'No', exact: true }).check();
  await expect(checks).toContainText('Can walk steadily with help: met');
  await expect(page.getByRole('heading', { name: 'No driving today' })).toBeVisible();
  await expectNoAxeViolations(page, 'closing screen');
  await page.getByRole('button', { name: 'End session' }).click();
  await expect(page.getByText('Write why you are ending before every check is met')).toBeVisible();
  await page.getByLabel('Why are you ending now?').fill('Provider agreed by phone to end early');
  await page.getByRole('button', { name: 'End session' }).click();

  await expect(page.getByRole('heading', { level: 1, name: 'Session summary' })).toBeVisible();
  await expectNoAxeViolations(page, 'session summary');
  const figures = page.getByRole('group', { name: 'Session figures' });
  await expect(row(figures, 'Total monitoring time')).toContainText(/4[01] min/);
  await expect(row(figures, 'Check-ins')).toContainText('2 done, 0 missed');
  await expect(row(figures, 'Longest gap between check-ins')).toContainText('15 min');
  await expect(row(figures, 'Closing checks')).toContainText(
    '5 of 7 met; not met: Minimum time since the dose, Fully alert',
  );
  await expect(row(figures, 'Reason for ending')).toContainText(
    'Provider agreed by phone to end early',
  );
  await expect(page.getByRole('list', { name: 'Blood-pressure readings' })).toContainText(
    '2:40 PM — 135/85 mmHg (re-check)',
  );

  await page.getByText('Full log').click();
  const log = page.getByRole('list', { name: 'Log entries' });
  await expect(log.getByText(/Check-in: /)).toHaveCount(2);
  await expect(log.getByText(/Missed check-in/)).toHaveCount(0);
  const dueAlarms = await log.getByText(/Alarm: check-in due/).count();
  await expect(row(figures, 'Alarms')).toContainText(
    `${dueAlarms} alarm${dueAlarms === 1 ? '' : 's'} (0 urgent)`,
  );
  await expect(log.getByText('Vitals re-check: Blood pressure 135/85')).toBeVisible();
  await expect(log.getByText('Reminder done: blood-pressure re-check at 40 min')).toBeVisible();
  await expect(
    log.getByText(
      'Session ended: Provider agreed by phone to end early (5 of 7 closing checks met)',
    ),
  ).toBeVisible();

  await page.getByRole('button', { name: 'Back to home' }).click();
  await page.getByRole('link', { name: /^Summary, .*2026/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Session summary' })).toBeVisible();
});
