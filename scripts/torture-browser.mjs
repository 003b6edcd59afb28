// The browser side of `npm run torture`: a real Chromium process on a persistent profile, reached
// over the DevTools protocol, killed with SIGKILL (its whole process group); the in-page probe that
// reports entries the app acknowledged; and reading and verifying the log the app left behind.
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { sleep } from './bench-kit.mjs';

/** The mark the app sets once an entry is durably committed (SessionStore.append). */
export const SAVED_MARK = 'sitwell:entry-saved';
/** The page calls this binding with the entries a mark acknowledged (JSON of each record). */
const ACK_BINDING = '__tortureAck';

/** Chromium processes still running, so an interrupt can kill them. */
const live = new Set();

/** SIGKILLs every browser this module started; synchronous, for exit and signal handlers. */
export function killAllNow() {
  for (const handle of live) signalGroup(handle.pid, 'SIGKILL');
}

function signalGroup(pid, signal) {
  try {
    process.kill(-pid, signal);
    return true;
  } catch {
    return false; // The group is gone already.
  }
}

/** Pids of the group's processes that are still alive (zombies excluded). */
function liveMembers(pgid) {
  const pids = [];
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      // "pid (comm) state ppid pgrp …": comm may hold spaces or parentheses.
      const [state, , pgrp] = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      if (Number(pgrp) === pgid && state !== 'Z' && state !== 'X') pids.push(Number(name));
    } catch {
      // Exited while we looked.
    }
  }
  return pids;
}

/**
 * Starts Chromium headless on `profileDir` in its own process group and connects Playwright to it.
 * Its temporary files go under `tmpDir`, so a killed browser leaves nothing outside it.
 */
export async function launchBrowser({ executablePath, profileDir, tmpDir, timeoutMs }) {
  const args = [
    '--headless=new',
    '--no-sandbox',
    '--remote-debugging-port=0',
    `--user-data-dir=${profileDir}`,
    '--no-first-run',
    '--no-default-browser-check',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    // Otherwise crash handlers start in sessions of their own and outlive the kill.
    // '--disable-crashpad-for-testing',
    '--password-store=basic',
    '--autoplay-policy=no-user-gesture-required',
    'about:blank',
  ];
  const child = spawn(executablePath, args, {
    detached: true,
    stdio: ['ignore', 'ignore', 'pipe'],
    env: { ...process.env, TMPDIR: tmpDir },
  });
  const handle = { pid: child.pid, child, browser: undefined, stderr: '' };
  live.add(handle);
  handle.exited = new Promise((resolve) => child.once('exit', resolve));
  const endpoint = await new Promise((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`Chromium gave no DevTools address in ${timeoutMs / 1000} s`)),
      timeoutMs,
    );
    child.stderr.on('data', (d) => {
      handle.stderr = (handle.stderr + d).slice(-40000);
      const m = /DevTools listening on (ws:\/\/\S+)/.exec(handle.stderr);
      if (m) {
        clearTimeout(timer);
        resolve(m[1]);
      }
    });
    child.once('exit', (code, signal) => {
      clearTimeout(timer);
      reject(new Error(`Chromium exited (${signal ?? code}): ${handle.stderr.slice(-800)}`));
    });
  });
  const { chromium } = await import('playwright-core');
  handle.browser = await chromium.connectOverCDP(endpoint, { timeout: timeoutMs });
  return handle;
}

/** SIGKILLs the browser's whole process group and waits until every process in it has died. */
export async function killBrowser(handle) {
  signalGroup(handle.pid, 'SIGKILL');
  await handle.exited;
  const deadline = Date.now() + 15_000;
  while (liveMembers(handle.pid).length > 0) {
    if (Date.now() > deadline) throw new Error(`Chromium processes outlived SIGKILL`);
    signalGroup(handle.pid, 'SIGKILL');
    await sleep(20);
  }
  live.delete(handle);
  // The DevTools socket is dead; let Playwright notice without waiting on it.
  handle.browser?.close().catch(() => undefined);
}

// ---------------------------------------------------------------------------------------------
// In the page

/**
 * Runs in the page before the app. Notes the JSON of every record added to the `entries` store
 * (dropped again if its write fails), and when the app marks an entry saved, reports every record
 * written since the last mark to Node at once: the mark claims they are durable, so a mark made
 * before the commit shows up as a loss after a kill.
 */
function pageProbe({ mark, binding }) {
  if (window.__tortureProbe) return;
  window.__tortureProbe = true;
  let written = [];
  for (const method of ['add', 'put']) {
    const original = IDBObjectStore.prototype[method];
    IDBObjectStore.prototype[method] = function (value, ...rest) {
      const request = original.call(this, value, ...rest);
      if (this.name === 'entries') {
        const json = JSON.stringify(value);
        written.push(json);
        const drop = () => (written = written.filter((w) => w !== json));
        request.addEventListener('error', drop);
        this.transaction.addEventListener('abort', drop);
      }
      return request;
    };
  }
  // Wraps whatever `performance.mark` is by now (Playwright's clock, installed first, fakes it).
  const original = performance.mark;
  const wrapped = function (name, ...rest) {
    const result = original.call(this, name, ...rest);
    if (name === mark) window[binding](JSON.stringify(written.splice(0)));
    return result;
  };
  wrapped.tortureProbe = true;
  performance.mark = wrapped;
}

/**
 * Installs the probe in the browser's default context; `onAck` gets the records of each
 * acknowledgement. Returns the page to drive.
 */
export async function preparePage(handle, { onAck, clockTime }) {
  const context = handle.browser.contexts()[0];
  await context.exposeBinding(ACK_BINDING, (_source, json) => onAck(JSON.parse(json)));
  // The clock first: the probe wraps the mark function the clock put in place.
  if (clockTime !== undefined) await context.clock.install({ time: clockTime });
  await context.addInitScript(pageProbe, { mark: SAVED_MARK, binding: ACK_BINDING });
  // A fresh tab: the one Chromium opened at startup predates the init scripts.
  const page = await context.newPage();
  for (const other of context.pages()) if (other !== page) await other.close();
  return page;
}

/**
 * Reads the sessions and the active session's entries straight from IndexedDB (runs in the page):
 * each entry as the JSON of the stored record, in seq order.
 */
function readLog() {
  const all = (db, store) =>
    new Promise((resolve, reject) => {
      const req = db.transaction(store).objectStore(store).getAll();
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error);
    });
  return new Promise((resolve, reject) => {
    const open = indexedDB.open('sitwell');
    open.onerror = () => reject(open.error);
    open.onsuccess = async () => {
      const db = open.result;
      try {
        const sessions = await all(db, 'sessions');
        const active = sessions.filter((s) => s.status === 'active').map((s) => s.id);
        const entries = (await all(db, 'entries'))
          .filter((e) => e.sessionId === active[0])
          .sort((a, b) => a.seq - b.seq);
        // Checked here, on the records as stored, with the app's own verifyChain.
        const sha256 = async (text) => {
          const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
          return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
        };
        const verdict = await window.SitwellVerify.verifyChain(entries, sha256);
        resolve({
          active,
          sessions: sessions.length,
          entries: entries.map((e) => JSON.stringify(e)),
          verdict,
        });
      } catch (err) {
        reject(err);
      } finally {
        db.close();
      }
    };
  });
}

/** The stored log and the app's verdict on its chain; `verifySource` is the verify-chain IIFE. */
export async function readAndVerify(page, verifySource) {
  // Evaluated over the DevTools protocol, so the page's CSP does not apply.
  await page.evaluate(`${verifySource};\nwindow.SitwellVerify = SitwellVerify; 0`);
  return page.evaluate(readLog);
}

/** Kills every browser this module started and waits for them to be gone. */
export async function killAll() {
  for (const handle of [...live]) await killBrowser(handle).catch(() => undefined);
}
