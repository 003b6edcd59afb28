// A real relay for the scripts that need one (bench:live, torture:live): started with PGlite in
// a temp folder on its own port, with a clinic registered and the protocol link that names it.
import { spawn } from 'node:child_process';
import { createHash, webcrypto } from 'node:crypto';
import { join } from 'node:path';
import { makeTempDir, ROOT, sleep } from './bench-kit.mjs';

const SETUP = 'relay-kit-setup-code-0123456789';

export async function startRelay(port) {
  const base = `http://localhost:${port}`;
  const child = spawn(join(ROOT, 'node_modules', '.bin', 'tsx'), ['relay/main.ts'], {
    cwd: ROOT,
    env: {
      ...process.env,
      PORT: String(port),
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
    const ok = await fetch(`${base}/api/v1/health`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) return child;
    await sleep(500);
  }
  child.kill('SIGKILL');
  throw new Error(`the relay did not start on ${base}:\n${output}`);
}

/** A clinic on the relay and the protocol link that names it. */
export async function clinicLink(base) {
  const pair = await webcrypto.subtle.generateKey({ name: 'ECDH', namedCurve: 'P-256' }, true, [
    'deriveBits',
  ]);
  const raw = new Uint8Array(await webcrypto.subtle.exportKey('raw', pair.publicKey));
  const publicKey = Buffer.from(raw).toString('base64url');
  const res = await fetch(`${base}/api/v1/clinics`, {
    method: 'POST',
    headers: { authorization: `Bearer ${SETUP}`, 'content-type': 'application/json' },
    body: JSON.stringify({ name: 'Bench Clinic', publicKey }),
  });
  const made = await res.json();
  const hex = createHash('sha256').update(`sitwell-clinic-key:${publicKey}`).digest('hex');
  const fingerprint = hex.slice(0, 32).toUpperCase().match(/.{4}/g).join('-');
  const clinic = { relay: base, id: made.clinicId, name: 'Bench Clinic', publicKey, fingerprint };
  const file = { format: 'sitwell-protocol', version: 1, protocol: {}, clinic };
  const fragment = Buffer.from(JSON.stringify(file)).toString('base64url');
  return { made, pair, clinic, link: `${base}/settings/protocol#protocol=${fragment}` };
}

/** The relay's events for the clinic's one session, in seq order. */
export async function relayEvents(base, made) {
  const auth = { authorization: `Bearer ${made.deviceToken}` };
  const list = await (
    await fetch(`${base}/api/v1/clinics/${made.clinicId}/sessions`, { headers: auth })
  ).json();
  const id = list.sessions[0]?.id;
  if (!id) return { id, events: [], seqs: [], lastSeq: null };
  const events = [];
  for (let after = -1; ;) {
    const page = await (
      await fetch(`${base}/api/v1/sessions/${id}/events?after=${after}`, { headers: auth })
    ).json();
    if (page.events.length === 0) break;
    events.push(...page.events);
    after = page.events.at(-1).seq;
  }
  return { id, events, seqs: events.map((e) => e.seq), lastSeq: list.sessions[0].lastSeq };
}
