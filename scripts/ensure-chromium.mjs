// Makes sure a Chromium exists for the Playwright tests: finds one, or installs one (apt as root,
// else Playwright's), or says what to install.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { findChromiumWithSource } from './chromium-path.mjs';

const HOW_TO_INSTALL = `Install one of:
  • Debian/Ubuntu:   sudo apt-get install -y chromium        (Ubuntu: chromium-browser)
  • Any platform:    npx playwright install --with-deps chromium
  • Or point at an existing Chrome/Chromium:  CHROMIUM_PATH=/path/to/chrome npm test`;

/** Runs a command with output streamed to this terminal; returns true on exit code 0. */
function run(cmd, args, env = process.env) {
  console.log(`\n$ ${cmd} ${args.join(' ')}`);
  const result = spawnSync(cmd, args, { stdio: 'inherit', env });
  if (result.error) console.error(`ensure-chromium: could not run ${cmd}: ${result.error.message}`);
  return result.status === 0;
}

/** `<browser> --version`, or undefined if it won't run (e.g. Ubuntu's snap stub without snapd). */
function browserVersion(path) {
  const result = spawnSync(path, ['--version'], { encoding: 'utf8', timeout: 30_000 });
  if (result.status !== 0) return undefined;
  return result.stdout.trim().split('\n').pop() || 'unknown version';
}

/** Prints what was found and exits 0, or exits 1 if the binary exists but doesn't run. */
function report(found, how) {
  const version = browserVersion(found.path);
  if (!version) {
    console.error(
      `ensure-chromium: ${found.path} (${found.source}) exists but \`--version\` ` +
        `failed.\n${HOW_TO_INSTALL}`,
    );
    process.exit(1);
  }
  const where = found.source === found.path ? '' : ` (${found.source})`;
  console.log(`ensure-chromium: ${how} ${found.path}${where} — ${version}`);
  process.exit(0);
}

const envPath = process.env.CHROMIUM_PATH;
if (envPath && !existsSync(envPath)) {
  console.warn(`ensure-chromium: CHROMIUM_PATH=${envPath} does not exist; looking elsewhere.`);
}

let found = findChromiumWithSource();
if (found) report(found, 'using');

console.log('ensure-chromium: no Chromium found; trying to install one.');

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
const hasApt = existsSync('/usr/bin/apt-get');
if (isRoot && hasApt) {
  // Say what is about to happen to the machine before doing it.
  console.log(
    'ensure-chromium: running as root with apt-get, so installing Debian’s "chromium" package\n  ' +
      '(apt-get update, then apt-get install -y chromium). To use another browser instead,\n  ' +
      'stop now (Ctrl+C) and set CHROMIUM_PATH=/path/to/chrome.',
  );
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  if (run('apt-get', ['update'], env) && run('apt-get', ['install', '-y', 'chromium'], env)) {
    found = findChromiumWithSource();
    if (found) report(found, 'installed');
  }
  console.warn('ensure-chromium: apt-get could not provide chromium; trying Playwright instead.');
}

// Playwright's own build (downloads from Playwright's CDN; needs system libraries, which
// --with-deps installs as root).
const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';
if (run(npx, ['--no-install', 'playwright', 'install', 'chromium'])) {
  found = findChromiumWithSource();
  if (found) report(found, 'installed');
}

console.error(`\nensure-chromium: no Chromium found for the browser tests. ${HOW_TO_INSTALL}`);
process.exit(1);
