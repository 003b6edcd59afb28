import { expect, test, type APIRequestContext } from '@playwright/test';
import type { Observation } from '../../src/domain/log/observation';
import type { NewEntry } from '../../src/storage/entries';
import { DEFAULT_PROTOCOL } from '../../src/domain/protocol/protocol';
import { expectNoAxeViolations } from '../e2e/helpers';
import {
  browserClinic,
  chainedLog,
  openRelaySession,
  postEntry,
  type TestClinic,
} from './clinic-fixture';
import { setUpConsole, tabTo } from './clinic-ui';

const MIN = 60_000;
const ALERT: Observation = {
  responsiveness: 'normal',
  breathing: 'normal',
  comfort: 'calm',
  nausea: 'none',
};

/** A session whose log starts `startedMinAgo` minutes ago with a dose, posted to the relay. */
async function liveSession(
  request: APIRequestContext,
  c: TestClinic,
  people: { sitterName: string; patientName: string },
  startedMinAgo: number,
) {
  const t0 = Date.now() - startedMinAgo * MIN;
  const session = await openRelaySession(request, c.clinicId);
  const inputs: NewEntry[] = [
    { kind: 'session-started', data: { ...people, intervalMin: 15, preAlert: true }, at: t0 },
    { kind: 'dose-recorded', data: { doseAt: t0 + MIN }, at: t0 + MIN },
  ];
  let log = await chainedLog(session.sessionId, inputs);
  for (let i = 0; i < log.length; i++)
    await postEntry(request, c, session, log, i, { ...DEFAULT_PROTOCOL, providerName: 'Dr Lee' });
  /** Adds one entry to the log and posts it. */
  const add = async (input: NewEntry) => {
    log = await chainedLog(session.sessionId, [...inputs, input]);
    inputs.push(input);
    await postEntry(request, c, session, log, log.length - 1);
  };
  return { session, add };
}

test('the board shows live sessions as they happen, most urgent first, and acknowledges', async ({
  page,
  request,
}) => {
  await setUpConsole(page, 'Board Clinic');
  const c = await browserClinic(page);
  await page.getByRole('button', { name: 'Open the board' }).click();
  await expect(page.getByText('Live: updates arrive as they happen.')).toBeVisible();

  // A session on time, then a check-in: each on the board within 2 s.
  const calm = await liveSession(request, c, { sitterName: 'Kim', patientName: 'Robin' }, 3);
  const calmRow = page.getByRole('article', { name: 'Robin, with Kim sitting' });
  await expect(calmRow).toBeVisible({ timeout: 2_000 });
  await expect(calmRow).toContainText('On time');
  await expect(calmRow).toContainText('Since the dose2 min');
  await expect(calmRow).toContainText('Last check-innone yet');
  await calm.add({ kind: 'check-in', data: { observation: ALERT }, at: Date.now() });
  await expect(calmRow).toContainText(/Last check-in\d.*\(\d+ s ago\)/, { timeout: 2_000 });

  // A session whose check-in was due 6 minutes ago: overdue, above the calm one, and alerted.
  const late = await liveSession(request, c, { sitterName: 'Ana', patientName: 'Jo' }, 21);
  const lateRow = page.getByRole('article', { name: 'Jo, with Ana sitting' });
  await expect(lateRow).toContainText('Overdue 6 min', { timeout: 2_000 });
  await expect(lateRow).toContainText('Nothing received since');
  await expect(page.getByRole('article').first()).toHaveAccessibleName('Jo, with Ana sitting');
  const ack = lateRow.getByRole('button', { name: 'Acknowledge: I’m calling' });
  await expect(ack).toBeVisible({ timeout: 5_000 });
  await expectNoAxeViolations(page, 'board with an overdue session');

  await tabTo(page, ack);
  await page.keyboard.press('Enter');
  await expect(lateRow.getByRole('status')).toHaveText(
    'Acknowledged. The sitter is told the clinic is calling.',
  );
  await expect(lateRow).toContainText(/Acknowledged by this device at .*: they are calling\./);
  await expect(ack).toBeHidden();
  // The sitter's side reads the acknowledgment from the relay.
  const seen = await request.get(`/api/v1/sessions/${late.session.sessionId}`, {
    headers: { authorization: `Bearer ${late.session.writeToken}` },
  });
  const alerts = ((await seen.json()) as { alerts: { acknowledgedBy: string | null }[] }).alerts;
  expect(alerts.map((a) => a.acknowledgedBy)).toEqual([`device:${c.deviceId}`]);

  // The audit list.
  await page
    .getByRole('navigation', { name: 'Clinic console' })
    .getByRole('button', { name: 'Alerts' })
    .click();
  const item = page.getByRole('listitem').filter({ hasText: 'Check-in overdue' });
  await expect(item).toContainText('Jo, with Ana sitting');
  await expect(item).toContainText(/Acknowledged at .* by this device; still open\./);
  await expectNoAxeViolations(page, 'alert audit');

  // A check-in closes the alert ("all clear"): the audit list says so, the row is on time.
  await late.add({ kind: 'check-in', data: { observation: ALERT }, at: Date.now() });
  await expect(item).toContainText('closed at', { timeout: 5_000 });
  await expect(item).toContainText('(the sitter checked in)');
  await page.getByRole('button', { name: 'Board' }).click();
  await expect(lateRow).toContainText('On time');
});

test('a session that stopped sending says so, and its detail shows the log', async ({
  page,
  request,
}) => {
  await setUpConsole(page, 'Quiet Clinic');
  const c = await browserClinic(page);
  await page.getByRole('button', { name: 'Open the board' }).click();
  // Due 2 minutes ago, the deadline 3 minutes ahead: nothing has come since it was due.
  const quiet = await liveSession(request, c, { sitterName: 'Lou', patientName: 'Max' }, 17);
  const row = page.getByRole('article', { name: 'Max, with Lou sitting' });
  await expect(row).toContainText('Not sending');
  await expect(row).toContainText(/Nothing received since .*; check-in was due/);
  await expect(row).not.toContainText('On time');
  await quiet.add({
    kind: 'vitals',
    data: { vitals: { systolic: 132, diastolic: 84, heartRate: 72 } },
    at: Date.now(),
  });
  await row.getByRole('button', { name: 'Open session' }).click();
  await expect(
    page.getByRole('heading', { name: 'Max, with Lou sitting', level: 1 }),
  ).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Blood pressure' })).toBeVisible();
  await expect(page.getByText(/132\/84 mmHg/).first()).toBeVisible();
  await expect(page.getByText('Full log (3 entries)')).toBeVisible();
  await expectNoAxeViolations(page, 'clinic session detail');
  await page.getByRole('button', { name: 'Back to the board' }).click();
  await expect(page.getByRole('heading', { name: 'Quiet Clinic: live sessions' })).toBeVisible();
});

test('with the relay unreachable, the board says since when and how old its data is', async ({
  page,
}) => {
  await setUpConsole(page, 'Offline Clinic');
  await page.getByRole('button', { name: 'Open the board' }).click();
  await expect(page.getByText('Live: updates arrive as they happen.')).toBeVisible();
  // The relay's stream stops answering: the page cannot reach it any more.
  await page.route('**/api/v1/clinics/*/stream', (route) => route.abort('connectionrefused'));
  await page.reload();
  const line = page.getByRole('status').filter({ hasText: 'The relay cannot be reached since' });
  await expect(line).toBeVisible();
  await expect(line).toContainText(/The board shows what the relay said at .*, \d+ s ago\./);
  await expectNoAxeViolations(page, 'board, relay unreachable');
  await page.unroute('**/api/v1/clinics/*/stream');
  await expect(page.getByText('Live: updates arrive as they happen.')).toBeVisible({
    timeout: 15_000,
  });
});
