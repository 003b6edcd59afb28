// Firefox for `npm run test:engines`: Debian's firefox-esr, headless, driven over WebDriver BiDi by
// puppeteer-core. The test clock is a preload script (BiDi script.addPreloadScript, through
// evaluateOnNewDocument), so it is in place before the app's own scripts run; console errors and
// uncaught exceptions come from BiDi's log events.
import { existsSync } from 'node:fs';
import puppeteer from 'puppeteer-core';
import { findByRole, installTestClock } from './smoke-page.mjs';

export const FIREFOX_PATH = '/usr/bin/firefox-esr';

/** What is missing for this engine, or undefined when it can run. */
export function firefoxMissing() {
  if (!existsSync(FIREFOX_PATH)) return `${FIREFOX_PATH} (Debian package firefox-esr)`;
  return undefined;
}

/** Launches Firefox and returns a driver for scripts/smoke-flows.mjs. */
export async function launchFirefox() {
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX_PATH,
    headless: true,
    extraPrefsFirefox: {
      // Lets the alarm tone start without a tap, as the Chromium tests do.
      'media.autoplay.default': 0,
      'dom.webnotifications.enabled': true,
    },
  });
  const version = await browser.version();
  const page = await browser.newPage();
  const errors = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(`console: ${m.text()}`);
  });
  page.on('pageerror', (e) => errors.push(`page error: ${e.stack || e.message || e}`));
  await page.evaluateOnNewDocument(installTestClock);
  const agreed = new Set();
  return {
    version,
    async goto(url) {
      await page.goto(url, { waitUntil: 'load' });
    },
    async reload() {
      await page.reload({ waitUntil: 'load' });
    },
    async find(role, name, level, root) {
      const handle = await page.evaluateHandle(findByRole, role, name, level, root);
      const element = handle.asElement();
      if (!element) {
        await handle.dispose();
        return element;
      }
      // Firefox's own accessibility tree must agree (BiDi locateNodes by role and name); once
      // for each role and name, as the query is slow.
      const key = JSON.stringify([role, name]);
      if (agreed.has(key)) return element;
      const exact = typeof name === 'string' ? `[name=${JSON.stringify(name)}]` : '';
      const hits = await page.$$(`::-p-aria(${exact}[role="${role}"])`);
      const seen = await page.evaluate((el, ...all) => all.includes(el), element, ...hits);
      await Promise.all(hits.map((h) => h.dispose()));
      if (!seen) throw new Error(`Firefox does not see a ${role} named "${name.re ?? name}" there`);
      agreed.add(key);
      return element;
    },
    async click(element) {
      await element.click();
    },
    async fill(element, value) {
      await element.click({ count: 3 });
      await element.type(value);
    },
    run(fn, ...args) {
      return page.evaluate(fn, ...args);
    },
    async advanceClock(ms) {
      await page.evaluate((n) => window.__smokeClock.advance(n), ms);
    },
    async errors() {
      return errors;
    },
    async close() {
      await browser.close();
    },
  };
}
