import { expect, test, type CDPSession, type Page } from '@playwright/test';

// The backup alarm's service-worker side in a real Chromium, against the production build: push
// payloads are delivered to the real service worker through the DevTools protocol (no push
// service, no subscription), and the notifications it shows are read back from the page.

// A push reaches a worker that may have been stopped while idle: on a loaded 2-core machine its
// restart can take seconds, so each wait allows more than the default 10 s.
const POLL = { timeout: 30_000 };

const SESSION = '2b7f3c1e-4d5a-4f6b-8c9d-0e1f2a3b4c5d';
const TAG = `sitwell-session-${SESSION}`;

interface Shown {
  title: string;
  body: string;
  tag: string;
  requireInteraction: boolean;
  renotify: boolean;
  actions: { action: string; title: string }[];
  data: { open?: string; actions?: Record<string, string> } | null;
}

/** The id of the page's service-worker registration, as the DevTools protocol names it. */
async function registrationId(cdp: CDPSession, origin: string): Promise<string> {
  const found = new Promise<string>((resolve) => {
    cdp.on('ServiceWorker.workerRegistrationUpdated', ({ registrations }) => {
      const reg = registrations.find((r) => r.scopeURL === `${origin}/` && !r.isDeleted);
      if (reg) resolve(reg.registrationId);
    });
  });
  await cdp.send('ServiceWorker.enable');
  return found;
}

async function notices(page: Page): Promise<Shown[]> {
  return page.evaluate(async () => {
    const reg = await navigator.serviceWorker.getRegistration();
    return (await reg!.getNotifications()).map((n) => {
      const more = n as Notification & {
        renotify: boolean;
        actions: readonly { action: string; title: string }[];
      };
      return {
        title: n.title,
        body: n.body,
        tag: n.tag,
        requireInteraction: n.requireInteraction,
        renotify: more.renotify,
        actions: more.actions.map((a) => ({ action: a.action, title: a.title })),
        data: n.data as Shown['data'],
      };
    });
  });
}

const payload = (kind: string) =>
  JSON.stringify({
    kind,
    sessionId: SESSION,
    alertId: '9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d',
    rung: 'sitter',
    round: 0,
    title: 'ignored: the app shows its own words',
    body: '',
    open: '/session',
  });

test('pushes from the relay show, replace and close the sitter’s backup alarm', async ({
  page,
  context,
  baseURL,
}) => {
  const origin = new URL(baseURL!).origin;
  await context.grantPermissions(['notifications']);
  await page.goto('/');
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
  const cdp = await context.newCDPSession(page);
  const id = await registrationId(cdp, origin);
  const deliver = (data: string) =>
    cdp.send('ServiceWorker.deliverPushMessage', { origin, registrationId: id, data });
  const withTag = async (tag: string) => (await notices(page)).filter((n) => n.tag === tag);

  await deliver(payload('overdue'));
  await expect.poll(async () => (await withTag(TAG)).length, POLL).toBe(1);
  const [overdue] = await withTag(TAG);
  expect(overdue).toEqual({
    title: 'Check-in overdue: open Sitwell',
    body: 'Check on them now.',
    tag: TAG,
    requireInteraction: true,
    renotify: true,
    actions: [
      { action: 'check-in', title: 'Check in' },
      { action: 'wrong', title: 'Something’s wrong' },
    ],
    data: {
      source: 'sitwell-push',
      open: '/session/check-in',
      actions: { 'check-in': '/session/check-in', wrong: '/session/wrong' },
    },
  });

  // The clinic's word replaces the alarm (same tag), and need not be dismissed.
  await deliver(payload('acknowledged'));
  await expect
    .poll(async () => (await withTag(TAG)).map((n) => [n.title, n.requireInteraction]), POLL)
    .toEqual([['The clinic knows: they’ll call you', false]]);

  // "All clear" closes the session's notices; the page is on screen, so nothing replaces them.
  await deliver(payload('overdue'));
  await expect
    .poll(async () => (await withTag(TAG))[0]?.title, POLL)
    .toBe('Check-in overdue: open Sitwell');
  await deliver(payload('all-clear'));
  await expect.poll(async () => (await withTag(TAG)).length, POLL).toBe(0);

  await deliver(payload('emergency'));
  await expect
    .poll(
      async () => (await withTag(TAG)).map((n) => [n.title, n.requireInteraction, n.data?.open]),
      POLL,
    )
    .toEqual([['Emergency recorded', true, '/session/emergency']]);

  // A payload the worker cannot read still shows a notice: a silent push is an alarm lost.
  await deliver('{"kind":"overdue",');
  await expect
    .poll(async () => (await withTag('sitwell-push')).map((n) => [n.title, n.data?.open]), POLL)
    .toEqual([['Open Sitwell', '/session']]);
  await deliver('');
  await expect.poll(async () => (await withTag('sitwell-push')).length, POLL).toBe(1);
});
