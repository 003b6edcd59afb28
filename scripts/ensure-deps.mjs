// Installs the npm packages when they are missing or older than package-lock.json, so that
// `npm start` and `npm test` each work on a fresh clone with no separate `npm ci`. Uses only
// Node's own modules: it runs before anything is installed.
import { spawnSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const lock = `${root}package-lock.json`;
// npm writes this file at the end of every install: it says what node_modules holds.
const installed = `${root}node_modules/.package-lock.json`;

const stale = !existsSync(installed) || statSync(installed).mtimeMs < statSync(lock).mtimeMs;
if (stale) {
  console.log('ensure-deps: installing the npm packages in package-lock.json (npm ci)…');
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  const result = spawnSync(npm, ['ci', '--no-audit', '--no-fund'], { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) {
    console.error('ensure-deps: `npm ci` failed; see the messages above.');
    process.exit(result.status ?? 1);
  }
}
