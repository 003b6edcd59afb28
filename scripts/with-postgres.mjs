// Runs a command with a throwaway PostgreSQL cluster: `node scripts/with-postgres.mjs <cmd…>`.
// Finds initdb/pg_ctl (PG_BIN, Debian's /usr/lib/postgresql/<n>/bin, or PATH); as root on Debian
// installs the `postgresql` package when they are missing. The cluster lives in a temp folder on
// a free port (as the `postgres` user when run as root: PostgreSQL refuses to run as root), the
// command gets SITWELL_TEST_DATABASE_URL, and the cluster is stopped and removed afterwards.
// Without PostgreSQL the command runs on PGlite alone, except in CI (CI=true), where that fails.
// `--ensure` only finds or installs PostgreSQL.
import { spawn, spawnSync } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const args = process.argv.slice(2);
const ci = process.env.CI === 'true' || process.env.CI === '1';
const say = (m) => console.log(`with-postgres: ${m}`);

function findBin() {
  const dirs = [];
  if (process.env.PG_BIN) dirs.push(process.env.PG_BIN);
  const debian = '/usr/lib/postgresql';
  if (existsSync(debian))
    for (const v of readdirSync(debian).sort((a, b) => Number(b) - Number(a)))
      dirs.push(join(debian, v, 'bin'));
  const which = spawnSync('sh', ['-c', 'command -v pg_ctl'], { encoding: 'utf8' });
  if (which.status === 0) dirs.push(which.stdout.trim().replace(/\/pg_ctl$/, ''));
  return dirs.find((d) => existsSync(join(d, 'initdb')) && existsSync(join(d, 'pg_ctl')));
}

function install() {
  if (process.getuid?.() !== 0 || !existsSync('/usr/bin/apt-get')) return false;
  say('installing Debian’s postgresql package (apt-get)…');
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  const run = (a) => spawnSync('apt-get', a, { stdio: 'inherit', env }).status === 0;
  return run(['update', '-qq']) && run(['install', '-y', '-qq', 'postgresql']);
}

function freePort() {
  return new Promise((resolve) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
  });
}

let bin = findBin();
if (!bin && install()) bin = findBin();
if (!bin) {
  if (ci) {
    console.error(
      'with-postgres: PostgreSQL (initdb, pg_ctl) is missing and could not be installed.',
    );
    process.exit(1);
  }
  say('PostgreSQL not found: the relay tests run on PGlite only (apt-get install postgresql).');
}
if (args[0] === '--ensure') process.exit(0);
if (args.length === 0) {
  console.error('usage: node scripts/with-postgres.mjs <command> [args…]');
  process.exit(2);
}

const runCommand = (env) =>
  new Promise((resolve) => {
    const child = spawn(args[0], args.slice(1), { stdio: 'inherit', env, shell: false });
    child.on('exit', (code, signal) => resolve(signal ? 1 : (code ?? 1)));
  });

if (!bin) process.exit(await runCommand(process.env));

// PostgreSQL will not run as root: as root, the cluster belongs to the `postgres` user.
const asRoot = process.getuid?.() === 0;
const ids = asRoot
  ? {
      uid: Number(spawnSync('id', ['-u', 'postgres'], { encoding: 'utf8' }).stdout),
      gid: Number(spawnSync('id', ['-g', 'postgres'], { encoding: 'utf8' }).stdout),
    }
  : {};
if (asRoot && !Number.isInteger(ids.uid)) {
  console.error('with-postgres: running as root needs a `postgres` user (the package makes one).');
  process.exit(1);
}
const dir = mkdtempSync(join(tmpdir(), 'sitwell-pg-'));
if (asRoot) chownSync(dir, ids.uid, ids.gid);
const data = join(dir, 'data');
const pg = (tool, a) =>
  spawnSync(join(bin, tool), a, {
    encoding: 'utf8',
    ...ids,
    cwd: dir,
    env: { ...process.env, LC_ALL: 'C' },
  });

const port = await freePort();
const init = pg('initdb', ['-D', data, '-U', 'sitwell', '--auth=trust', '-E', 'UTF8', '--no-sync']);
if (init.status !== 0) {
  console.error(`with-postgres: initdb failed:\n${init.stderr}`);
  process.exit(1);
}
const opts = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=200`;
const start = pg('pg_ctl', ['-D', data, '-o', opts, '-l', join(dir, 'log'), '-w', 'start']);
if (start.status !== 0) {
  console.error(`with-postgres: pg_ctl start failed:\n${start.stderr}${start.stdout}`);
  process.exit(1);
}
const url = `postgres://sitwell@127.0.0.1:${port}/postgres`;
say(`PostgreSQL on port ${port} (${bin}); SITWELL_TEST_DATABASE_URL set.`);

let stopped = false;
const stop = () => {
  if (stopped) return;
  stopped = true;
  pg('pg_ctl', ['-D', data, '-m', 'immediate', '-w', 'stop']);
  rmSync(dir, { recursive: true, force: true });
};
for (const s of ['SIGINT', 'SIGTERM'])
  process.on(s, () => {
    stop();
    process.exit(1);
  });
const code = await runCommand({
  ...process.env,
  SITWELL_TEST_DATABASE_URL: url,
  SITWELL_TEST_PG_BIN: bin,
  SITWELL_TEST_PG_DATA: data,
});
stop();
process.exit(code);
