import { expect, test, type Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { extractText, getDocumentProxy } from 'unpdf';
import { expectNoAxeViolations, startSession } from './helpers';

// What the patient said stays theirs: the sitter marks a note as their words, the share screen
// counts it, and with the tick off it is in none of the four files; with the tick on, in all.

const START = new Date('2026-11-21T14:00:00');
const WORDS = 'The walls are made of music';
const OWN = 'Turned onto her side';

test.beforeEach(async ({ page, context }) => {
  await context.grantPermissions(['notifications']);
  await page.clock.install({ time: START });
  await page.goto('/');
});

async function addNote(page: Page, whose: 'My own observation' | 'What they said', text: string) {
  await page.getByRole('button', { name: 'Add note' }).click();
  const whoseWords = page.getByRole('group', { name: 'Whose words are these?' });
  await expect(whoseWords.getByRole('radio', { name: 'My own observation' })).toBeChecked();
  await whoseWords.getByRole('radio', { name: whose }).check();
  await page.getByLabel('Note', { exact: true }).fill(text);
  await page.getByRole('button', { name: 'Save note' }).click();
  await expect(page.getByRole('button', { name: 'Add note' })).toBeVisible();
}

/** The four files with the patient's choice as it stands; each file's content as text. */
async function downloadAll(page: Page): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const [format, button] of [
    ['pdf', 'Share the PDF'],
    ['csv', 'Share the CSV'],
    ['json', 'Download the JSON'],
    ['fhir', 'Download the FHIR file'],
  ] as const) {
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: button }).click(),
    ]);
    const bytes = await readFile(await download.path());
    if (format !== 'pdf') out[format] = bytes.toString('utf8');
    else {
      const pdf = await getDocumentProxy(new Uint8Array(bytes));
      out[format] = (await extractText(pdf, { mergePages: true })).text.replace(/\s+/g, ' ');
    }
  }
  return out;
}

test('a note of what they said is shared only when the patient ticks it', async ({ page }) => {
  test.setTimeout(120_000);
  await startSession(page);
  await addNote(page, 'What they said', WORDS);
  await addNote(page, 'My own observation', OWN);

  await page.getByRole('button', { name: 'Session log' }).click();
  const log = page.getByRole('list', { name: 'Log entries' });
  await expect(log.getByRole('listitem').filter({ hasText: WORDS })).toContainText(
    `What they said: ${WORDS} — the patient’s words, private unless they share them`,
  );
  await expect(log.getByRole('listitem').filter({ hasText: OWN })).toContainText(
    `Sitter’s note: ${OWN}`,
  );
  await page.getByRole('button', { name: 'Back to the timer' }).click();

  await page.getByRole('button', { name: 'End session' }).click();
  await page.getByRole('radio', { name: 'Yes, steady with help' }).check();
  await page.getByRole('radio', { name: 'No', exact: true }).check();
  await page.getByRole('button', { name: 'End session' }).click();
  await page.getByLabel('Why are you ending now?').fill('Provider agreed to end early');
  await page.getByRole('button', { name: 'End session' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Session summary' })).toBeVisible();
  await page.getByText('Full log').click();
  await expect(page.getByRole('list', { name: 'Log entries' })).toContainText(
    `What they said: ${WORDS} — the patient’s words`,
  );

  await page.getByRole('button', { name: 'Share with the provider' }).click();
  const tick = page.getByRole('checkbox', {
    name: 'What they said: 1 note of their words, written down by the sitter',
  });
  await expect(tick).not.toBeChecked();
  await expect(page.getByText(/own observations always go to the provider/)).toContainText(
    '(1 note in this session)',
  );
  await expectNoAxeViolations(page, 'share screen with a note of their words');

  const withheld = await downloadAll(page);
  for (const [format, content] of Object.entries(withheld)) {
    expect(content, `${format} without the tick`).not.toContain(WORDS);
    expect(content, `${format}: the sitter's own note`).toContain(OWN);
  }
  expect(withheld.json).toMatch(/"kind": "patient-words",[^}]*"withheld": true/);

  await tick.check();
  const shared = await downloadAll(page);
  for (const [format, content] of Object.entries(shared))
    expect(content, `${format} with the tick`).toContain(WORDS);
});
