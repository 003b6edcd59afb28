// The in-page side of `npm run test:engines`: source text that runs inside Firefox and WebKit
// (through puppeteer or WebDriver), so both engines are driven the same way and by role and name.

/**
 * Finds the first visible element with `role` and accessible name `name` (exact after collapsing
 * white space, or a RegExp given as { re, flags }), or null.
 * A small subset of the ARIA role and name rules: explicit roles, the implicit roles the app's
 * markup uses, and names from aria-labelledby, aria-label, a <label>, alt or the text itself.
 * `level` narrows headings; `root` (an element) narrows the search to what it contains.
 * Runs in the page: it must use nothing from this module's scope.
 */
export function findByRole(role, name, level, root) {
  const IMPLICIT = {
    button: 'button, input[type=button], input[type=submit], input[type=reset], summary',
    link: 'a[href]',
    heading: 'h1, h2, h3, h4, h5, h6',
    textbox: 'textarea, input:not([type]), input[type=text], input[type=tel], input[type=email]',
    radio: 'input[type=radio]',
    checkbox: 'input[type=checkbox]',
    dialog: 'dialog',
    list: 'ul, ol',
    listitem: 'li',
    img: 'img[alt]:not([alt=""])',
    region: 'section[aria-label], section[aria-labelledby]',
  };
  const squash = (s) => (s ?? '').replace(/\s+/g, ' ').trim();
  const shown = (el) =>
    el.getClientRects().length > 0 &&
    getComputedStyle(el).visibility !== 'hidden' &&
    !el.closest('[aria-hidden="true"], [inert]');
  const textOf = (el) => {
    if (el.nodeType === Node.TEXT_NODE) return el.textContent;
    if (el.nodeType !== Node.ELEMENT_NODE || el.getAttribute('aria-hidden') === 'true') return '';
    if (el.hasAttribute('aria-label')) return ` ${el.getAttribute('aria-label')} `;
    if (el.tagName === 'IMG') return el.getAttribute('alt') ?? '';
    if (getComputedStyle(el).display === 'none') return '';
    const inner = [...el.childNodes].map(textOf).join('');
    return getComputedStyle(el).display === 'inline' ? inner : ` ${inner} `;
  };
  const nameOf = (el) => {
    const by = el.getAttribute('aria-labelledby');
    if (by) {
      const parts = by.split(/\s+/).map((id) => document.getElementById(id));
      return squash(parts.map((p) => (p ? textOf(p) : '')).join(' '));
    }
    if (el.hasAttribute('aria-label')) return squash(el.getAttribute('aria-label'));
    if (el.labels && el.labels.length) return squash([...el.labels].map(textOf).join(' '));
    if (el.tagName === 'IMG') return squash(el.getAttribute('alt'));
    return squash(textOf(el));
  };
  const matches = (value) =>
    typeof name === 'string' ? value === name : new RegExp(name.re, name.flags).test(value);
  const selector = `[role="${role}"]${IMPLICIT[role] ? `, ${IMPLICIT[role]}` : ''}`;
  for (const el of (root ?? document).querySelectorAll(selector)) {
    const explicit = el.getAttribute('role');
    if (explicit && explicit !== role) continue;
    if (level && el.tagName !== `H${level}` && el.getAttribute('aria-level') !== String(level))
      continue;
    if (!shown(el) && !(el.type === 'radio' || el.type === 'checkbox')) continue;
    if (name === undefined || matches(nameOf(el))) return el;
  }
  return null;
}

/**
 * The test clock: wraps Date and performance.now so that `__smokeClock.advance(ms)` moves the
 * wall clock and the monotonic clock forward together, as if that much time had passed (the app
 * sees no clock change). Timers keep their real delays: the app's second ticks re-read the clock
 * and so see the new time within a second. The offset is kept in sessionStorage, so a reload
 * stays in the same, advanced time, as a real reload would.
 */
export function installTestClock() {
  // Preload scripts run in about:blank too, where sessionStorage is refused.
  if (window.__smokeClock || !/^https?:$/.test(location.protocol)) return;
  const KEY = 'smoke:clock-offset';
  const RealDate = Date;
  const realNow = RealDate.now.bind(RealDate);
  const realPerf = performance.now.bind(performance);
  let offset = Number(sessionStorage.getItem(KEY) ?? 0);
  // A reload starts a new monotonic origin; only the wall clock carries the offset across it.
  let perfOffset = 0;
  function FakeDate(...args) {
    if (!new.target) return new RealDate(realNow() + offset).toString();
    return args.length ? new RealDate(...args) : new RealDate(realNow() + offset);
  }
  FakeDate.prototype = RealDate.prototype;
  FakeDate.now = () => realNow() + offset;
  FakeDate.parse = RealDate.parse;
  FakeDate.UTC = RealDate.UTC;
  window.Date = FakeDate;
  performance.now = () => realPerf() + perfOffset;
  window.__smokeClock = {
    advance(ms) {
      offset += ms;
      perfOffset += ms;
      sessionStorage.setItem(KEY, String(offset));
    },
  };
}

/** Console errors and uncaught exceptions, kept in the page (for WebDriver, which has no log). */
export function installErrorLog() {
  if (window.__smokeErrors) return;
  window.__smokeErrors = [];
  const push = (text) => window.__smokeErrors.push(String(text));
  const original = console.error.bind(console);
  console.error = (...args) => {
    push(args.map((a) => (a instanceof Error ? a.stack || a.message : a)).join(' '));
    original(...args);
  };
  addEventListener('error', (e) => push(`uncaught: ${e.message}`));
  addEventListener('unhandledrejection', (e) => push(`unhandled rejection: ${e.reason}`));
}
