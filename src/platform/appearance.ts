import { writable, type Observable } from '../lib/observable';

// The look of daytime screens (preparation, review, settings): the system's light or dark, unless
// the reader chose one. Session screens stay dark whatever is chosen: the room is dim. A display
// preference of this device, so it lives in localStorage and applies before the first paint.

/** What the reader chose. */
export type Appearance = 'system' | 'light' | 'dark';

const KEY = 'sitwell.appearance';
const stored = (): Appearance => {
  const v = globalThis.localStorage?.getItem(KEY);
  return v === 'light' || v === 'dark' ? v : 'system';
};
const preference = writable<Appearance>(stored());
const media = globalThis.matchMedia?.('(prefers-color-scheme: dark)');
const systemDark = writable<boolean>(media?.matches ?? true);
media?.addEventListener('change', (e) => systemDark.set(e.matches));

/** The reader's choice, to read and watch. */
export const appearance: Observable<Appearance> = preference;
/** Whether the system prefers dark, to read and watch. */
export const prefersDark: Observable<boolean> = systemDark;

/** Remember the reader's choice. */
export function setAppearance(a: Appearance): void {
  globalThis.localStorage?.setItem(KEY, a);
  preference.set(a);
}

/** Apply a theme to the page: colours, form controls and the browser's own bar. */
export function applyTheme(theme: 'light' | 'dark'): void {
  document.documentElement.dataset.theme = theme;
  document
    .querySelector('meta[name="theme-color"]')
    ?.setAttribute('content', theme === 'light' ? '#f6f7fa' : '#0f1420');
}

/**
 * The theme for a path: session screens always dark; daytime screens as chosen, or the system's.
 */
export function themeFor(path: string, choice: Appearance, systemDark: boolean): 'light' | 'dark' {
  if (path === '/session' || path.startsWith('/session/')) return 'dark';
  if (choice === 'system') return systemDark ? 'dark' : 'light';
  return choice;
}
