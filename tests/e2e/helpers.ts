import AxeBuilder from '@axe-core/playwright';
import { expect, type Locator, type Page } from '@playwright/test';

/** Fails the test with readable detail when axe finds any WCAG 2.0–2.2 A/AA violation. */
export async function expectNoAxeViolations(page: Page, label: string): Promise<void> {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    .analyze();
  const summary = results.violations.map(
    (v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`,
  );
  expect(summary, `axe violations on ${label}`).toEqual([]);
}

/** Fill the start form and start a session; leaves the page on the active screen. */
export async function startSession(
  page: Page,
  opts: { sitter?: string; interval?: string } = {},
): Promise<void> {
  await openStartForm(page);
  await page.getByLabel('Your name (the sitter)').fill(opts.sitter ?? 'Alex');
  if (opts.interval) await page.getByRole('radio', { name: `${opts.interval} min` }).check();
  await page.getByRole('button', { name: 'Start session' }).click();
  await expect(page.getByRole('timer', { name: 'Next check-in' })).toBeVisible();
}

/**
 * A slack for `expectTimer` that allows all the real time since `since` (a `Date.now()`): the
 * page's clock also flows in real time, and checks such as axe take seconds on a busy machine.
 * Includes the poll's own 10 seconds.
 */
export function realSlackSince(since: number): number {
  return Math.ceil((Date.now() - since) / 1000) + 12;
}

/**
 * The countdown shows `expected` (m:ss), allowing a few seconds of real time that pass while the
 * test runs: Playwright's clock keeps flowing, because Preact schedules effects on animation frames.
 */
// 30 s by default: on a 2-core CI machine running two browsers, the real seconds between a tap and
// the check (axe scans, navigation) reach 20; every expectation the tests make is minutes apart.
export async function expectTimer(timer: Locator, expected: string, slackS = 30): Promise<void> {
  const secs = (t: string): number =>
    t.split(':').reduce((acc, part) => acc * 60 + Number(part), 0);
  const want = secs(expected);
  await expect
    .poll(
      async () => {
        const got = secs((await timer.textContent()) ?? '');
        return got <= want && got >= want - slackS;
      },
      { message: `timer near ${expected}` },
    )
    .toBe(true);
}

/**
 * From home, open the start form. A sitter who skipped preparation is first asked for the
 * emergency essentials (number, address, provider); tests that are not about them skip it.
 */
export async function openStartForm(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Skip to start session' }).click();
  const essentials = page.getByRole('heading', { name: /Before you start/ });
  const name = page.getByLabel('Your name (the sitter)');
  await expect(essentials.or(name).first()).toBeVisible();
  if (await essentials.isVisible())
    await page.getByRole('button', { name: 'Skip for now' }).click();
  await expect(name).toBeVisible();
}
