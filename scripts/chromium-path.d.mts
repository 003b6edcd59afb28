// Type declarations for scripts/chromium-path.mjs (so playwright.config.ts can import it under strict TypeScript).
export interface ChromiumCandidate {
  source: string;
  find: () => string | undefined;
}
/** Every place searched, in priority order. */
export function chromiumCandidates(): ChromiumCandidate[];
/** Path of an installed Chromium, or undefined: $CHROMIUM_PATH, /usr/bin/chromium, /usr/bin/chromium-browser, google-chrome on PATH, Playwright's own. */
export function findChromium(): string | undefined;
/** Like findChromium(), but also says where it was found. */
export function findChromiumWithSource(): { path: string; source: string } | undefined;
