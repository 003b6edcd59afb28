// Tap-to-saved with the session shared live (npm run bench:live): the same 200 quick check-ins
// as `npm run bench`, against a real relay (PGlite in a temp folder) serving the built app, once
// not shared and once shared with a clinic. Prints p50/p95 for both, and how many of the shared
// session's events reached the relay (lost or duplicated).
import { benchTaps } from './bench-taps.mjs';
import { clinicLink, relayEvents, startRelay } from './relay-kit.mjs';
import {
  benchPrerequisites,
  launchChromium,
  line,
  removeTempDirs,
  sleep,
  stats,
} from './bench-kit.mjs';

const PORT = Number(process.env.BENCH_LIVE_PORT ?? 4185);
const BASE = `http://localhost:${PORT}`;
const CHECK_INS = 200;
const TAP_TARGET_MS = 16;

async function main() {
  const executablePath = benchPrerequisites();
  const relay = await startRelay(PORT);
  const browser = await launchChromium(executablePath);
  try {
    const off = await benchTaps(browser, { base: BASE, checkIns: CHECK_INS });
    const { made, link } = await clinicLink(BASE);
    const on = await benchTaps(browser, {
      base: BASE,
      checkIns: CHECK_INS,
      before: async (page) => {
        await page.goto(link);
        await page.getByRole('button', { name: 'Apply this protocol' }).click();
        await page.getByText(/^Imported /).waitFor();
      },
      onStartForm: async (page) => {
        await page.getByRole('button', { name: 'We both agree: share live' }).click();
      },
    });
    // Let the sender finish: it sends in the background, never in the way of a tap.
    let got = await relayEvents(BASE, made);
    for (let i = 0; i < 60 && got.seqs.length < on.stored + 2; i++) {
      await sleep(1000);
      got = await relayEvents(BASE, made);
    }
    const unique = new Set(got.seqs);
    console.log('Tap-to-saved with live sharing (real relay on this machine, PGlite)');
    console.log(
      line(`link off (${CHECK_INS} check-ins)`, stats(off.savedMs), TAP_TARGET_MS, '16 ms'),
    );
    console.log(
      line(`link on  (${CHECK_INS} check-ins)`, stats(on.savedMs), TAP_TARGET_MS, '16 ms'),
    );
    console.log(
      `  shared session: ${on.stored} check-ins saved; the relay holds ${got.seqs.length} ` +
        `events (${unique.size} distinct seqs, ${got.seqs.length - unique.size} duplicated), ` +
        `last seq ${got.lastSeq}; gaps: ${gaps(got.seqs)}`,
    );
  } finally {
    await browser.close();
    relay.kill('SIGTERM');
    removeTempDirs();
  }
}

/** Seqs missing between 0 and the highest one received. */
function gaps(seqs) {
  const have = new Set(seqs);
  const max = Math.max(-1, ...seqs);
  let missing = 0;
  for (let s = 0; s <= max; s++) if (!have.has(s)) missing++;
  return missing;
}

try {
  await main();
  process.exit(0);
} catch (err) {
  console.error(`\nbench-live: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`);
  process.exit(1);
}
