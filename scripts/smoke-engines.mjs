// `npm run test:engines`: the cross-engine smoke. Runs the steps in scripts/smoke-flows.mjs in
// Firefox ESR (puppeteer-core over WebDriver BiDi) and WebKitGTK (WebKitWebDriver and MiniBrowser
// under xvfb-run, through selenium-webdriver) against the production build served by
// `vite preview`, and fails on any failed step, console error or "not saved yet" banner after a
// step. An engine that is not installed is named with its Debian package; under CI (CI=true)
// that is a failure.
// Options: --only firefox|webkit. Port: ENGINES_PORT (default 4188).
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { firefoxMissing, launchFirefox } from './smoke-firefox.mjs';
import { expectAllSaved, STEPS } from './smoke-flows.mjs';
import { killWebKitNow, launchWebKit, webkitMissing } from './smoke-webkit.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
// Not 4173 or 4181 (the browser tests), 4183–4187 (the benches) or 4190 (refused as unsafe);
// WebKitWebDriver listens on the port after it.
const PORT = Number(process.env.ENGINES_PORT ?? 4188);
const ORIGIN = `http://localhost:${PORT}`;
const ENGINES = [
  { name: 'firefox', missing: firefoxMissing, launch: launchFirefox },
  { name: 'webkit', missing: webkitMissing, launch: () => launchWebKit(PORT + 1) },
];

/** Newest modification time of any file under `path`. */
function newest(path) {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(0, ...readdirSync(path).map((name) => newest(join(path, name))));
}

/** Builds the app unless dist/ is newer than everything it is built from. */
function ensureBuild() {
  const sources = ['src', 'public', 'index.html', 'vite.config.ts', 'package-lock.json'];
  const built = join(root, 'dist', 'index.html');
  if (
    existsSync(built) &&
    statSync(built).mtimeMs > Math.max(...sources.map((s) => newest(join(root, s))))
  )
    return;
  console.log('test:engines: dist/ is missing or older than the sources; building (build:app)…');
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  const result = spawnSync(npm, ['run', 'build:app'], { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

/** The preview servers' process groups still running. */
const servers = new Set();

// The servers and drivers run in their own process groups, so Ctrl+C does not reach them.
for (const signal of ['SIGINT', 'SIGTERM'])
  process.on(signal, () => {
    for (const pid of servers) {
      try {
        process.kill(-pid, 'SIGTERM');
      } catch {
        // Gone already.
      }
    }
    killWebKitNow();
    process.exit(signal === 'SIGINT' ? 130 : 143);
  });

/** Starts `vite preview` in its own process group; resolves once it answers. */
async function startServer() {
  const server = spawn('npx', ['vite', 'preview', '--port', String(PORT), '--strictPort'], {
    cwd: root,
    stdio: 'ignore',
    detached: true,
  });
  servers.add(server.pid);
  for (let i = 0; i < 150; i++) {
    try {
      if ((await fetch(ORIGIN)).ok) return server;
    } catch {
      // Not up yet.
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`vite preview did not answer on ${ORIGIN}`);
}

/** Stops the server's process group (npx starts vite as a child); waits until it is gone. */
async function stopServer(server) {
  if (server.exitCode !== null || server.signalCode !== null) return;
  servers.delete(server.pid);
  try {
    process.kill(-server.pid, 'SIGTERM');
  } catch {
    return; // Already gone.
  }
  for (let i = 0; i < 100; i++) {
    try {
      await fetch(ORIGIN);
    } catch {
      return;
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('vite preview did not stop');
}

/** Runs every step in one engine; returns { passed, failed, notes, errors, ms }. */
async function runEngine(engine) {
  const started = performance.now();
  const server = await startServer();
  const result = { passed: 0, failed: 0, errors: [], version: '' };
  const notes = [];
  let driver;
  try {
    const launching = performance.now();
    driver = await engine.launch();
    result.version = driver.version;
    const launchMs = Math.round(performance.now() - launching);
    console.log(`\n${engine.name} (${driver.version}, started in ${launchMs} ms)`);
    const ctx = {
      origin: ORIGIN,
      stopServer: () => stopServer(server),
      note: (t) => notes.push(t),
    };
    for (const [name, step] of STEPS) {
      const t0 = performance.now();
      try {
        await step(driver, ctx);
        await expectAllSaved(driver);
        result.passed++;
        console.log(`  ✓ ${name} (${Math.round(performance.now() - t0)} ms)`);
        // Say in which step each console error came.
        for (const e of (await driver.errors()).slice(result.errors.length))
          result.errors.push(`${e}\n      (during "${name}")`);
      } catch (error) {
        result.failed++;
        console.log(`  ✘ ${name}\n      ${error.message || error.stack || String(error)}`);
        console.log(`  - ${STEPS.length - result.passed - result.failed} later steps not run`);
        result.failed += STEPS.length - result.passed - result.failed;
        break;
      }
    }
    result.errors.push(...(await driver.errors()).slice(result.errors.length));
  } catch (error) {
    result.failed = STEPS.length - result.passed;
    console.log(`  ✘ ${engine.name} could not be driven: ${error.message}`);
  } finally {
    const closing = performance.now();
    await driver?.close().catch(() => {});
    await stopServer(server);
    console.log(`  (closed in ${Math.round(performance.now() - closing)} ms)`);
  }
  for (const gap of [...notes, ...(driver?.gaps ?? [])]) console.log(`  ! ${engine.name}: ${gap}`);
  for (const e of result.errors) console.log(`  ✘ console error: ${e}`);
  if (!result.errors.length) console.log('  ✓ no console errors');
  result.ms = Math.round(performance.now() - started);
  return result;
}

const only = process.argv.includes('--only')
  ? process.argv[process.argv.indexOf('--only') + 1]
  : '';
const chosen = ENGINES.filter((e) => !only || e.name === only);
const missing = chosen.filter((e) => e.missing()).map((e) => `${e.name}: ${e.missing()}`);
const runnable = chosen.filter((e) => !e.missing());
if (missing.length) {
  const how = 'install with: apt-get install -y firefox-esr webkit2gtk-driver xvfb xauth';
  console.log(`test:engines: missing ${missing.join('; ')}\n  ${how}`);
  if (process.env.CI) {
    console.error('test:engines: CI must run every engine; failing.');
    process.exit(1);
  }
}
ensureBuild();
let failed = false;
const summary = [];
for (const engine of runnable) {
  const r = await runEngine(engine);
  failed ||= r.failed > 0 || r.errors.length > 0;
  summary.push(
    `${engine.name}: ${r.passed}/${STEPS.length} steps, ${r.errors.length} console errors, ` +
      `${(r.ms / 1000).toFixed(1)} s`,
  );
}
console.log(`\ntest:engines: ${summary.join('; ') || 'no engine ran'}`);
for (const m of missing) console.log(`test:engines: NOT RUN ${m}`);
process.exit(failed ? 1 : 0);
