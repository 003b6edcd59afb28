// Crash torture (npm run torture): runs the production build in a real Chromium on a persistent
// profile, starts one session through the UI and SIGKILLs the browser again and again, at random
// moments and 0–6 ms after taps that save (quick check-in, the check-in form, a note). After each
// relaunch the session must resume, its hash chain must verify with the app's own verifyChain, the
// log must never shrink, and every entry the app acknowledged (the `sitwell:entry-saved` mark) must
// be stored unchanged. Flags: --kills N (default 100), --quick (12 kills), --seed N, --port N.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import {
  benchPrerequisites,
  bundleModule,
  makeTempDir,
  prng,
  removeTempDirs,
  ROOT,
  startPreview,
  stats,
  stopPreview,
} from './bench-kit.mjs';
import {
  busySitter,
  prepareCheckIn,
  prepareNote,
  screenText,
  startSession,
  tap,
  TIMER,
} from './torture-actions.mjs';
import {
  killAll,
  killAllNow,
  killBrowser,
  launchBrowser,
  preparePage,
  readAndVerify,
} from './torture-browser.mjs';
import { report, tapOutcome } from './torture-report.mjs';

const USAGE = 'usage: node scripts/torture.mjs [--kills N | --quick] [--seed N] [--port N]';
/** The command line, or exit with the usage line. */
function parseFlags() {
  try {
    const { values } = parseArgs({
      options: {
        kills: { type: 'string' },
        quick: { type: 'boolean', default: false },
        seed: { type: 'string' },
        port: { type: 'string', default: process.env.TORTURE_PORT ?? '4413' },
      },
    });
    const kills = Number(values.kills ?? (values.quick ? 12 : 100));
    const seed = Number(values.seed ?? Date.now() % 1e9);
    const port = Number(values.port);
    if ([kills, seed, port].every(Number.isInteger) && kills >= 1) return { kills, seed, port };
  } catch {
    // An unknown flag; the usage line says what there is.
  }
  console.error(USAGE);
  process.exit(2);
}
const { kills: KILLS, seed: SEED, port: PORT } = parseFlags();
const BASE_URL = `http://localhost:${PORT}`;
/** The shortest interval the start form takes, so alarms and missed check-ins come quickly. */
const INTERVAL_MIN = 5;
/** Generous: a 2-core machine shared with other work can be very slow to start a browser. */
const TIMEOUT_MS = 90_000;
const MIN = 60_000;

// SIGKILL the browser before bench-kit's handler removes its profile and exits.
for (const signal of ['SIGINT', 'SIGTERM']) process.prependListener(signal, killAllNow);
process.on('exit', killAllNow);

const rand = prng(SEED);
const between = (lo, hi) => lo + Math.floor(rand() * (hi - lo + 1));

/** Everything the run learns; the report is made from it. */
const run = {
  kills: [],
  relaunchMs: [],
  resumes: 0,
  resumeTries: 0,
  /** id -> JSON of entries the app acknowledged (saved mark) before a kill. */
  acked: new Map(),
  /** id -> JSON of every entry read back from storage so far. */
  seen: new Map(),
  maxCount: 0,
  lost: new Set(),
  chainFailures: 0,
  failures: [],
  pageErrors: [],
  clockJumps: 0,
};
let sessionId;
/** Added to the page's clock at each launch, so time can jump forward across a crash. */
let clockOffsetMs = 0;

function fail(what) {
  run.failures.push(what);
  console.log(`  FAILURE: ${what}`);
}

/** Launches the browser on the profile and opens the app; the page's clock runs at real speed. */
async function openApp(paths, url) {
  const started = performance.now();
  const handle = await launchBrowser({ ...paths, timeoutMs: TIMEOUT_MS });
  const page = await preparePage(handle, {
    clockTime: Date.now() + clockOffsetMs,
    onAck: (records) => {
      for (const json of records) run.acked.set(JSON.parse(json).id, json);
    },
  });
  page.setDefaultTimeout(TIMEOUT_MS);
  page.on('pageerror', (err) => run.pageErrors.push(err.message));
  const loading = page.goto(url, { waitUntil: 'commit' });
  // A kill may come first; whoever awaits `loading` still sees the error.
  loading.catch(() => undefined);
  return { handle, page, started, loading };
}

/** Reads the log back and checks it against everything seen and acknowledged before. */
async function checkLog(page, verifySource, label) {
  const log = await readAndVerify(page, verifySource);
  if (log.active.length !== 1 || (sessionId && log.active[0] !== sessionId))
    fail(`${label}: expected the one running session, found ${log.active.length} active`);
  sessionId ??= log.active[0];
  if (!log.verdict.ok) {
    run.chainFailures++;
    fail(`${label}: the hash chain does not verify: ${log.verdict.message}`);
  }
  if (log.entries.length < run.maxCount)
    fail(`${label}: the log shrank from ${run.maxCount} to ${log.entries.length} entries`);
  const stored = new Map(log.entries.map((json) => [JSON.parse(json).id, json]));
  for (const [id, json] of run.acked) {
    if (JSON.parse(json).sessionId !== sessionId || stored.get(id) === json) continue;
    if (!run.lost.has(id))
      fail(`${label}: acknowledged entry ${summary(json)} ${fate(stored, id)}`);
    run.lost.add(id);
  }
  for (const [id, json] of run.seen) {
    if (stored.get(id) !== json && !run.acked.has(id))
      fail(`${label}: stored entry ${summary(json)} ${fate(stored, id)}`);
  }
  for (const [id, json] of stored) run.seen.set(id, json);
  run.maxCount = Math.max(run.maxCount, log.entries.length);
  return stored;
}

const summary = (json) => {
  const e = JSON.parse(json);
  return `#${e.seq} ${e.kind} (${e.id})`;
};
const fate = (stored, id) => (stored.has(id) ? 'was changed' : 'is missing');

/** Kills `delayMs` after `tapAt` (spinning: timers are too coarse for single milliseconds). */
async function killAfter(handle, tapAt, delayMs) {
  while (performance.now() < tapAt + delayMs);
  const gap = performance.now() - tapAt;
  await killBrowser(handle);
  return gap;
}

/** Which kill comes when: a shuffled mix in fixed shares, so even a short run has every kind. */
function schedule(kills) {
  const shares = { form: 0.15, note: 0.2, random: 0.25, loading: 0.1 };
  const plans = [];
  for (const [kind, share] of Object.entries(shares))
    for (let i = 0; i < Math.round(kills * share); i++) plans.push(kind);
  while (plans.length < kills) plans.push('check-in');
  plans.length = kills;
  for (let i = plans.length - 1; i > 0; i--) {
    const j = between(0, i);
    [plans[i], plans[j]] = [plans[j], plans[i]];
  }
  // A kill while loading follows another kill; the first one needs a running app.
  const first = plans.findIndex((p) => p !== 'loading');
  [plans[0], plans[first]] = [plans[first], plans[0]];
  return plans;
}

/** Kills the running app as `plan` says; returns what was done, for the progress and report. */
async function killRunningApp(app, plan) {
  const { handle, page } = app;
  if (plan !== 'random') {
    const step =
      plan === 'note'
        ? await prepareNote(page, BASE_URL, `Torture note ${run.kills.length + 1}`)
        : await prepareCheckIn(page, BASE_URL, { form: plan === 'form' });
    const known = new Set([...run.seen.keys(), ...run.acked.keys()]);
    const tapAt = await tap(page, step.target);
    const gapMs = await killAfter(handle, tapAt, between(0, 6));
    return { kind: step.kind, gapMs, known };
  }
  // At a random moment while the sitter keeps saving things.
  let killed = false;
  const busy = busySitter(page, BASE_URL, rand, () => killed).catch((err) => {
    if (!killed) throw err;
  });
  const delay = between(0, 4000);
  const waited = await Promise.race([busy.then(() => 'busy'), sleepMs(delay)]);
  killed = true;
  await killBrowser(handle);
  await busy;
  if (waited === 'busy') throw new Error('the busy sitter stopped before the kill');
  return { kind: 'random' };
}

const sleepMs = (t) => new Promise((resolve) => setTimeout(resolve, t));

async function main() {
  const executablePath = benchPrerequisites({ needsBuild: false });
  if (!existsSync(join(ROOT, 'dist', 'index.html'))) {
    console.log('dist/ is missing: building the app first (npm run build:app)');
    const built = spawnSync('npm', ['run', 'build:app'], { cwd: ROOT, stdio: 'inherit' });
    if (built.status !== 0) throw new Error('npm run build:app failed');
  }
  const t0 = performance.now();
  const bundle = await bundleModule('src/domain/log/verify-chain.ts', 'SitwellVerify');
  const verifySource = readFileSync(bundle.iife, 'utf8');
  const paths = { executablePath, profileDir: makeTempDir(), tmpDir: makeTempDir() };
  await startPreview(PORT);
  console.log(
    `Torture: ${KILLS} SIGKILLs of Chromium on one session (seed ${SEED}, ` +
      `${BASE_URL}, check-in every ${INTERVAL_MIN} min)`,
  );

  let app = await openApp(paths, 'about:blank');
  await app.loading;
  await startSession(app.page, BASE_URL, INTERVAL_MIN);
  // The countdown on screen tells the sitter the session and its first entries are saved.
  for (const [id, json] of await checkLog(app.page, verifySource, 'after the start'))
    run.acked.set(id, json);
  const version = app.handle.browser.version();

  const plans = schedule(KILLS);
  let next = 0;
  while (next < plans.length && run.failures.length === 0) {
    const kill = await killRunningApp(app, plans[next++]);
    run.kills.push(kill);
    // Now and then time moves on while the browser is down: alarms and missed check-ins follow.
    if (rand() < 0.3) {
      clockOffsetMs += between(2 * MIN, 11 * MIN);
      run.clockJumps++;
    }
    // Killed again while it starts up, before the session screen is back.
    while (plans[next] === 'loading') {
      next++;
      app = await openApp(paths, `${BASE_URL}/`);
      await sleepMs(between(0, 2500));
      await killBrowser(app.handle);
      run.kills.push({ kind: 'loading' });
    }
    app = await openApp(paths, `${BASE_URL}/`);
    run.resumeTries++;
    const label = `kill ${run.kills.length}`;
    try {
      await app.loading;
      await app.page.locator(TIMER).waitFor();
      run.resumes++;
      run.relaunchMs.push(performance.now() - app.started);
    } catch (err) {
      fail(
        `${label}: the session did not resume (${err.message.split('\n')[0]}); ` +
          `the screen said: ${await screenText(app.page)}`,
      );
      break;
    }
    if (!(await app.page.evaluate(() => performance.mark.tortureProbe === true)))
      fail(`${label}: the page probe is not in place, so acknowledgements go unseen`);
    const stored = await checkLog(app.page, verifySource, label);
    tapOutcome(kill, stored, run.acked);
    const gap = kill.gapMs === undefined ? '' : ` +${kill.gapMs.toFixed(1)} ms`;
    const outcome = kill.stored === undefined ? '' : kill.stored ? 'saved' : 'not saved';
    console.log(
      `  ${label.padEnd(9)} ${(kill.kind + gap).padEnd(20)} ${outcome.padEnd(10)} relaunch ` +
        `${(run.relaunchMs.at(-1) / 1000).toFixed(1)} s   entries ${stored.size} ` +
        `(acknowledged ${run.acked.size})`,
    );
  }
  await killAll();
  return report(run, { version, seed: SEED, totalMs: performance.now() - t0 });
}

let ok = false;
try {
  ok = await main();
} catch (err) {
  // Playwright's call logs run to pages; the first lines say what went wrong.
  const text = err instanceof Error ? (err.stack ?? err.message) : String(err);
  console.error(`\ntorture: the run broke off: ${text.split('\n').slice(0, 12).join('\n')}`);
} finally {
  await killAll();
  await stopPreview();
  removeTempDirs();
}
process.exit(ok ? 0 : 1);
