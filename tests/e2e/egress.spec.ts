import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { startSession } from './helpers';
import { resolveEmergency } from './helpers-resolve';

// Sitwell makes no request beyond its own origin. A walk through every screen, as the sitter,
// the patient and the provider would, records every request the pages and the service worker
// make, and every Content-Security-Policy (or Permissions-Policy) complaint the browser raises.

test.use({ locale: 'en-US' });

const H1 = (page: Page, name: string | RegExp) => page.getByRole('heading', { level: 1, name });

/** Everything the browser asks for, and every policy complaint, from now on. */
async function watch(context: BrowserContext) {
  const requests: { url: string; fromWorker: boolean }[] = [];
  const complaints: string[] = [];
  context.on('request', (r) => requests.push({ url: r.url(), fromWorker: !!r.serviceWorker() }));
  // A blocked request never reaches the network, so violations are reported from the page too.
  await context.addInitScript(() =>
    document.addEventListener('securitypolicyviolation', (e) =>
      console.error(
        `CSP violation: ${e.violatedDirective} blocked ${e.blockedURI} ${e.sample} ` +
          `(${e.sourceFile}:${e.lineNumber})`,
      ),
    ),
  );
  context.on('console', (m) => {
    if (/Content.Security.Policy|CSP violation|Permissions.Policy|Trusted.?Type/i.test(m.text()))
      complaints.push(`${m.type()}: ${m.text()}`);
  });
  context.on('weberror', (e) => complaints.push(`uncaught: ${e.error().message}`));
  return { requests, complaints };
}

async function walkSettings(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Settings' }).click();
  await expect(H1(page, 'Settings')).toBeVisible();
  for (const [button, heading] of [
    ['Contacts and emergency number', 'Contacts and emergency number'],
    ['Provider’s protocol', 'Provider’s protocol'],
    ['Safety rules and their sources', 'Safety rules and their sources'],
    ['The patient’s privacy (optional lock)', 'The patient’s privacy'],
  ]) {
    await page.getByRole('button', { name: button }).click();
    await expect(H1(page, heading!)).toBeVisible();
    await page.goBack();
    await expect(H1(page, 'Settings')).toBeVisible();
  }
  await page.getByRole('button', { name: 'Back', exact: true }).click();
  await expect(H1(page, 'Sitwell')).toBeVisible();
}

/** From the running session's screen through its in-session screens, back to the timer. */
async function walkSession(page: Page): Promise<void> {
  const timer = page.getByRole('timer', { name: 'Next check-in' });
  await page.getByRole('button', { name: 'Check in now' }).click();
  await expect(H1(page, 'Check-in')).toBeVisible();
  await page.getByRole('button', { name: 'Resting, breathing normally' }).click();
  await expect(timer).toBeVisible();

  await page.getByRole('button', { name: 'Something’s wrong' }).click();
  await expect(H1(page, 'Something’s wrong')).toBeVisible();
  await page.getByRole('button', { name: 'Very distressed or panicking' }).click();
  await expect(H1(page, 'Help them feel safe')).toBeVisible();
  await page.getByRole('button', { name: 'Start breathing guide' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Breathe in' })).toBeVisible();
  await page.getByRole('button', { name: 'Stop breathing guide' }).click();
  await page.getByRole('button', { name: 'Back to the timer' }).click();
  await expect(timer).toBeVisible();

  await page.getByRole('button', { name: 'Something’s wrong' }).click();
  await page.getByRole('button', { name: /Seizure/ }).click();
  await expect(H1(page, 'Call emergency services now')).toBeVisible();
  await resolveEmergency(page);

  // Screens that open from an escalation, reached here by their address (a reload resumes).
  await page.goto('/session/provider');
  await expect(H1(page, /provider/i)).toBeVisible();
  await page.goto('/session/bp-check');
  await expect(H1(page, /blood pressure/i)).toBeVisible();
  await page.goto('/session');
  await page.getByRole('button', { name: 'Session log' }).click();
  await expect(H1(page, 'Session log')).toBeVisible();
  await page.getByRole('button', { name: 'Back to the timer' }).click();
  await expect(timer).toBeVisible();
}

test('every screen, a PDF made and a record opened: no request leaves the origin, no policy is violated', async ({
  page,
  context,
  baseURL,
}) => {
  test.setTimeout(180_000);
  const { requests, complaints } = await watch(context);
  const origin = new URL(baseURL!).origin;

  await page.goto('/');
  await expect(H1(page, 'Sitwell')).toBeVisible();
  // Registering the worker is the one Trusted Types sink the app uses: it must succeed.
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, {
    timeout: 20_000,
  });
  await page.getByRole('button', { name: 'Prepare and start' }).click();
  await expect(H1(page, 'Prepare')).toBeVisible();
  await page.goto('/');
  await walkSettings(page);

  await startSession(page, { sitter: 'Alex' });
  await walkSession(page);
  await page.getByRole('button', { name: 'End session' }).click();
  await expect(H1(page, 'End the session')).toBeVisible();
  await page.getByLabel('Why are you ending now?').fill('Walking every screen');
  await page.getByRole('button', { name: 'End session' }).click();
  await expect(H1(page, 'Session summary')).toBeVisible();

  await page.getByRole('button', { name: 'Look back (for the patient)' }).click();
  await expect(H1(page, 'Looking back')).toBeVisible();
  await page.getByRole('button', { name: 'Share with the provider' }).click();
  await expect(H1(page, 'Share with the provider')).toBeVisible();
  const [pdf] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Share the PDF' }).click(),
  ]);
  expect(pdf.suggestedFilename()).toMatch(/^sitwell-.*\.pdf$/);

  await page.goto('/series');
  await expect(H1(page, 'Your sessions over time')).toBeVisible();
  await page.goto('/series/self-check');
  await expect(H1(page, 'A self-check')).toBeVisible();
  await page.goto('/records');
  await expect(H1(page, 'Open a session record')).toBeVisible();
  await page.getByLabel('Choose a session record').setInputFiles({
    name: pdf.suggestedFilename(),
    mimeType: 'application/pdf',
    buffer: await readFile(await pdf.path()),
  });
  await expect(H1(page, 'Received session record')).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'Intact' })).toBeVisible();

  // The recorder saw the pages' requests and the service worker's precaching (it is not blind).
  expect(requests.filter((r) => !r.fromWorker).length).toBeGreaterThan(10);
  expect(requests.filter((r) => r.fromWorker).length).toBeGreaterThan(10);
  const elsewhere = requests
    .map((r) => r.url)
    .filter((url) => !url.startsWith(`${origin}/`) && !/^(blob|data):/.test(url));
  expect(elsewhere, 'requests to another origin').toEqual([]);
  expect(complaints, 'policy violations and uncaught errors').toEqual([]);
});
