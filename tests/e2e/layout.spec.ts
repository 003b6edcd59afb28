import { chromium, expect, test, type Page } from '@playwright/test';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findChromium } from '../../scripts/chromium-path.mjs';
import { openStartForm } from './helpers';
import { expectGoodLayout } from './layout-checks';

// Every screen at a phone's size, on its side, at 320 px, at 200 % zoom and at 200 % text (the
// browser's own default font size, not CSS): nothing scrolls sideways, nothing is cut off, every
// target is at least 44 × 44 px. Screens are visited as a sitter reaches them.

test.use({ locale: 'en-US', timezoneId: 'America/New_York' });
test.setTimeout(240_000);

const H1 = (page: Page) => page.getByRole('heading', { level: 1 });

async function visit(page: Page, path: string, label: string): Promise<void> {
  await page.goto(path);
  await expect(H1(page)).toBeVisible();
  await expectGoodLayout(page, label);
}

/** A sitter's whole day, checking the layout of each screen on the way. */
async function tour(page: Page): Promise<void> {
  await page.clock.install({ time: new Date('2026-11-21T14:00:00') });
  await visit(page, '/', 'home');
  for (const [path, label] of [
    ['/settings', 'settings'],
    ['/settings/contacts', 'contacts'],
    ['/settings/protocol', 'protocol'],
    ['/settings/privacy', 'privacy'],
    ['/sources', 'sources'],
    ['/series', 'series'],
    ['/series/self-check', 'self-check'],
  ] as const) {
    await visit(page, path, label);
  }
  await visit(page, '/prepare', 'preparation');
  await page.getByLabel('Your name (the sitter)').fill('Alex');
  for (let step = 2; step <= 8; step++) {
    await page.getByRole('button', { name: 'Next' }).click();
    await expect(page.getByText(`Step ${step} of 8`)).toBeVisible();
    await expectGoodLayout(page, `preparation step ${step}`);
    if (step === 2) {
      await page.getByRole('button', { name: /Yes, .* is right/ }).click();
      // Saved before going on: Next checks the stored confirmation.
      await expect(page.getByRole('status').filter({ hasText: /^Confirmed: / })).toBeVisible();
    }
    if (step === 6) await page.getByLabel(/No reading\? Write why/).fill('No monitor');
  }
  await page.goto('/');
  await openStartForm(page);
  await expectGoodLayout(page, 'start form');
  await page.getByLabel('Your name (the sitter)').fill('Alex');
  await page.getByRole('button', { name: 'Start session' }).click();
  await expect(page.getByRole('timer', { name: 'Next check-in' })).toBeVisible();
  await expectGoodLayout(page, 'session');
  await page.clock.runFor('15:00');
  const alarm = page.getByRole('alertdialog', { name: 'Check-in due' });
  await expect(alarm).toBeVisible();
  await expectGoodLayout(page, 'alarm');
  await alarm.getByRole('button', { name: 'Check in' }).click();
  await page.getByRole('button', { name: 'Resting, breathing normally' }).click();
  await expect(page.getByRole('timer', { name: 'Next check-in' })).toBeVisible();
  for (const [path, label] of [
    ['/session/check-in', 'check-in'],
    ['/session/wrong', 'something’s wrong'],
    ['/session/grounding', 'grounding'],
    ['/session/provider', 'provider'],
    ['/session/bp-check', 'warning-sign questions'],
    ['/session/log', 'session log'],
  ] as const) {
    await visit(page, path, label);
  }
  await page.goto('/session/wrong');
  await page.getByRole('button', { name: /Not breathing, or only gasping/ }).click();
  await expect(page.getByRole('heading', { name: 'Start hands-only CPR' })).toBeVisible();
  await expectGoodLayout(page, 'emergency with CPR');
  await page.getByRole('button', { name: 'Mark emergency resolved' }).click();
  await expect(page.getByRole('heading', { name: 'Is the emergency over?' })).toBeFocused();
  await expectGoodLayout(page, 'emergency resolve step');
  await page.getByRole('radio', { name: 'False alarm' }).check();
  await page.getByRole('button', { name: 'Yes, mark it resolved' }).click();
  await expect(page.getByRole('timer', { name: 'Next check-in' })).toBeVisible();
  await visit(page, '/session/end', 'closing');
  await page.getByLabel('Why are you ending now?').fill('Layout check');
  await page.getByRole('button', { name: 'End session' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Session summary' })).toBeVisible();
  await expectGoodLayout(page, 'summary');
  await page.getByRole('button', { name: 'Look back (for the patient)' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Looking back' })).toBeVisible();
  await expectGoodLayout(page, 'look back');
}

for (const size of [
  { name: 'a phone (390 × 844)', width: 390, height: 844 },
  { name: 'a phone on its side (844 × 390)', width: 844, height: 390 },
  { name: 'a narrow phone (320 × 640)', width: 320, height: 640 },
  { name: '200 % zoom (a 1280 × 800 window)', width: 640, height: 400, deviceScaleFactor: 2 },
]) {
  test(`every screen fits ${size.name}`, async ({ browser, baseURL }) => {
    const context = await browser.newContext({
      baseURL,
      viewport: { width: size.width, height: size.height },
      deviceScaleFactor: size.deviceScaleFactor ?? 1,
      locale: 'en-US',
    });
    await tour(await context.newPage());
    await context.close();
  });
}

for (const width of [390, 320]) {
  test(`every screen fits ${width} px at 200 % text, set as the browser’s default font size`, async ({
    baseURL,
  }) => {
    await withLargeText(baseURL, width, tour);
  });
}

/** Runs `run` in a Chromium whose own default font size is 32 px (200 %), `width` px wide. */
async function withLargeText(
  baseURL: string | undefined,
  width: number,
  run: (page: Page) => Promise<void>,
): Promise<void> {
  // Chromium's own text-size setting, as a profile preference: the app must follow it.
  const dir = mkdtempSync(join(tmpdir(), 'sitwell-text-'));
  mkdirSync(join(dir, 'Default'));
  const prefs = { webkit: { webprefs: { default_font_size: 32, default_fixed_font_size: 26 } } };
  writeFileSync(join(dir, 'Default', 'Preferences'), JSON.stringify(prefs));
  const context = await chromium.launchPersistentContext(dir, {
    executablePath: findChromium(),
    baseURL,
    viewport: { width, height: 844 },
    locale: 'en-US',
    args: ['--disable-background-networking', '--no-first-run', '--disable-sync'],
  });
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    await page.goto('/');
    const rootPx = await page.evaluate(() => getComputedStyle(document.documentElement).fontSize);
    expect(rootPx).toBe('32px');
    await run(page);
  } finally {
    await context.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

test('on its side, the countdown and the three main actions show without scrolling', async ({
  page,
}) => {
  await page.setViewportSize({ width: 844, height: 390 });
  await page.goto('/');
  await openStartForm(page);
  await page.getByLabel('Your name (the sitter)').fill('Alex');
  await page.getByRole('button', { name: 'Start session' }).click();
  for (const target of [
    page.getByRole('timer', { name: 'Next check-in' }),
    page.getByRole('button', { name: 'Check in now' }),
    page.getByRole('button', { name: 'Something’s wrong' }),
    page.locator('main').getByRole('link', { name: 'Call 911' }),
  ]) {
    await expect(target).toBeInViewport({ ratio: 1 });
  }
  expect(await page.evaluate(() => scrollY)).toBe(0);
});
