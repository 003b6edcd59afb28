// What the benchmark scripts share: quantiles and the report line, a seeded random source, the
// production build served by `vite preview` in its own process group (stopped on exit or an
// interrupt), CPU burners for runs on a loaded machine, temporary folders cleaned up on the way
// out, and bundling a source module with Vite.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { findChromium } from './chromium-path.mjs';

export const ROOT = fileURLToPath(new URL('..', import.meta.url));

/** The q-quantile (0..1) of numbers, nearest-rank. */
export function quantile(values, q) {
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.max(1, Math.ceil(q * sorted.length));
  return sorted[rank - 1];
}

/** p50, p95 and max of a sample. */
export function stats(values) {
  return {
    p50: quantile(values, 0.5),
    p95: quantile(values, 0.95),
    max: Math.max(...values),
    n: values.length,
  };
}

export const ms = (v) => `${v.toFixed(1)} ms`;
export const sleep = (t) => new Promise((resolve) => setTimeout(resolve, t));

/** One report line: p50, p95 and max, and whether p95 meets the target when there is one. */
export function line(label, s, target, targetText) {
  const met =
    target === undefined ? '' : `  [${targetText}: ${s.p95 <= target ? 'met' : 'NOT met'}]`;
  return (
    `  ${label.padEnd(44)} p50 ${ms(s.p50).padStart(8)}   p95 ${ms(s.p95).padStart(8)}   ` +
    `max ${ms(s.max).padStart(8)}${met}`
  );
}

export { prng } from './prng.mjs';

// ---------------------------------------------------------------------------------------------
// Clean-up on the way out

/** The running preview server, CPU burners and temp folders, so an interrupt can clean up too. */
const running = { preview: undefined, burners: [], tempDirs: [] };

for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    signalPreview(running.preview, 'SIGTERM');
    stopCpuLoad();
    removeTempDirs();
    process.exit(1);
  });
}
process.on('exit', () => stopCpuLoad());

/** Loads the machine: `count` child processes that spin the CPU until stopCpuLoad. */
export function startCpuLoad(count) {
  for (let i = 0; i < count; i++) {
    running.burners.push(
      spawn(process.execPath, ['-e', 'for (;;) {}'], { stdio: 'ignore', detached: false }),
    );
  }
}

/** Ends the CPU burners started by startCpuLoad. */
export function stopCpuLoad() {
  for (const child of running.burners.splice(0)) child.kill('SIGKILL');
}

/** A fresh temporary folder, removed by removeTempDirs (and on an interrupt). */
export function makeTempDir() {
  const dir = mkdtempSync(join(tmpdir(), 'sitwell-bench-'));
  running.tempDirs.push(dir);
  return dir;
}

export function removeTempDirs() {
  for (const dir of running.tempDirs.splice(0)) rmSync(dir, { recursive: true, force: true });
}

/**
 * Bundles one source module with Vite (no app plugins) as ESM (for Node) and as an IIFE that sets
 * the global `name` (for a page); returns the two files' paths.
 */
export async function bundleModule(entry, name) {
  const { build } = await import('vite');
  const outDir = makeTempDir();
  await build({
    configFile: false,
    root: ROOT,
    logLevel: 'silent',
    publicDir: false,
    build: {
      outDir,
      emptyOutDir: true,
      target: 'es2022',
      minify: true,
      write: true,
      lib: {
        entry: join(ROOT, entry),
        name,
        formats: ['es', 'iife'],
        fileName: (format) => (format === 'es' ? 'bundle.mjs' : 'bundle.iife.js'),
      },
    },
  });
  return { outDir, esm: join(outDir, 'bundle.mjs'), iife: join(outDir, 'bundle.iife.js') };
}

// ---------------------------------------------------------------------------------------------
// Preview server

/** Signals the preview server's whole process group; true if it was still running. */
function signalPreview(child, signal) {
  if (!child || child.exitCode !== null || child.signalCode !== null) return false;
  try {
    process.kill(-child.pid, signal);
    return true;
  } catch {
    return false; // Already gone.
  }
}

/** Starts `vite preview` of dist/ on `port` in its own process group and waits until it answers. */
export async function startPreview(port) {
  const baseUrl = `http://localhost:${port}`;
  const taken = await fetch(baseUrl, { signal: AbortSignal.timeout(2000) }).then(
    () => true,
    () => false,
  );
  if (taken) throw new Error(`something is already serving ${baseUrl}; stop it and rerun.`);
  const vite = join(ROOT, 'node_modules', '.bin', 'vite');
  const child = spawn(vite, ['preview', '--port', String(port), '--strictPort'], {
    cwd: ROOT,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  running.preview = child;
  let output = '';
  child.stdout.on('data', (d) => (output += d));
  child.stderr.on('data', (d) => (output += d));
  let exited = false;
  child.on('exit', () => (exited = true));
  let lastError = 'no answer';
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    if (exited) throw new Error(`vite preview exited early:\n${output.trim()}`);
    try {
      const res = await fetch(baseUrl, { signal: AbortSignal.timeout(2000) });
      const body = await res.text();
      if (res.ok && body.includes('<title>Sitwell</title>')) return child;
      lastError = res.ok ? 'the page is not Sitwell' : `HTTP ${res.status}`;
    } catch (err) {
      // Not listening yet.
      lastError = String(err?.cause?.message ?? err?.message ?? err);
    }
    await sleep(200);
  }
  await stopPreview();
  throw new Error(
    `vite preview did not answer on ${baseUrl} within 30 s (${lastError}):\n${output.trim()}`,
  );
}

/** Ends the preview server: SIGTERM, then SIGKILL if it is still closing after 3 s. */
export async function stopPreview() {
  const child = running.preview;
  if (!signalPreview(child, 'SIGTERM')) return;
  const exited = new Promise((resolve) => child.once('exit', () => resolve(true)));
  if (!(await Promise.race([exited, sleep(3000).then(() => false)])))
    signalPreview(child, 'SIGKILL');
}

/** The Chromium to run, after checking what the benchmark needs: a build in dist/ (unless not). */
export function benchPrerequisites({ needsBuild = true } = {}) {
  if (needsBuild && !existsSync(join(ROOT, 'dist', 'index.html')))
    throw new Error('dist/ is missing: run `npm run build:app` first (npm run bench does).');
  const executablePath = findChromium();
  if (!executablePath)
    throw new Error('No Chromium found: run `node scripts/ensure-chromium.mjs` first.');
  return executablePath;
}

/** Headless Chromium from this machine (playwright-core, no browser download). */
export async function launchChromium(executablePath) {
  const { chromium } = await import('playwright-core');
  return chromium.launch({
    executablePath,
    headless: true,
    args: [
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--autoplay-policy=no-user-gesture-required',
    ],
  });
}
