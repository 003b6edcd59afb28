// Finds an installed Chromium for Playwright (CHROMIUM_PATH, system chromium, google-chrome,
// Playwright's own); never installs.
import { accessSync, constants, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { delimiter, join } from 'node:path';

/** True when `file` is an existing regular file we may execute. */
function isExecutable(file) {
  try {
    if (!statSync(file).isFile()) return false;
    accessSync(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** First directory on PATH holding an executable named `name`. */
function onPath(name) {
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    if (!dir) continue;
    const file = join(dir, name);
    if (isExecutable(file)) return file;
  }
  return undefined;
}

/** Playwright's downloaded Chromium (`npx playwright install chromium`), if present. */
function playwrightChromium() {
  try {
    // Loaded lazily so this module still works before `npm ci` has installed playwright-core.
    const { chromium } = createRequire(import.meta.url)('playwright-core');
    const file = chromium.executablePath();
    return file && isExecutable(file) ? file : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Every place we look, in priority order, with a label for messages. Candidates are functions so
 * the expensive ones (loading playwright-core) only run when the cheaper ones found nothing.
 * @returns {Array<{ source: string, find: () => string | undefined }>}
 */
export function chromiumCandidates() {
  const env = process.env.CHROMIUM_PATH;
  return [
    { source: 'CHROMIUM_PATH', find: () => (env && isExecutable(env) ? env : undefined) },
    {
      source: '/usr/bin/chromium',
      find: () => (isExecutable('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined),
    },
    {
      source: '/usr/bin/chromium-browser',
      find: () =>
        isExecutable('/usr/bin/chromium-browser') ? '/usr/bin/chromium-browser' : undefined,
    },
    {
      source: 'google-chrome on PATH',
      find: () => onPath('google-chrome') ?? onPath('google-chrome-stable'),
    },
    { source: "Playwright's chromium", find: playwrightChromium },
  ];
}

/**
 * Path of a Chromium executable for Playwright's `launchOptions.executablePath`, or undefined when
 * none is installed. Search order: $CHROMIUM_PATH, /usr/bin/chromium, /usr/bin/chromium-browser,
 * google-chrome on PATH, Playwright's own download. @returns {string | undefined}
 */
export function findChromium() {
  return findChromiumWithSource()?.path;
}

/**
 * Like findChromium(), but also says where the browser was found.
 * @returns {{ path: string, source: string } | undefined}
 */
export function findChromiumWithSource() {
  for (const { source, find } of chromiumCandidates()) {
    const path = find();
    if (path) return { path, source };
  }
  return undefined;
}
