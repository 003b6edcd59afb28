// Tap-to-saved in the built app, shared by `npm run bench` (link off) and scripts/bench-live.mjs
// (the session shared live with a clinic on a running relay).

/** The mark the app sets once an entry is durably committed (SessionStore.append). */
const SAVED_MARK = 'sitwell:entry-saved';
export const QUICK_ANSWER = 'Resting, breathing normally';
/**
 * How long the finger stays down (mousedown to mouseup). A real tap lasts roughly 50–150 ms;
 * Playwright's default of 0 ms lets the app's pointerdown work overlap the save and overstates it.
 */
const PRESS_MS = 80;

/**
 * Runs in the page before the app: timestamps each tap on the quick answer (capture phase, so
 * before the app's handler), the app's own navigation back to the session screen (which the
 * check-in screen makes once `await store.append(...)` has resolved), the log's write
 * transaction, and the moment the countdown is back in the DOM.
 */
function pageProbe(quickAnswer) {
  const probe = { taps: [], handled: [], txStarts: [], txDone: [], navs: [], screens: [] };
  window.__sitwellBench = probe;
  let waitingForScreen = false;
  addEventListener(
    'click',
    (e) => {
      const button = e.target instanceof Element ? e.target.closest('button') : null;
      if (button?.textContent?.trim() !== quickAnswer) return;
      probe.handled.push(performance.now());
      probe.taps.push(e.timeStamp > 0 ? e.timeStamp : probe.handled.at(-1));
      waitingForScreen = true;
    },
    true,
  );
  // For the breakdown only: when each write transaction on the log opens and commits.
  const transaction = IDBDatabase.prototype.transaction;
  IDBDatabase.prototype.transaction = function (stores, mode, ...rest) {
    const tx = transaction.call(this, stores, mode, ...rest);
    if (waitingForScreen && mode === 'readwrite' && String(stores) === 'entries') {
      probe.txStarts.push(performance.now());
      tx.addEventListener('complete', () => probe.txDone.push(performance.now()));
    }
    return tx;
  };
  const replaceState = history.replaceState;
  history.replaceState = function (...args) {
    const result = replaceState.apply(this, args);
    if (waitingForScreen && location.pathname === '/session') probe.navs.push(performance.now());
    return result;
  };
  const watch = () => {
    new MutationObserver(() => {
      if (
        waitingForScreen &&
        document.querySelector('[role="timer"][aria-label="Next check-in"]')
      ) {
        probe.screens.push(performance.now());
        waitingForScreen = false;
      }
    }).observe(document.documentElement, { childList: true, subtree: true });
  };
  if (document.documentElement) watch();
  else addEventListener('DOMContentLoaded', watch, { once: true });
}

/** Counts this session's stored check-ins straight from IndexedDB (runs in the page). */
function countStoredCheckIns() {
  return new Promise((resolve, reject) => {
    const open = indexedDB.open('sitwell');
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const db = open.result;
      const sessions = db.transaction('sessions').objectStore('sessions').getAll();
      sessions.onerror = () => reject(sessions.error);
      sessions.onsuccess = () => {
        const active = sessions.result.find((s) => s.status === 'active');
        const all = db.transaction('entries').objectStore('entries').getAll();
        all.onerror = () => reject(all.error);
        all.onsuccess = () => {
          resolve(
            all.result.filter((e) => e.sessionId === active?.id && e.kind === 'check-in').length,
          );
          db.close();
        };
      };
    };
  });
}

/** Drives the real app through checkIns quick check-ins and returns per-tap timings. */
export async function benchTaps(browser, { base, checkIns, before, onStartForm }) {
  const context = await browser.newContext({ colorScheme: 'dark', serviceWorkers: 'allow' });
  try {
    await context.addInitScript(pageProbe, QUICK_ANSWER);
    const page = await context.newPage();
    const pageErrors = [];
    page.on('pageerror', (err) => pageErrors.push(err.message));

    // Straight to the start form (the SPA fallback serves every path), so home-screen changes don't
    // matter.
    // A run with live sharing opens the clinic's protocol link and agrees first.
    if (before) await before(page);
    await page.goto(`${base}/start`);
    // A sitter who skipped preparation is first asked for the emergency essentials.
    const name = page.getByLabel('Your name (the sitter)');
    const skip = page.getByRole('button', { name: 'Skip for now' });
    await skip.or(name).first().waitFor({ timeout: 15_000 });
    if (await skip.isVisible()) await skip.click();
    await name.fill('Alex');
    if (onStartForm) await onStartForm(page);
    await page.getByRole('button', { name: 'Start session', exact: true }).click();
    const timer = page.getByRole('timer', { name: 'Next check-in' });
    await timer.waitFor({ timeout: 15_000 });

    const checkInNow = page.getByRole('button', { name: 'Check in now' });
    const quick = page.getByRole('button', { name: QUICK_ANSWER });
    for (let i = 0; i < checkIns; i++) {
      try {
        await checkInNow.click({ timeout: 15_000 });
        await quick.click({ delay: PRESS_MS, timeout: 15_000 });
        // Back on the session screen (it returns only after the save resolved).
        await page.waitForFunction((n) => window.__sitwellBench.screens.length >= n, i + 1, {
          timeout: 15_000,
        });
      } catch (err) {
        const screen = await page
          .locator('body')
          .innerText()
          .catch(() => '');
        throw new Error(
          `check-in ${i + 1} of ${checkIns} failed at ${page.url()}: ${err.message}\n` +
            `The screen said: ${screen.replace(/\s+/g, ' ').slice(0, 600)}`,
        );
      }
    }
    await timer.waitFor({ timeout: 15_000 });

    const raw = await page.evaluate((mark) => {
      const p = window.__sitwellBench;
      return { ...p, marks: performance.getEntriesByName(mark).map((m) => m.startTime) };
    }, SAVED_MARK);
    const stored = await page.evaluate(countStoredCheckIns);
    const pending = await page.getByRole('button', { name: 'Retry' }).count();
    if (pageErrors.length) throw new Error(`the app threw during the run: ${pageErrors[0]}`);
    if (raw.taps.length !== checkIns || raw.screens.length !== checkIns) {
      throw new Error(
        `recorded ${raw.taps.length} taps and ${raw.screens.length} returns, expected ${checkIns}`,
      );
    }

    const savedMs = [];
    const navMs = [];
    const screenMs = [];
    const breakdown = { input: [], beforeWrite: [], write: [], afterCommit: [] };
    for (let i = 0; i < checkIns; i++) {
      const tap = raw.taps[i];
      const nextTap = raw.taps[i + 1] ?? Infinity;
      const inTap = (t) => t >= tap && t < nextTap;
      const mark = raw.marks.find(inTap);
      const nav = raw.navs.find(inTap);
      if (mark !== undefined) savedMs.push(mark - tap);
      if (nav !== undefined) navMs.push(nav - tap);
      screenMs.push(raw.screens[i] - tap);
      const txStart = raw.txStarts.find(inTap);
      const txDone = raw.txDone.find(inTap);
      const saved = mark ?? nav;
      if (txStart === undefined || txDone === undefined || saved === undefined) continue;
      breakdown.input.push(raw.handled[i] - tap);
      breakdown.beforeWrite.push(txStart - raw.handled[i]);
      breakdown.write.push(txDone - txStart);
      breakdown.afterCommit.push(saved - txDone);
    }
    return { savedMs, navMs, screenMs, breakdown, stored, pending, marks: raw.marks.length };
  } finally {
    await context.close();
  }
}
