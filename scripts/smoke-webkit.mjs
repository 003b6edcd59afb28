// WebKit for `npm run test:engines`: WebKitGTK's WebKitWebDriver with its MiniBrowser on a virtual
// display (xvfb-run), driven by selenium-webdriver. WebKitWebDriver speaks classic WebDriver only
// (no BiDi: no preload scripts, no log events), so the test clock and the console-error log are
// installed right after each load (smoke-page.mjs), and the log is read before each reload.
import { spawn } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { Builder } from 'selenium-webdriver';
import { findByRole, installErrorLog, installTestClock } from './smoke-page.mjs';

const DRIVER = '/usr/bin/WebKitWebDriver';
const XVFB_RUN = '/usr/bin/xvfb-run';
const LIB = '/usr/lib/x86_64-linux-gnu';

/** MiniBrowser from the installed WebKitGTK (webkit2gtk-4.1 or 4.0), or undefined. */
function miniBrowser() {
  const dirs = existsSync(LIB) ? readdirSync(LIB).filter((d) => /^webkit2?gtk-\d/.test(d)) : [];
  return dirs.map((d) => `${LIB}/${d}/MiniBrowser`).find((p) => existsSync(p));
}

/** What is missing for this engine, or undefined when it can run. */
export function webkitMissing() {
  const missing = [];
  if (!existsSync(DRIVER)) missing.push(`${DRIVER} (Debian package webkit2gtk-driver)`);
  else if (!miniBrowser()) missing.push(`MiniBrowser under ${LIB}/webkit2gtk-4.*`);
  if (!existsSync(XVFB_RUN)) missing.push(`${XVFB_RUN} (Debian package xvfb)`);
  if (!existsSync('/usr/bin/xauth')) missing.push('/usr/bin/xauth (Debian package xauth)');
  return missing.length ? missing.join(', ') : undefined;
}

/** Process groups of the drivers still running (each under its own xvfb-run). */
const live = new Set();

/** Ends every driver this module started: for an interrupted run. */
export function killWebKitNow() {
  for (const pid of live) signalGroup(pid);
}

function signalGroup(pid) {
  try {
    process.kill(-pid, 'SIGTERM');
  } catch {
    // Gone already.
  }
  live.delete(pid);
}

/** Starts WebKitWebDriver on `port` under xvfb-run; resolves once it answers. */
async function startDriver(port, lines) {
  const child = spawn(XVFB_RUN, ['-a', DRIVER, `--port=${port}`], {
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
    // The app's words and number formats follow the browser's language, as in the other engines.
    env: { ...process.env, LANGUAGE: 'en_US', LANG: process.env.LANG || 'C.UTF-8' },
  });
  live.add(child.pid);
  let rest = '';
  const collect = (chunk) => {
    const all = rest + chunk;
    const parts = all.split('\n');
    rest = parts.pop();
    lines.push(...parts);
  };
  child.stdout.setEncoding('utf8').on('data', collect);
  child.stderr.setEncoding('utf8').on('data', collect);
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(`http://127.0.0.1:${port}/status`)).ok) return child;
    } catch {
      // Not up yet.
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  signalGroup(child.pid);
  throw new Error(`WebKitWebDriver did not answer on port ${port}: ${lines.join(' ')}`);
}

/** Launches MiniBrowser through WebKitWebDriver; returns a driver for scripts/smoke-flows.mjs. */
export async function launchWebKit(port) {
  const lines = [];
  const child = await startDriver(port, lines);
  let driver;
  try {
    driver = await new Builder()
      .usingServer(`http://127.0.0.1:${port}`)
      .withCapabilities({
        browserName: 'MiniBrowser',
        'webkitgtk:browserOptions': {
          binary: miniBrowser(),
          args: ['--automation'],
        },
      })
      .build();
  } catch (error) {
    signalGroup(child.pid);
    throw error;
  }
  const caps = await driver.getCapabilities();
  const run = (fn, ...args) =>
    driver.executeScript(`return (${fn}).apply(null, arguments)`, ...args);
  const errors = [];
  const afterLoad = async () => {
    await run(installErrorLog);
    await run(installTestClock);
  };
  // The page's log goes with the page: keep what it holds before it is replaced.
  const harvest = async () => {
    errors.push(...((await run(() => window.__smokeErrors?.splice(0)).catch(() => [])) ?? []));
  };
  return {
    version: `${caps.get('browserName')} ${caps.get('browserVersion')}`,
    async goto(url) {
      await driver.get(url);
      await afterLoad();
    },
    async reload() {
      await harvest();
      await driver.navigate().refresh();
      await afterLoad();
    },
    async find(role, name, level, root) {
      const element = await run(findByRole, role, name, level, root);
      if (!element) return element;
      // WebKit's own accessibility tree must agree (WebDriver's Get Computed Role and Label).
      const [computed, label] = [await element.getAriaRole(), await element.getAccessibleName()];
      const said = name?.re
        ? new RegExp(name.re, name.flags).test(label)
        : label === (name ?? label);
      if (computed !== role || !said)
        throw new Error(`WebKit names the ${role} "${name.re ?? name}" ${computed} "${label}"`);
      return element;
    },
    async click(element) {
      await element.click();
    },
    async fill(element, value) {
      await element.clear();
      await element.sendKeys(value);
    },
    run,
    async advanceClock(ms) {
      await run((n) => window.__smokeClock.advance(n), ms);
    },
    async errors() {
      await harvest();
      return errors;
    },
    gaps: ['console errors are seen from the end of each page load (no BiDi log over WebDriver)'],
    async close() {
      await driver.quit().catch(() => {});
      signalGroup(child.pid);
    },
  };
}
