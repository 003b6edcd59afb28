// Benchmark report (npm run bench, second part): the patient's series view with 50 past sessions
// and their logs, and home listing 500 past sessions, each timed in the built app in headless
// Chromium from the tap that opens the screen to the screen drawn (after the next frame).
// Sessions are seeded into the app's own IndexedDB by tests/bench/review-seed.ts, bundled here.
import { readFileSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import {
  bundleModule,
  launchChromium,
  line,
  ms,
  removeTempDirs,
  startPreview,
  stats,
  stopPreview,
  benchPrerequisites,
} from './bench-kit.mjs';

// Not 4173 (browser tests), 4183 (the tap bench) 4184 (the export bench's page origin) or 4190
// (refused as unsafe).
const PORT = 4185;
const BASE_URL = `http://localhost:${PORT}`;
const RUNS = 20;
const TARGET_MS = 100;
const SERIES_SESSIONS = 50;
const HOME_SESSIONS = 500;
/** Check-ins per seeded session: one every 15 minutes for eight hours. */
const CHECK_INS = 32;
const FIRST_START = Date.UTC(2025, 0, 6, 23, 0);
/** Home lists the latest ten (src/components/review/PastSessionList.tsx) and the rest on request. */
const LATEST_SHOWN = 10;

/**
 * Runs in the page: taps the button or link named `name`, then resolves with the milliseconds
 * until `ready()` holds in the DOM and the frame after it has run (so layout and paint are in).
 */
function tapAndTime({ name, readySource }) {
  const ready = new Function(`return (${readySource})()`);
  const target = [...document.querySelectorAll('button, a')].find(
    (el) => el.textContent?.trim() === name,
  );
  if (!target) throw new Error(`no button named "${name}" on ${location.pathname}`);
  return new Promise((resolve) => {
    const t0 = performance.now();
    const done = () => {
      observer.disconnect();
      requestAnimationFrame(() => setTimeout(() => resolve(performance.now() - t0), 0));
    };
    const observer = new MutationObserver(() => ready() && done());
    observer.observe(document.body, { childList: true, subtree: true, attributes: true });
    target.click();
    if (ready()) done();
  });
}

/** The series chart and its table with one row per session (plus the header row). */
const seriesReady = (n) =>
  `() => !!document.querySelector('.series-chart svg') &&
    document.querySelectorAll('.series-table tbody tr').length >= ${n}`;
/** Home's past-session list: the latest ten, and the button that shows all `n`. */
const homeReady = (n) =>
  `() => document.querySelectorAll('li.past-session').length === ${Math.min(n, LATEST_SHOWN)} &&
    [...document.querySelectorAll('button')].some((b) => b.textContent === 'Show all ${n} sessions')`;
/** Every one of the `n` sessions in the list. */
const allReady = (n) => `() => document.querySelectorAll('li.past-session').length === ${n}`;

async function seededPage(browser, seedSource, sessions, digest) {
  const context = await browser.newContext({
    serviceWorkers: 'block',
    viewport: { width: 390, height: 844 },
  });
  const page = await context.newPage();
  await page.goto(`${BASE_URL}/`);
  await page.getByRole('heading', { level: 1 }).first().waitFor();
  await page.evaluate(`${seedSource};\nwindow.SitwellSeed = SitwellSeed; 0`);
  const entries = await page.evaluate((opts) => window.SitwellSeed.seedSessions(opts), {
    sessions,
    checkIns: CHECK_INS,
    digest,
    firstStart: FIRST_START,
  });
  return { context, page, entries };
}

/** Times `RUNS` taps from home to the series and back; the first (code not loaded yet) apart. */
async function benchSeries(browser, seedSource) {
  const { context, page, entries } = await seededPage(browser, seedSource, SERIES_SESSIONS, true);
  try {
    await page.reload();
    await page.locator('li.past-session').first().waitFor();
    const times = [];
    for (let i = 0; i <= RUNS; i++) {
      times.push(
        await page.evaluate(tapAndTime, {
          name: 'Your sessions over time',
          readySource: seriesReady(SERIES_SESSIONS),
        }),
      );
      await page.getByRole('button', { name: 'Back', exact: true }).click();
      await page.locator('li.past-session').first().waitFor();
    }
    return { first: times[0], warm: times.slice(1), entries };
  } finally {
    await context.close();
  }
}

/** Times home listing every session: after a reload (cold) and on coming back from Settings. */
async function benchHome(browser, seedSource, digest) {
  const { context, page, entries } = await seededPage(browser, seedSource, HOME_SESSIONS, digest);
  try {
    const cold = [];
    const back = [];
    const showAll = [];
    const runs = digest ? RUNS : 1;
    for (let i = 0; i < runs; i++) {
      await page.reload();
      await page.waitForFunction(new Function(`return (${homeReady(HOME_SESSIONS)})()`), null, {
        polling: 'raf',
        timeout: 120_000,
      });
      // From the navigation's start: loading the app, opening the database and listing.
      cold.push(await page.evaluate(() => performance.now()));
      if (!digest) break;
      await page.getByRole('button', { name: 'Settings' }).click();
      await page.getByRole('heading', { level: 1, name: 'Settings' }).waitFor();
      back.push(
        await page.evaluate(tapAndTime, { name: 'Back', readySource: homeReady(HOME_SESSIONS) }),
      );
      showAll.push(
        await page.evaluate(tapAndTime, {
          name: `Show all ${HOME_SESSIONS} sessions`,
          readySource: allReady(HOME_SESSIONS),
        }),
      );
    }
    return { cold, back, showAll, entries };
  } finally {
    await context.close();
  }
}

async function main() {
  const executablePath = benchPrerequisites();
  const loadBefore = loadavg()[0];
  let browser;
  try {
    const seed = await bundleModule('tests/bench/review-seed.ts', 'SitwellSeed');
    const seedSource = readFileSync(seed.iife, 'utf8');
    await startPreview(PORT);
    browser = await launchChromium(executablePath);
    const series = await benchSeries(browser, seedSource);
    const home = await benchHome(browser, seedSource, true);
    const backfill = await benchHome(browser, seedSource, false);

    const target = `target p95 ≤ ${TARGET_MS} ms`;
    console.log(
      `\nSitwell review benchmark — Chromium ${browser.version()} (headless), vite preview :${PORT}`,
    );
    console.log(
      `  ${availableParallelism()} cores; 1-min load average ${loadBefore.toFixed(1)} at the ` +
        `start, ${loadavg()[0].toFixed(1)} at the end\n`,
    );
    console.log(
      line(
        `series, ${SERIES_SESSIONS} sessions (${RUNS} taps)`,
        stats(series.warm),
        TARGET_MS,
        target,
      ),
    );
    console.log(`    first tap (its code loaded on demand): ${ms(series.first)}`);
    console.log(
      line(
        `home, ${HOME_SESSIONS} sessions, back from Settings`,
        stats(home.back),
        TARGET_MS,
        target,
      ),
    );
    console.log(line(`home, ${HOME_SESSIONS} sessions, cold reload`, stats(home.cold)));
    console.log(line(`home, "Show all ${HOME_SESSIONS} sessions"`, stats(home.showAll)));
    console.log(
      `  home, ${HOME_SESSIONS} sessions without summaries (first open after an upgrade, reads ` +
        `all ${backfill.entries.toLocaleString('en')} entries once): ${ms(backfill.cold[0])}`,
    );
    console.log('');
    console.log(
      `  Seeded: ${series.entries.toLocaleString('en')} entries for the series, ` +
        `${home.entries.toLocaleString('en')} for home (${CHECK_INS} check-ins a session).`,
    );
    console.log(
      `  Timed from the tap to the screen in the DOM and the frame after it; home lists the ` +
        `latest ${LATEST_SHOWN}`,
    );
    console.log(
      '  with their figures and a "Show all" button (all sessions are read); cold = from the ' +
        'reload.',
    );
  } finally {
    await browser?.close().catch(() => undefined);
    await stopPreview();
    removeTempDirs();
  }
}

try {
  await main();
  process.exit(0);
} catch (err) {
  console.error(
    `\nbench: could not run the review benchmark: ` +
      `${err instanceof Error ? (err.stack ?? err.message) : String(err)}`,
  );
  process.exit(1);
}
