// Tap-to-saved with the session shared live (npm run bench:live): the same 200 quick check-ins
// as `npm run bench`, against a real relay (PGlite in a temp folder) serving the built app, once
// not shared and once shared with a clinic. Prints p50/p95 for both, and how many of the shared
// session's events reached the relay (lost or duplicated).
import { spawn } from 'node:child_process';
import { createHash, webcrypto } from 'node:crypto';
import { join } from 'node:path';
import { benchTaps } from './bench-taps.mjs';
import {
  benchPrerequisites,
  launchChromium,
  line,
  makeTempDir,
  removeTempDirs,
  ROOT,
  sleep,
  stats,
} from './bench-kit.mjs';

const PORT = Number(process.env.BENCH_LIVE_PORT ?? 4185);
const BASE = `http://localhost:${PORT}`;
const SETUP = 'bench-live-setup-code-0123456789';
const CHECK_INS = 200;
const TAP_TARGET_MS = 16;

async function startRelay() {
  const child = spawn(join(ROOT, 'node_modules', '.bin', 'tsx'), ['relay/main.ts'], {
    cwd: ROOT,
    env: {
      ...process.env,
      PORT: String(PORT),
      HOST: '127.0.0.1',
      SITWELL_DATA: makeTempDir(),
      SITWELL_SETUP_TOKEN: SETUP,
      // One sitter's 200 check-ins come faster than any person's; the per-token limit is for
      // strangers, not for this run.
      SITWELL_RATE_TOKEN: '1000',
      SITWELL_BURST_TOKEN: '1000',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (d) => (output += d));
  child.stderr.on('data', (d) => (output += d));
  for (let i = 0; i < 120; i++) {
    const ok = await fetch(`${BASE}/api/v1/health`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) return child;
    await sleep(500);
  }
  child.kill('SIGKILL');
  throw new Error(`the relay did not start on ${BASE}:\n${output}`);
}

/** A clinic on the relay and the protocol link that names it. */
async function clinicLink() {
  const pair = await webcrypto.subtle.generateKey({ name: 'ECDH', namedCurve: 'P-256' }, true, [
    'deriveBits',
  ]);
  const raw = new Uint8Array(await webcrypto.subtle.exportKey('raw', pair.publicKey));
  const publicKey = Buffer.from(raw).toString('base64url');
  const res = await fetch(`${BASE}/api/v1/clinics`, {
    method: 'POST',
    headers: { authorization: `Bearer ${SETUP}`, 'content-type': 'application/json' },
    body: JSON.stringify({ name: 'Bench Clinic', publicKey }),
  });
  const made = await res.json();
  const hex = createHash('sha256').update(`sitwell-clinic-key:${publicKey}`).digest('hex');
  const fingerprint = hex.slice(0, 32).toUpperCase().match(/.{4}/g).join('-');
  const clinic = { relay: BASE, id: made.clinicId, name: 'Bench Clinic', publicKey, fingerprint };
  const file = { format: 'sitwell-protocol', version: 1, protocol: {}, clinic };
  const fragment = Buffer.from(JSON.stringify(file)).toString('base64url');
  return { made, link: `${BASE}/settings/protocol#protocol=${fragment}` };
}

/** The relay's events for the clinic's one session, counted by seq. */
async function relayEvents(made) {
  const auth = { authorization: `Bearer ${made.deviceToken}` };
  const list = await (
    await fetch(`${BASE}/api/v1/clinics/${made.clinicId}/sessions`, { headers: auth })
  ).json();
  const id = list.sessions[0]?.id;
  if (!id) return { seqs: [], lastSeq: null };
  const seqs = [];
  for (let after = -1; ;) {
    const page = await (
      await fetch(`${BASE}/api/v1/sessions/${id}/events?after=${after}`, { headers: auth })
    ).json();
    if (page.events.length === 0) break;
    for (const e of page.events) seqs.push(e.seq);
    after = page.events.at(-1).seq;
  }
  return { seqs, lastSeq: list.sessions[0].lastSeq };
}

async function main() {
  const executablePath = benchPrerequisites();
  const relay = await startRelay();
  const browser = await launchChromium(executablePath);
  try {
    const off = await benchTaps(browser, { base: BASE, checkIns: CHECK_INS });
    const { made, link } = await clinicLink();
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
    let got = await relayEvents(made);
    for (let i = 0; i < 60 && got.seqs.length < on.stored + 2; i++) {
      await sleep(1000);
      got = await relayEvents(made);
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
