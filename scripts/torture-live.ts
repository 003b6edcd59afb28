// Crash torture with live sharing (npm run torture:live): a session shared with a clinic on a
// real relay (PGlite), in Chromium on a persistent profile, SIGKILLed again and again 0–60 ms
// after a quick check-in's tap. After the last relaunch the sender catches up, and every saved
// entry must be on the relay exactly once, in seq order, and open with the clinic's key to that
// very entry (same hash): nothing lost, nothing duplicated, nothing sealed twice. Flags:
// --kills N (default 10), --port N (default 4186).
import { parseArgs } from 'node:util';
import { readFileSync } from 'node:fs';
import { openLive } from '../src/platform/live-crypto';
import {
  benchPrerequisites,
  bundleModule,
  makeTempDir,
  removeTempDirs,
  sleep,
} from './bench-kit.mjs';
import { clinicLink, relayEvents, startRelay } from './relay-kit.mjs';
import { TIMER } from './torture-actions.mjs';
import {
  killAll,
  killBrowser,
  launchBrowser,
  preparePage,
  readAndVerify,
} from './torture-browser.mjs';

const { values } = parseArgs({
  options: { kills: { type: 'string', default: '10' }, port: { type: 'string', default: '4186' } },
});
const KILLS = Number(values.kills);
const PORT = Number(values.port);
const BASE = `http://localhost:${PORT}`;
const QUICK = 'Resting, breathing normally';

interface RelayEvent {
  seq: number;
  class: string;
  at: number;
  nextDueAt: number | null;
  enc: string;
  ciphertext: string;
}

async function main(): Promise<boolean> {
  const executablePath = benchPrerequisites();
  const verifySource = readFileSync(
    (await bundleModule('src/domain/log/verify-chain.ts', 'SitwellVerify')).iife,
    'utf8',
  );
  const relay = await startRelay(PORT);
  const paths = { executablePath, profileDir: makeTempDir(), tmpDir: makeTempDir() };
  const open = async () => {
    const handle = await launchBrowser({ ...paths, timeoutMs: 30_000 });
    const page = await preparePage(handle, { onAck: () => undefined });
    page.setDefaultTimeout(30_000);
    return { handle, page };
  };
  try {
    const { made, pair, clinic, link } = await clinicLink(BASE);
    let app = await open();
    await app.page.goto(link);
    await app.page.getByRole('button', { name: 'Apply this protocol' }).click();
    await app.page.getByText(/^Imported /).waitFor();
    await app.page.goto(`${BASE}/start`);
    const skip = app.page.getByRole('button', { name: 'Skip for now' });
    const name = app.page.getByLabel('Your name (the sitter)');
    await skip.or(name).first().waitFor();
    if (await skip.isVisible()) await skip.click();
    await name.fill('Alex');
    await app.page.getByRole('button', { name: 'We both agree: share live' }).click();
    await app.page.getByRole('button', { name: 'Start session', exact: true }).click();
    await app.page.locator(TIMER).waitFor();
    console.log(`Live torture: ${KILLS} SIGKILLs of a session shared with a clinic (${BASE})`);
    for (let k = 1; k <= KILLS; k++) {
      await app.page.getByRole('button', { name: 'Check in now' }).click();
      await app.page.getByRole('button', { name: QUICK }).click();
      await sleep(Math.floor(Math.random() * 60));
      await killBrowser(app.handle);
      app = await open();
      await app.page.goto(`${BASE}/`);
      await app.page.locator(TIMER).waitFor();
      console.log(`  kill ${k}: resumed`);
    }
    // The app stays open while the sender catches up (backoff is at most 60 s).
    const log = await readAndVerify(app.page, verifySource);
    const entries = (log.entries as string[]).map(
      (j) => JSON.parse(j) as { seq: number; hash: string },
    );
    let got = await relayEvents(BASE, made);
    for (let i = 0; i < 90 && got.lastSeq !== entries.at(-1)!.seq; i++) {
      await sleep(1000);
      got = await relayEvents(BASE, made);
    }
    const events = got.events as RelayEvent[];
    const bySeq = new Map(events.map((e) => [e.seq, e]));
    let lost = 0;
    let mismatched = 0;
    for (const entry of entries) {
      const e = bySeq.get(entry.seq);
      if (!e) {
        lost++;
        continue;
      }
      const place = {
        relaySessionId: got.id as string,
        seq: e.seq,
        envelope: { class: e.class as 'record', at: e.at, nextDueAt: e.nextDueAt },
      };
      const payload = (await openLive(pair.privateKey, clinic.publicKey, place, e)) as {
        entry?: { hash?: string };
      };
      if (payload.entry?.hash !== entry.hash) mismatched++;
    }
    const duplicated = events.length - bySeq.size;
    const inOrder = events.every((e, i) => i === 0 || e.seq > events[i - 1]!.seq);
    console.log(
      `  log: ${entries.length} entries, chain ${log.verdict.ok ? 'verifies' : 'BROKEN'}; relay: ` +
        `${events.length} events, ${lost} lost, ${duplicated} duplicated, ${mismatched} not ` +
        `matching their entry, ${inOrder ? 'in seq order' : 'OUT OF ORDER'}`,
    );
    return log.verdict.ok && lost === 0 && duplicated === 0 && mismatched === 0 && inOrder;
  } finally {
    await killAll();
    relay.kill('SIGTERM');
  }
}

let ok = false;
try {
  ok = await main();
} catch (err) {
  console.error(
    `\ntorture-live: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`,
  );
} finally {
  removeTempDirs();
}
process.exit(ok ? 0 : 1);
