// Benchmark report (npm run bench): reopening the installed app in the middle of a session, to
// the live countdown, with the page's CPU throttled 4× (a mid-range phone). The service worker
// controls the page and has every file cached, as on a phone where Sitwell is installed. Each run
// opens a new page at the start URL ("/"), as tapping the app's icon does; the "cold" runs stop
// the service worker first (the browser stops it soon after the app is closed).
import { availableParallelism, loadavg } from 'node:os';
import {
  benchPrerequisites,
  launchChromium,
  ms,
  quantile,
  startPreview,
  stopPreview,
} from './bench-kit.mjs';

// Not 4173 (browser tests), 4183–4185 (the other benches) or 4190 (refused as unsafe).
const PORT = Number(process.env.BENCH_REOPEN_PORT ?? 4186);
const BASE_URL = `http://localhost:${PORT}`;
const RUNS = 9;
const CPU_SLOWDOWN = 4;
const TARGET_MS = 300;

/**
 * Runs in the page before the app: the time (since navigation start) when the countdown is in the
 * DOM showing a time, and when the frame after it has run (so it is on screen).
 */
function reopenProbe() {
  const probe = {};
  window.__sitwellReopen = probe;
  const live = () => {
    const timer = document.querySelector('[role="timer"][aria-label="Next check-in"]');
    return !!timer && /\d:\d\d/.test(timer.textContent ?? '');
  };
  const observer = new MutationObserver(() => {
    if (probe.dom !== undefined || !live()) return;
    probe.dom = performance.now();
    observer.disconnect();
    requestAnimationFrame(() => setTimeout(() => (probe.shown = performance.now()), 0));
  });
  observer.observe(document, { childList: true, subtree: true, characterData: true });
  // When the app's own session screen took over from the session shell (public/shell.js), if any.
  const app = new MutationObserver(() => {
    const shell = document.getElementById('shell');
    if (probe.app !== undefined || !shell) return;
    const appTimer = document.querySelector('#app [role="timer"][aria-label="Next check-in"]');
    if (!appTimer || shell.firstChild) return;
    probe.app = performance.now();
    probe.shell = probe.dom !== undefined && probe.dom < probe.app;
    app.disconnect();
  });
  app.observe(document, { childList: true, subtree: true });
}

/** The page's own milestones for the breakdown, in ms since navigation start. */
function milestones() {
  const nav = performance.getEntriesByType('navigation')[0];
  const paint = performance.getEntriesByName('first-contentful-paint')[0];
  return {
    viaWorker: (nav?.workerStart ?? 0) > 0,
    response: nav?.responseEnd ?? NaN,
    domReady: nav?.domContentLoadedEventEnd ?? NaN,
    firstPaint: paint?.startTime ?? NaN,
    countdown: window.__sitwellReopen.dom,
    shown: window.__sitwellReopen.shown,
    app: window.__sitwellReopen.app,
    shell: window.__sitwellReopen.shell,
  };
}

/** Starts a session in a fresh context and waits until the service worker controls the page. */
async function installedAppWithSession(browser) {
  const context = await browser.newContext({
    colorScheme: 'dark',
    serviceWorkers: 'allow',
    viewport: { width: 390, height: 844 },
  });
  await context.addInitScript(reopenProbe);
  const page = await context.newPage();
  await page.goto(`${BASE_URL}/start`);
  const name = page.getByLabel('Your name (the sitter)');
  const skip = page.getByRole('button', { name: 'Skip for now' });
  await skip.or(name).first().waitFor({ timeout: 15_000 });
  if (await skip.isVisible()) await skip.click();
  await name.fill('Alex');
  await page.getByRole('button', { name: 'Start session', exact: true }).click();
  await page.getByRole('timer', { name: 'Next check-in' }).waitFor({ timeout: 15_000 });
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, {
    timeout: 30_000,
  });
  await page.close();
  return context;
}

/** One reopen at the start URL; `cold` stops the service worker first. */
async function reopenOnce(context, cold) {
  const page = await context.newPage();
  try {
    const cdp = await context.newCDPSession(page);
    if (cold) {
      await cdp.send('ServiceWorker.enable');
      await cdp.send('ServiceWorker.stopAllWorkers');
      await cdp.send('ServiceWorker.disable');
    }
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
    await page.goto(`${BASE_URL}/`, { waitUntil: 'commit' });
    await page.waitForFunction(() => window.__sitwellReopen.shown !== undefined, undefined, {
      timeout: 30_000,
    });
    // The app itself must then have taken over, on the session's own screen.
    await page.waitForFunction(() => window.__sitwellReopen.app !== undefined, undefined, {
      timeout: 30_000,
    });
    await page.waitForURL('**/session', { timeout: 30_000 });
    const m = await page.evaluate(milestones);
    if (!m.viaWorker) throw new Error('the page was not served by the service worker');
    if (new URL(page.url()).pathname !== '/session')
      throw new Error(`the app opened ${page.url()}, not the running session`);
    return m;
  } finally {
    await page.close();
  }
}

const median = (values) => quantile(values, 0.5);

function report(label, runs) {
  const at = (key) => ms(median(runs.map((r) => r[key])));
  const shown = runs.map((r) => r.shown);
  const met = median(shown) <= TARGET_MS ? 'met' : 'NOT met';
  console.log(
    `  ${label.padEnd(44)} median ${ms(median(shown)).padStart(8)}   ` +
      `min ${ms(Math.min(...shown)).padStart(8)}   max ${ms(Math.max(...shown)).padStart(8)}` +
      `  [target median ≤ ${TARGET_MS} ms: ${met}]`,
  );
  console.log(
    `    medians: page from the service worker ${at('response')}, HTML parsed ` +
      `${at('domReady')}, first paint ${at('firstPaint')}, countdown in the DOM ${at('countdown')}, ` +
      `the app's own screen ${at('app')}`,
  );
  const shell = runs.filter((r) => r.shell).length;
  console.log(
    `    the session shell painted it first in ${shell} of ${runs.length}; ` +
      `p95 ${ms(quantile(shown, 0.95))}`,
  );
}

async function main() {
  const executablePath = benchPrerequisites();
  const loadBefore = loadavg()[0];
  let browser;
  try {
    await startPreview(PORT);
    browser = await launchChromium(executablePath);
    const context = await installedAppWithSession(browser);
    // One untimed reopen of each kind: the first compiles and caches the scripts.
    await reopenOnce(context, true);
    const cold = [];
    const warm = [];
    for (let i = 0; i < RUNS; i++) {
      cold.push(await reopenOnce(context, true));
      warm.push(await reopenOnce(context, false));
    }
    const loadAfter = loadavg()[0];
    console.log(
      `\nSitwell reopen benchmark — Chromium ${browser.version()} (headless), CPU ` +
        `${CPU_SLOWDOWN}× slower, vite preview :${PORT}`,
    );
    console.log(
      `  ${availableParallelism()} cores; 1-min load average ${loadBefore.toFixed(1)} at the ` +
        `start, ${loadAfter.toFixed(1)} at the end\n`,
    );
    report(`reopen to the countdown, worker stopped (${RUNS})`, cold);
    report(`reopen to the countdown, worker running (${RUNS})`, warm);
    console.log(
      `\n  From navigation start at "/" (the app's start URL) to the frame after the running ` +
        `session's\n  countdown is in the DOM; every file comes from the service worker's cache.`,
    );
  } finally {
    await browser?.close().catch(() => undefined);
    await stopPreview();
  }
}

try {
  await main();
  process.exit(0);
} catch (err) {
  console.error(
    `\nbench: could not run the reopen benchmark: ` +
      `${err instanceof Error ? (err.stack ?? err.message) : String(err)}`,
  );
  process.exit(1);
}
