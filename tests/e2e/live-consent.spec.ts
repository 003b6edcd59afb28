import { createHash, webcrypto } from 'node:crypto';
import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations, openStartForm } from './helpers';

// A protocol that names a clinic: the link shows it, another origin's clinic is refused, and the
// consent card asks before anything leaves the phone. Declining starts a session that sends
// nothing and logs the answer. (Sending to a running relay is tested in tests/e2e-relay.)

const b64url = (b: Uint8Array) => Buffer.from(b).toString('base64url');

async function clinicFor(relay: string) {
  const pair = await webcrypto.subtle.generateKey({ name: 'ECDH', namedCurve: 'P-256' }, true, [
    'deriveBits',
  ]);
  const publicKey = b64url(new Uint8Array(await webcrypto.subtle.exportKey('raw', pair.publicKey)));
  const hex = createHash('sha256').update(`sitwell-clinic-key:${publicKey}`).digest('hex');
  const fingerprint = hex.slice(0, 32).toUpperCase().match(/.{4}/g)!.join('-');
  return {
    relay,
    id: '7b0c7a52-3b8e-4d59-9a43-0f7f1d3c2a10',
    name: 'Dr. Lee’s clinic',
    publicKey,
    fingerprint,
  };
}

function linkFor(clinic: object): string {
  const file = {
    format: 'sitwell-protocol',
    version: 1,
    protocol: { intervalMin: 15 },
    issuedBy: 'Dr. Lee',
    clinic,
  };
  return `/settings/protocol#protocol=${b64url(new TextEncoder().encode(JSON.stringify(file)))}`;
}

const apiCalls = (page: Page) => {
  const calls: string[] = [];
  page.on('request', (r) => {
    if (new URL(r.url()).pathname.startsWith('/api/')) calls.push(r.url());
  });
  return calls;
};

test('a clinic on another origin is refused with the reason, and nothing changes', async ({
  page,
}) => {
  await page.goto(linkFor(await clinicFor('https://sitwell.other-clinic.example')));
  const card = page.getByRole('region', { name: 'A protocol from a link' });
  await expect(card).toContainText('This link’s protocol can’t be used here.');
  await expect(card).toContainText('this protocol is for the Sitwell at https://sitwell.other');
  await expect(card.getByRole('button', { name: 'Apply this protocol' })).toHaveCount(0);
});

test('the clinic is named and asked about; declining sends nothing and is logged', async ({
  page,
  baseURL,
}) => {
  const calls = apiCalls(page);
  const clinic = await clinicFor(new URL(baseURL!).origin);
  await page.goto(linkFor(clinic));
  await expect(page.getByText('For live sharing it names')).toContainText(clinic.fingerprint);
  await page.getByRole('button', { name: 'Apply this protocol' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Imported 1 setting' })).toBeVisible();

  await page.goto('/');
  await openStartForm(page);
  const consent = page.getByRole('region', {
    name: 'Share this session live with Dr. Lee’s clinic?',
  });
  await expect(consent).toContainText(clinic.fingerprint);
  await expect(consent).toContainText('never what was written');
  await expectNoAxeViolations(page, 'start screen with the live consent card');
  await consent.getByRole('button', { name: 'No, keep it on this phone' }).click();
  await expect(page.getByText('Declined: this session stays on this phone.')).toBeVisible();

  await page.getByLabel('Your name (the sitter)').fill('Alex');
  await page.getByRole('button', { name: 'Start session' }).click();
  await expect(page.getByRole('timer', { name: 'Next check-in' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Live sharing' })).toHaveCount(0);
  await page.getByRole('button', { name: 'Session log' }).click();
  await expect(page.getByText(/Not shared live with Dr\. Lee’s clinic: declined/)).toBeVisible();
  expect(calls).toEqual([]);

  // They change their minds during the session: sharing starts from there, and is logged.
  await page.goBack();
  await page.getByText('Share live with Dr. Lee’s clinic', { exact: true }).click();
  await page.getByRole('button', { name: 'We both agree: share live' }).click();
  await expect(page.getByRole('region', { name: 'Live sharing' })).toBeVisible();
  expect(calls.length).toBeGreaterThan(0);
  await page.getByRole('button', { name: 'Session log' }).click();
  await expect(page.getByText(/Shared live with Dr\. Lee’s clinic \(key /)).toBeVisible();
});

test('agreeing on a server with no relay says the clinic cannot see the session', async ({
  page,
  baseURL,
}) => {
  const clinic = await clinicFor(new URL(baseURL!).origin);
  await page.goto(linkFor(clinic));
  await page.getByRole('button', { name: 'Apply this protocol' }).click();
  await page.goto('/');
  await openStartForm(page);
  await page.getByRole('button', { name: 'We both agree: share live' }).click();
  await expect(page.getByText('Agreed: Dr. Lee’s clinic will see this session')).toBeVisible();
  await page.getByLabel('Your name (the sitter)').fill('Alex');
  await page.getByRole('button', { name: 'Start session' }).click();
  const live = page.getByRole('region', { name: 'Live sharing' });
  await expect(live.getByRole('status')).toContainText('Dr. Lee’s clinic can’t see this session');
  await live.getByText('Why, and what to do').click();
  await expect(live).toContainText('The timer, the alarm and the log work as before');
  await expectNoAxeViolations(page, 'session screen with the live line');
  await page.getByRole('button', { name: 'Session log' }).click();
  await expect(page.getByText(/Shared live with Dr\. Lee’s clinic \(key /)).toBeVisible();
});
