import { expect, test, type Download, type Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { extractText, getDocumentProxy } from 'unpdf';
import { expectNoAxeViolations, openStartForm } from './helpers';

// Share with the provider, then open the record as the provider would: the PDF's text says what
// happened, the JSON opens intact on another device (a fresh browser profile), an edited value is
// caught at its exact entry, and a file that is not a Sitwell record is refused with nothing kept.

const START = new Date('2026-11-21T14:00:00');

test.beforeEach(async ({ page, context }) => {
  await context.grantPermissions(['notifications']);
  await page.clock.install({ time: START });
  await page.goto('/');
});

/** Two check-ins, a blood-pressure re-check of 135/85, then an early end with a reason. */
async function runShortSession(page: Page): Promise<string> {
  await openStartForm(page);
  await page.getByLabel('Your name (the sitter)').fill('Alex');
  await page.getByLabel('Patient’s name or initials (optional)').fill('Sam');
  await page.getByRole('button', { name: 'Start session' }).click();
  const alarm = page.getByRole('alertdialog', { name: 'Check-in due' });
  for (let i = 0; i < 2; i++) {
    await page.clock.runFor('15:00');
    await alarm.getByRole('button', { name: 'Check in' }).click();
    await page.getByRole('button', { name: 'Resting, breathing normally' }).click();
    await expect(alarm).toBeHidden();
  }
  await page.clock.runFor('10:00');
  const reminder = page.getByRole('region', { name: /Blood-pressure re-check due/ });
  await reminder.getByRole('button', { name: 'Record reading' }).click();
  await reminder.getByLabel('Top number (systolic)').fill('135');
  await reminder.getByLabel('Bottom number (diastolic)').fill('85');
  await reminder.getByRole('button', { name: 'Save reading' }).click();
  await expect(reminder).toBeHidden();

  await page.getByRole('button', { name: 'End session' }).click();
  await page.getByRole('radio', { name: 'Yes, steady with help' }).check();
  await page.getByRole('radio', { name: 'No', exact: true }).check();
  await page.getByRole('button', { name: 'End session' }).click();
  await page.getByLabel('Why are you ending now?').fill('Provider agreed by phone to end early');
  await page.getByRole('button', { name: 'End session' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Session summary' })).toBeVisible();
  return new URL(page.url()).pathname;
}

/** Click a button that saves a file; the download. */
async function downloadFrom(page: Page, button: string): Promise<Download> {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: button }).click(),
  ]);
  return download;
}

async function pdfText(download: Download): Promise<string> {
  const pdf = await getDocumentProxy(new Uint8Array(await readFile(await download.path())));
  const { text } = await extractText(pdf, { mergePages: true });
  return text.replace(/\s+/g, ' ');
}

/** Nothing reaches past a 320 px wide screen, nor past a 640 px one with text at 200 %. */
async function expectNoSidewaysScroll(page: Page, label: string): Promise<void> {
  const scrollWidth = () => page.evaluate(() => document.documentElement.scrollWidth);
  await page.setViewportSize({ width: 320, height: 700 });
  expect(await scrollWidth(), `${label} at 320 px`).toBeLessThanOrEqual(320);
  await page.setViewportSize({ width: 640, height: 700 });
  await page.evaluate(() => (document.documentElement.style.fontSize = '200%'));
  expect(await scrollWidth(), `${label} at 200 % text`).toBeLessThanOrEqual(640);
  await page.evaluate(() => (document.documentElement.style.fontSize = ''));
  await page.setViewportSize({ width: 1280, height: 720 });
}

/** Axe in the dark and the light theme (daytime screens may be either). */
async function expectAxeBothThemes(page: Page, label: string): Promise<void> {
  await expectNoAxeViolations(page, `${label} (dark)`);
  await page.emulateMedia({ colorScheme: 'light' });
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
  await expectNoAxeViolations(page, `${label} (light)`);
  await page.emulateMedia({ colorScheme: 'dark' });
}

test('share a session, then open it as the provider: intact, edited, or not a record', async ({
  page,
  browser,
  baseURL,
}) => {
  test.setTimeout(120_000);
  const summaryPath = await runShortSession(page);
  await page.goto(`${summaryPath}/share`);
  await expect(
    page.getByRole('heading', { level: 1, name: 'Share with the provider' }),
  ).toBeVisible();
  await expect(page.getByRole('checkbox', { name: /^What they said/ })).not.toBeChecked();
  await expect(page.getByRole('checkbox', { name: /^Their own intention/ })).not.toBeChecked();
  // Playwright's Chromium speaks en-US: Letter paper.
  await expect(page.getByRole('radio', { name: 'US Letter' })).toBeChecked();
  const fingerprint = page.locator('.fingerprint');
  await expect(fingerprint).toHaveText(/^[0-9A-F]{4}(-[0-9A-F]{4}){3}$/);
  const key = (await fingerprint.textContent())!;
  await expectAxeBothThemes(page, 'share screen');
  await expectNoSidewaysScroll(page, 'share screen');

  // This browser cannot share files, so the PDF downloads, named for what it is.
  const pdf = await downloadFrom(page, 'Share the PDF');
  expect(pdf.suggestedFilename()).toBe('sitwell-2026-11-21-sam.pdf');
  await expect(page.getByRole('status').filter({ hasText: 'Saved to your downloads' })).toHaveText(
    'Saved to your downloads as sitwell-2026-11-21-sam.pdf.',
  );
  const text = await pdfText(pdf);
  expect(text).toContain('Patient Sam');
  expect(text).toContain('135/85');
  expect(text).toContain('Check-ins 2 done, 0 missed');
  expect(text).toContain(`signed by key ${key}`);
  await expectNoAxeViolations(page, 'share screen after a download');

  const json = await downloadFrom(page, 'Download the JSON');
  expect(json.suggestedFilename()).toBe('sitwell-2026-11-21-sam.json');
  const record = await readFile(await json.path(), 'utf8');

  // The provider's device: a fresh browser profile that has never seen this session.
  const provider = await browser.newContext({ baseURL });
  const other = await provider.newPage();
  await other.goto('/records');
  await expect(
    other.getByRole('heading', { level: 1, name: 'Open a session record' }),
  ).toBeVisible();
  await expect(other.getByText('No records received yet.')).toBeVisible();
  await expectNoAxeViolations(other, 'open a session record');
  const chooser = other.getByLabel('Choose a session record');
  const file = (name: string, body: string | Buffer, mimeType = 'application/json') => ({
    name,
    mimeType,
    buffer: Buffer.isBuffer(body) ? body : Buffer.from(body),
  });

  await chooser.setInputFiles(file('sitwell-2026-11-21-sam.json', record));
  await expect(other).toHaveURL(/\/records\/[^/]+$/);
  await expect(other.getByRole('status').filter({ hasText: 'Intact' })).toHaveText(
    `Intact and signed by key ${key}.`,
  );
  await expect(other.getByText('Received — not part of this device’s sessions.')).toBeVisible();
  await expect(other.getByRole('list', { name: 'Blood-pressure readings' })).toContainText(
    '135/85 mmHg (re-check)',
  );
  await other.getByText('Full log').click();
  await expectAxeBothThemes(other, 'received record');
  await expectNoSidewaysScroll(other, 'received record');

  // One value edited: the entry that holds it is named, and nothing is kept.
  await other.getByRole('button', { name: 'Back to received records' }).click();
  const received = other.getByRole('list', { name: 'Received records' });
  await expect(received.getByRole('listitem')).toHaveCount(1);
  await expect(received).toContainText('Sam, sat by Alex, Nov 21, 2026');
  await expect(received).toContainText(`Signed by key ${key}`);
  const doc = JSON.parse(record) as { entries: { seq: number; data?: unknown }[] };
  const reading = doc.entries.find((e) => JSON.stringify(e.data ?? {}).includes('"systolic":135'));
  const edited = record.replace('"systolic": 135', '"systolic": 125');
  expect(edited).not.toBe(record);
  await chooser.setInputFiles(file('edited.json', edited));
  const refusal = other.getByRole('alert');
  await expect(refusal).toContainText('“edited.json” was not opened, and nothing was kept.');
  await expect(refusal).toContainText(
    `Entry ${reading!.seq} has been changed: its hash does not match.`,
  );
  await expect(refusal).toContainText(
    `As the file now reads, entry ${reading!.seq} is: 2:40 PM — Vitals re-check: ` +
      'Blood pressure 125/85.',
  );
  await expectAxeBothThemes(other, 'a refused record');

  // Files that are not Sitwell records at all.
  await chooser.setInputFiles(file('notes.json', '{"hello": "world"}'));
  await expect(refusal).toContainText(
    'This is not a Sitwell session record (it has no "format": "sitwell-session").',
  );
  await chooser.setInputFiles(file('photo.pdf', '%PDF-1.4\n%%EOF\n', 'application/pdf'));
  await expect(refusal).toContainText('This PDF has no Sitwell record attached.');
  await expect(received.getByRole('listitem')).toHaveCount(1);

  // The PDF carries the record too; it opens intact, and can be deleted again.
  await chooser.setInputFiles(
    file('sitwell-2026-11-21-sam.pdf', await readFile(await pdf.path()), 'application/pdf'),
  );
  await expect(other.getByRole('status').filter({ hasText: 'Intact' })).toHaveText(
    `Intact and signed by key ${key}.`,
  );
  await other.getByRole('button', { name: 'Delete this record' }).click();
  await other.getByRole('button', { name: 'Yes, delete it' }).click();
  await expect(other).toHaveURL(/\/records$/);
  await expect(received.getByRole('listitem')).toHaveCount(1);
  await provider.close();

  // Nothing received on the provider's side ever reached the sitter's device.
  await page.goto('/records');
  await expect(page.getByText('No records received yet.')).toBeVisible();
});

test('where the browser can share files, the PDF and CSV go to the share sheet', async ({
  page,
}) => {
  test.setTimeout(90_000);
  // A phone's share sheet, as far as the page can tell: files of PDF and CSV type can be shared.
  await page.addInitScript(() => {
    const calls: { names: string[]; active: boolean }[] = [];
    let cancelNext = false;
    Object.assign(window, {
      shareCalls: calls,
      cancelNextShare: () => (cancelNext = true),
    });
    const shareable = (d?: ShareData) =>
      !!d?.files?.length && d.files.every((f) => ['application/pdf', 'text/csv'].includes(f.type));
    Object.defineProperty(navigator, 'canShare', { configurable: true, value: shareable });
    Object.defineProperty(navigator, 'share', {
      configurable: true,
      value: async (d: ShareData) => {
        calls.push({
          names: (d.files ?? []).map((f) => f.name),
          active: navigator.userActivation?.isActive ?? true,
        });
        if (cancelNext) {
          cancelNext = false;
          throw new DOMException('Share canceled', 'AbortError');
        }
      },
    });
  });
  const summaryPath = await runShortSession(page);
  await page.goto(`${summaryPath}/share`);
  const status = page.getByRole('status').filter({ hasText: /sitwell-/ });

  await page.getByRole('button', { name: 'Share the PDF' }).click();
  await expect(status).toHaveText('Shared sitwell-2026-11-21-sam.pdf.');
  await page.getByRole('button', { name: 'Share the CSV' }).click();
  await expect(status).toHaveText('Shared sitwell-2026-11-21-sam.csv.');
  await page.evaluate(() =>
    (window as unknown as { cancelNextShare: () => void }).cancelNextShare(),
  );
  await page.getByRole('button', { name: 'Share the PDF' }).click();
  await expect(status).toContainText('Not shared: the share sheet was closed');
  const calls = await page.evaluate(
    () => (window as unknown as { shareCalls: { names: string[]; active: boolean }[] }).shareCalls,
  );
  expect(calls).toEqual([
    { names: ['sitwell-2026-11-21-sam.pdf'], active: true },
    { names: ['sitwell-2026-11-21-sam.csv'], active: true },
    { names: ['sitwell-2026-11-21-sam.pdf'], active: true },
  ]);

  // JSON is never offered to the share sheet: it downloads.
  const json = await downloadFrom(page, 'Download the JSON');
  expect(json.suggestedFilename()).toBe('sitwell-2026-11-21-sam.json');
  await expect(status).toHaveText('Saved to your downloads as sitwell-2026-11-21-sam.json.');
  expect(
    await page.evaluate(() => (window as unknown as { shareCalls: unknown[] }).shareCalls),
  ).toHaveLength(3);
});
