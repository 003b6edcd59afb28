import { writable } from '../lib/observable';
import { useObservable } from '../lib/use-observable';

// A tiny path router over the History API. Paths are plain ("/session/log"); the service worker
// answers any of them with the app shell, so a reload on any screen works offline.

/** Every screen's path. Only paths for screens that work are linked from the UI. */
export const PATHS = {
  home: '/',
  prepare: '/prepare',
  start: '/start',
  settings: '/settings',
  contacts: '/settings/contacts',
  protocol: '/settings/protocol',
  sources: '/sources',
  privacy: '/settings/privacy',
  /** Followed by a session id: that session's summary (see sessionPath). */
  pastSession: '/sessions/',
  /** The patient's sessions over time, and self-checks. */
  series: '/series',
  selfCheck: '/series/self-check',
  /** Open a session record someone sent; received records (see recordPath). */
  records: '/records',
  session: '/session',
  log: '/session/log',
  checkIn: '/session/check-in',
  wrong: '/session/wrong',
  emergency: '/session/emergency',
  bpCheck: '/session/bp-check',
  provider: '/session/provider',
  grounding: '/session/grounding',
  end: '/session/end',
  /** Followed by a relay session id: a backup contact watching that session. */
  watch: '/watch/',
} as const;

// The current path. Back/Forward change it too; the listener lives as long as the page.
const route = writable(typeof location === 'undefined' ? '/' : location.pathname);
let navigated = false;
if (typeof addEventListener === 'function') {
  addEventListener('popstate', () => {
    navigated = true;
    route.set(location.pathname);
  });
}

/** Whether the user has moved between screens (then each new screen takes focus). */
export function hasNavigated(): boolean {
  return navigated;
}

/** The path shown now (read at call time, unlike `useRoute`). */
export function currentPath(): string {
  return location.pathname;
}

/** Go to a path, optionally replacing the current history entry. */
export function navigate(path: string, opts: { replace?: boolean } = {}): void {
  if (path === location.pathname) return;
  navigated = true;
  // Each entry remembers the screen it was opened from, so "Back" can return there.
  if (opts.replace) history.replaceState(history.state, '', path);
  else history.pushState({ from: location.pathname }, '', path);
  route.set(location.pathname);
}

/** The current path, updating on navigation and Back/Forward. */
export function useRoute(): string {
  return useObservable(route);
}

/** A past session's summary. */
export function sessionPath(id: string): string {
  return PATHS.pastSession + encodeURIComponent(id);
}

/** A past session seen by the patient ("Look back"). */
export function lookBackPath(id: string): string {
  return `${sessionPath(id)}/look-back`;
}

/** Sharing a past session with the provider. */
export function sharePath(id: string): string {
  return `${sessionPath(id)}/share`;
}

/** A received record, opened read-only. */
export function recordPath(id: string): string {
  return `${PATHS.records}/${encodeURIComponent(id)}`;
}

/**
 * A path segment decoded; a malformed escape (a typed "/sessions/%E0") is kept as written, since
 * decodeURIComponent would throw and take the whole screen down.
 */
export function decodePathPart(part: string): string {
  try {
    return decodeURIComponent(part);
  } catch {
    return part;
  }
}

/** The parts of a past-session path: its id and which view, or undefined for another path. */
export function parseSessionPath(
  path: string,
): { id: string; view: 'summary' | 'look-back' | 'share' } | undefined {
  const m = /^\/sessions\/([^/]+)(?:\/(look-back|share))?$/.exec(path);
  if (!m) return undefined;
  return {
    id: decodePathPart(m[1]!),
    view: (m[2] as 'look-back' | 'share' | undefined) ?? 'summary',
  };
}

/**
 * The screen above each screen, by the app's structure (used when there is no history to return
 * to).
 */
export function parentOf(path: string): string {
  if (path.startsWith('/settings/') || path === PATHS.sources) return PATHS.settings;
  const past = parseSessionPath(path);
  if (past && past.view !== 'summary') return sessionPath(past.id);
  if (path.startsWith(`${PATHS.series}/`)) return PATHS.series;
  if (path.startsWith(`${PATHS.records}/`)) return PATHS.records;
  if (path.startsWith(`${PATHS.session}/`)) return PATHS.session;
  return PATHS.home;
}

/**
 * Back, for a screen's own "Back" button: to the screen it was opened from when the history says
 * so (so Settings → Protocol → Back never bounces), else up to its parent without a new entry.
 */
export function goBack(): void {
  const from = (history.state as { from?: unknown } | null)?.from;
  if (typeof from === 'string') history.back();
  else navigate(parentOf(location.pathname), { replace: true });
}
