import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { recordParts } from '../../src/domain/relay/live-event';
import { expectNoAxeViolations } from '../e2e/helpers';
import { signedRecord } from '../fixtures/session-record';
import {
  browserClinic,
  chainedLog,
  openRelaySession,
  postEntry,
  postPayload,
} from './clinic-fixture';
import { setUpConsole } from './clinic-ui';

const MIN = 60_000;

test('a final record arrives in parts, is verified, kept, triaged and exported as CSV', async ({
  page,
  request,
}) => {
  await setUpConsole(page, 'Inbox Clinic');
  const c = await browserClinic(page);
  await page.getByRole('button', { name: 'Open the board' }).click();

  const t0 = Date.now() - 130 * MIN;
  const post = async (text: string) => {
    const session = await openRelaySession(request, c.clinicId);
    const log = await chainedLog(session.sessionId, [
      {
        kind: 'session-started',
        data: { sitterName: 'Alex', intervalMin: 15, preAlert: true },
        at: t0,
      },
      { kind: 'session-ended', data: { reason: 'Ready' }, at: t0 + 125 * MIN },
    ]);
    for (let i = 0; i < log.length; i++) await postEntry(request, c, session, log, i);
    // The record after `ended`, in parts (posted last part first: order does not matter).
    const parts = recordParts(text);
    for (let i = parts.length - 1; i >= 0; i--) {
      const envelope = { class: 'record' as const, at: t0 + 126 * MIN, nextDueAt: null };
      await postPayload(request, c, session, log.length + i, envelope, parts[i]!);
    }
  };
  const { text } = await signedRecord();
  expect(text.length).toBeGreaterThan(3_000); // more than one part
  await post(text);
  await post(text.replace('"Alex"', '"Alexa"'));

  await page.getByRole('button', { name: 'Inbox' }).click();
  await expect(page.getByRole('heading', { name: 'To review (1)' })).toBeVisible();
  const item = page.getByRole('listitem').filter({ hasText: 'Sam, sat by Alex' });
  await expect(item).toBeVisible();
  const refused = page.getByRole('region', { name: 'Failed verification (not kept)' });
  await expect(refused).toBeVisible();
  await expect(refused).toContainText(/arrived .*: /);
  await expectNoAxeViolations(page, 'clinic inbox');

  await item.getByRole('button', { name: 'Mark reviewed' }).click();
  await expect(page.getByRole('heading', { name: 'Reviewed (1)' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'To review (0)' })).toBeVisible();

  await page.getByLabel('Search by name or file').fill('nobody');
  await expect(page.getByRole('heading', { name: 'Reviewed (0)' })).toBeVisible();
  await page.getByLabel('Search by name or file').fill('sam');
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download CSV of the sessions shown' }).click();
  const csv = readFileSync(await (await download).path(), 'utf8');
  const [head, row, ...rest] = csv.replace(/^\uFEFF/, '').split('\r\n');
  expect(head).toBe(
    'date,patient,sitter,dose_time,monitoring_min,check_ins_done,check_ins_missed,' +
      'highest_bp,emergencies,dose_to_ready_min',
  );
  expect(row).toMatch(/^2026-03-08,Sam,Alex,14:03,\d+,\d+,\d+,\d+\/\d+,\d+,/);
  expect(rest).toEqual(['']);

  // Kept: it is in the inbox after a reload, and opens as a verified record.
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Reviewed (1)' })).toBeVisible();
  await expect(refused).toBeVisible();
  await expect(refused.getByRole('listitem')).toHaveCount(1);
  await page.getByRole('button', { name: 'Open record' }).click();
  await expect(page).toHaveURL(/\/records\//);
});
