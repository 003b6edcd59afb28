import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { toBase64Url } from '../../src/domain/parse/base64';
import { expectNoAxeViolations, openStartForm } from '../e2e/helpers';
import { clinicLinkOf, registerClinic, type TestClinic } from './clinic-fixture';

// The sitter's side against a running relay, with the clinic in a second context (its device
// token, as the console holds it): consent, live events, the relay unreachable mid-session, the
// clinic's acknowledgment, a backup contact's watch link, and declining.

async function applyProtocol(page: Page, clinic: TestClinic, origin: string): Promise<void> {
  const file = {
    format: 'sitwell-protocol',
    version: 1,
    protocol: { intervalMin: 15, providerPhone: '555-0100' },
    clinic: clinicLinkOf(clinic, origin),
  };
  const fragment = toBase64Url(new TextEncoder().encode(JSON.stringify(file)));
  await page.goto(`/settings/protocol#protocol=${fragment}`);
  await page.getByRole('button', { name: 'Apply this protocol' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Imported' })).toBeVisible();
}

async function startShared(page: Page, answer: 'agree' | 'decline'): Promise<void> {
  await page.goto('/');
  await openStartForm(page);
  const name = answer === 'agree' ? 'We both agree: share live' : 'No, keep it on this phone';
  await page.getByRole('button', { name }).click();
  await page.getByLabel('Your name (the sitter)').fill('Alex');
  await page.getByRole('button', { name: 'Start session' }).click();
  await expect(page.getByRole('timer', { name: 'Next check-in' })).toBeVisible();
}

/** The clinic's view of its one session: the relay's events (envelopes only), in seq order. */
async function clinicEvents(request: APIRequestContext, clinic: TestClinic) {
  const auth = { authorization: `Bearer ${clinic.deviceToken}` };
  const list = (await (
    await request.get(`/api/v1/clinics/${clinic.clinicId}/sessions`, { headers: auth })
  ).json()) as { sessions: { id: string }[] };
  const id = list.sessions[0]?.id;
  if (!id) return { id, events: [] as { seq: number; class: string }[] };
  const got = (await (
    await request.get(`/api/v1/sessions/${id}/events?after=-1`, { headers: auth })
  ).json()) as { events: { seq: number; class: string }[] };
  return { id, events: got.events };
}

async function quickCheckIn(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Check in now' }).click();
  await page.getByRole('button', { name: 'Resting, breathing normally' }).click();
  await expect(page.getByRole('timer', { name: 'Next check-in' })).toBeVisible();
}

test('shared live: the clinic gets each event in order, once, through an outage', async ({
  browser,
  request,
  baseURL,
}) => {
  const clinic = await registerClinic(request, 'Dr. Lee’s clinic');
  const sitter = await browser.newContext();
  const page = await sitter.newPage();
  await applyProtocol(page, clinic, new URL(baseURL!).origin);
  await startShared(page, 'agree');
  const live = page.getByRole('region', { name: 'Live sharing' });
  await expect(live.getByRole('status')).toContainText('Dr. Lee’s clinic sees this session');
  await expect
    .poll(async () => (await clinicEvents(request, clinic)).events.length)
    .toBeGreaterThan(1);
  await expectNoAxeViolations(page, 'session screen shared live');

  // The connection drops: two check-ins wait on the phone and say so.
  await sitter.setOffline(true);
  await quickCheckIn(page);
  await quickCheckIn(page);
  await expect(live.getByRole('status')).toContainText('Offline: ');
  await expect(live.getByRole('status')).toContainText('waiting, they go when you’re back');
  await sitter.setOffline(false);
  await expect(live.getByRole('status')).toContainText('sees this session', { timeout: 30_000 });
  await expect
    .poll(
      async () =>
        (await clinicEvents(request, clinic)).events.filter((e) => e.class === 'check-in').length,
    )
    .toBe(2);
  const { events } = await clinicEvents(request, clinic);
  expect(events.map((e) => e.seq)).toEqual(events.map((_, i) => i));
  await sitter.close();
});

test('the clinic acknowledges an emergency; the sitter’s log says they will call', async ({
  browser,
  request,
  baseURL,
}) => {
  const clinic = await registerClinic(request, 'Dr. Lee’s clinic');
  const sitter = await browser.newContext();
  const page = await sitter.newPage();
  await applyProtocol(page, clinic, new URL(baseURL!).origin);
  await startShared(page, 'agree');
  await page.getByRole('button', { name: 'Something’s wrong' }).click();
  await page.getByRole('button', { name: /Seizure/ }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Call emergency services now' }),
  ).toBeVisible();
  await expect
    .poll(async () =>
      (await clinicEvents(request, clinic)).events.some((e) => e.class === 'emergency'),
    )
    .toBe(true);
  const { id } = await clinicEvents(request, clinic);
  const ack = await request.post(`/api/v1/sessions/${id}/ack`, {
    headers: { authorization: `Bearer ${clinic.deviceToken}` },
    data: {},
  });
  expect(ack.status()).toBe(200);
  // The phone asks every 15 s; the log records the word back once.
  await page.goto('/session/log');
  await expect(
    page.getByText(/The clinic acknowledged the alert at .*: they will call/),
  ).toBeVisible({
    timeout: 45_000,
  });
  await sitter.close();
});

test('a backup contact watches the one session from their own browser', async ({
  browser,
  request,
  baseURL,
}) => {
  const clinic = await registerClinic(request, 'Dr. Lee’s clinic');
  const sitter = await browser.newContext();
  const page = await sitter.newPage();
  await applyProtocol(page, clinic, new URL(baseURL!).origin);
  await startShared(page, 'agree');
  await expect(page.getByRole('region', { name: 'Live sharing' })).toContainText(
    'sees this session',
  );
  await page.getByText('Add a backup contact').click();
  await page.getByLabel(/Their name/).fill('Jo');
  await page.getByRole('button', { name: 'Make a watch link' }).click();
  await expect(page.getByRole('img', { name: 'QR code of the watch link' })).toBeVisible();
  const url = (await page.locator('.link-text').textContent())!;
  expect(url).toMatch(/\/watch\/[\w-]+#t=/);

  const contact = await browser.newContext();
  const watch = await contact.newPage();
  await watch.goto(url);
  await expect(watch.getByRole('status').first()).toContainText(
    'On time: the next check-in is due by',
  );
  // The token leaves the address bar once read.
  expect(new URL(watch.url()).hash).toBe('');
  await expectNoAxeViolations(watch, 'the backup contact’s watch screen');
  await expect(watch.getByText(/Dr\. Lee|Alex/)).toHaveCount(0);
  await sitter.close();
  await contact.close();
});

test('declining sends nothing to the relay', async ({ browser, request, baseURL }) => {
  const clinic = await registerClinic(request, 'Dr. Lee’s clinic');
  const sitter = await browser.newContext();
  const page = await sitter.newPage();
  const api: string[] = [];
  page.on('request', (r) => {
    if (new URL(r.url()).pathname.startsWith('/api/')) api.push(r.url());
  });
  await applyProtocol(page, clinic, new URL(baseURL!).origin);
  await startShared(page, 'decline');
  await quickCheckIn(page);
  expect(api).toEqual([]);
  expect((await clinicEvents(request, clinic)).events).toEqual([]);
  await sitter.close();
});
