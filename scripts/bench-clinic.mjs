// Clinic console benchmark (`npm run bench:clinic`): in headless Chromium, with the app's own
// code bundled by Vite, opens 1,000 sealed live events with the clinic key, and draws the board
// with 200 live sessions, then times single updates (one session's event arrives: the board model
// updated, every row recomputed, the list re-rendered and laid out). It measures; it never fails.
import preact from '@preact/preset-vite';
import { readFileSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { join } from 'node:path';
import {
  benchPrerequisites,
  launchChromium,
  makeTempDir,
  quantile,
  removeTempDirs,
  ROOT,
} from './bench-kit.mjs';

// Served by request routing (no server): localhost is a secure context, which WebCrypto needs.
const ORIGIN = 'http://localhost:4493';
const ms = (v) => `${v.toFixed(1)} ms`.padStart(9);
const verdict = (v, target) => (v <= target ? 'met' : 'NOT met');

async function bundle(outDir) {
  const { build } = await import('vite');
  await build({
    configFile: false,
    root: ROOT,
    logLevel: 'silent',
    publicDir: false,
    plugins: [preact()],
    build: {
      outDir,
      emptyOutDir: true,
      target: 'es2022',
      minify: true,
      lib: {
        entry: join(ROOT, 'scripts/bench-clinic-page.mjs'),
        name: 'SitwellClinicBenchBundle',
        formats: ['iife'],
        fileName: () => 'bench-clinic.js',
      },
    },
  });
  return readFileSync(join(outDir, 'bench-clinic.js'), 'utf8');
}

async function main() {
  const executablePath = benchPrerequisites({ needsBuild: false });
  const load = loadavg()[0];
  let browser;
  try {
    const source = await bundle(makeTempDir());
    browser = await launchChromium(executablePath);
    const page = await browser.newPage();
    await page.route(`${ORIGIN}/**`, (route) =>
      route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>bench</title>' }),
    );
    await page.goto(`${ORIGIN}/`);
    await page.evaluate(`${source};\n0`);
    const dec = await page.evaluate(() => globalThis.SitwellClinicBench.decrypt(1000));
    const b = await page.evaluate(() => globalThis.SitwellClinicBench.board(200, 400));
    const p50 = quantile(b.times, 0.5);
    const p95 = quantile(b.times, 0.95);
    console.log(`\nSitwell clinic console benchmark — Chromium ${browser.version()} (headless)`);
    console.log(`  ${availableParallelism()} cores, 1-min load ${load.toFixed(1)} at the start\n`);
    console.log(
      `  open 1,000 events (HPKE + checks)   one by one ${ms(dec.sequential)}   ` +
        `all at once ${ms(dec.concurrent)}  [≤ 200 ms: ${verdict(dec.concurrent, 200)}]`,
    );
    console.log(`    of which checking the payloads (one by one)  ${ms(dec.checks)}`);
    console.log(
      `  board, ${b.sessions} live sessions     first render ${ms(b.first)}` +
        `  (${b.cards} cards)  [≤ 100 ms: ${verdict(b.first, 100)}]`,
    );
    console.log(`    the 200 rows alone, worked out again (warm) ${ms(b.firstRows)}`);
    console.log(
      `  board, one update (${b.times.length} runs)      p50 ${ms(p50)}   p95 ${ms(p95)}` +
        `   max ${ms(Math.max(...b.times))}  [p95 ≤ 16 ms: ${verdict(p95, 16)}]`,
    );
    if (load > availableParallelism())
      console.log(`  NOTE: the machine was busy (load ${load.toFixed(1)}); rerun when idle.`);
  } finally {
    await browser?.close().catch(() => undefined);
    removeTempDirs();
  }
}

await main();
