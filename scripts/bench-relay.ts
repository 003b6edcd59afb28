// `npm run bench:relay`: the relay's figures on this machine, for PGlite and (under
// scripts/with-postgres.mjs, which the npm script uses) PostgreSQL. A benchmark, not a test:
// it prints numbers. The relay runs as its own process (its peak RSS is read from /proc).
//   1. event POST latency p50/p99 at a steady 500 requests/s (open loop, 500 sessions)
//   2. deadline → push handed to the push service, p99, with 10,000 live sessions
//   3. 1,000 open SSE streams: event fan-out p99 (POST sent → event read on each stream)
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { createServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CLINIC_KEY, client, freshPostgres } from '../tests/relay/helpers';
import { openSse } from '../tests/relay/sse';

const SETUP = 'bench-setup-code-0123456789';
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const pct = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))]! : NaN;
};
const ms = (x: number) => `${x.toFixed(1)} ms`;

function tls() {
  const dir = mkdtempSync(join(tmpdir(), 'sitwell-bench-tls-'));
  spawnSync('openssl', [
    ...['req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:P-256', '-nodes'],
    ...['-keyout', join(dir, 'key.pem'), '-out', join(dir, 'cert.pem'), '-days', '1'],
    ...['-subj', '/CN=localhost', '-addext', 'subjectAltName=DNS:localhost,IP:127.0.0.1'],
  ]);
  return {
    key: readFileSync(join(dir, 'key.pem')),
    cert: readFileSync(join(dir, 'cert.pem')),
    dir,
  };
}

/** A push service that answers 201 and notes when each endpoint was first reached. */
async function pushService(cert: { key: Buffer; cert: Buffer }) {
  const arrived = new Map<string, number>();
  const server = createServer(cert, (req, res) => {
    const id = req.url!.split('/').pop()!;
    if (!arrived.has(id)) arrived.set(id, Date.now());
    req.resume();
    req.on('end', () => res.writeHead(201).end());
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return { port: (server.address() as AddressInfo).port, arrived, server };
}

const arg = (name: string, dflt: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : dflt;
};
/** Live sessions (`--sessions`) and open streams (`--streams`); `postgres` skips PGlite. */
const SESSIONS = arg('sessions', 10_000);
const STREAMS = arg('streams', 1000);

async function startRelay(port: number, env: Record<string, string>) {
  const child = spawn(process.execPath, ['--import', 'tsx', 'relay/main.ts'], {
    env: { ...process.env, ...env, PORT: String(port) },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  for (let i = 0; i < 1200; i++) {
    if (
      await fetch(`http://127.0.0.1:${port}/api/v1/health`).then(
        (r) => r.ok,
        () => false,
      )
    )
      return child;
    await sleep(100);
  }
  throw new Error('relay did not start');
}

const children: ReturnType<typeof spawn>[] = [];
process.on('exit', () => children.forEach((c) => c.kill('SIGKILL')));

const peakRss = (pid: number) =>
  Number(/VmHWM:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0) / 1024;

async function p256dh(): Promise<string> {
  const kp = await crypto.subtle.generateKey({ name: 'ECDH', namedCurve: 'P-256' }, true, [
    'deriveBits',
  ]);
  return Buffer.from(await crypto.subtle.exportKey('raw', kp.publicKey)).toString('base64url');
}

async function parallel<T>(n: number, limit: number, fn: (i: number) => Promise<T>) {
  const out: T[] = new Array(n);
  let next = 0;
  await Promise.all(
    Array.from({ length: limit }, async () => {
      while (next < n) {
        const i = next++;
        out[i] = await fn(i);
      }
    }),
  );
  return out;
}

async function bench(label: string, storeEnv: Record<string, string>, port: number) {
  const cert = tls();
  const push = await pushService(cert);
  const relay = await startRelay(port, {
    ...storeEnv,
    SITWELL_SETUP_TOKEN: SETUP,
    SITWELL_RATE_IP: '1000000',
    SITWELL_BURST_IP: '1000000',
    // One device token opens every stream here; a real device opens one.
    SITWELL_RATE_TOKEN: '1000000',
    SITWELL_BURST_TOKEN: '1000000',
    NODE_EXTRA_CA_CERTS: join(cert.dir, 'cert.pem'),
  });
  const { call } = client(`http://127.0.0.1:${port}`);
  const clinic = await call('POST', '/api/v1/clinics', {
    token: SETUP,
    body: { name: 'Bench', publicKey: CLINIC_KEY },
  });
  const clinicId = String(clinic.body.clinicId);
  const key = await p256dh();
  const N = SESSIONS;
  const t0 = Date.now();
  const sessions = await parallel(N, 16, async (i) => {
    const s = await call('POST', '/api/v1/sessions', {
      body: {
        clinicId,
        subscription: {
          endpoint: `https://localhost:${push.port}/push/s${i}`,
          keys: { p256dh: key, auth: 'AAAAAAAAAAAAAAAAAAAAAA' },
        },
      },
    });
    return { id: String(s.body.sessionId), token: String(s.body.writeToken), seq: 0 };
  });
  console.log(`${label}: ${N} sessions opened in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  let failed = 0;
  const post = async (s: (typeof sessions)[number], nextDueAt: number): Promise<number> => {
    const at = Date.now();
    const res = await call('POST', `/api/v1/sessions/${s.id}/events`, {
      token: s.token,
      body: {
        seq: s.seq++,
        class: s.seq === 1 ? 'started' : 'check-in',
        at,
        nextDueAt,
        enc: `B${'e'.repeat(86)}`,
        ciphertext: 'c'.repeat(600),
      },
    });
    if (res.status !== 201) throw new Error(`POST ${res.status} ${JSON.stringify(res.body)}`);
    return Date.now() - at;
  };
  const timed = (s: (typeof sessions)[number], nextDueAt: number) =>
    post(s, nextDueAt).catch(() => {
      failed++;
      return NaN;
    });
  // Every session live, its deadline an hour away.
  await parallel(N, 16, (i) => post(sessions[i]!, Date.now() + 3_600_000));

  // 1. Open loop at 500/s for 10 s over 500 sessions.
  const lat: Promise<number>[] = [];
  const start = performance.now();
  for (let k = 0; k < 5000; k++) {
    const due = start + k * 2;
    const wait = due - performance.now();
    if (wait > 1) await sleep(wait);
    lat.push(timed(sessions[k % 500]!, Date.now() + 3_600_000));
  }
  const posts = (await Promise.all(lat)).filter(Number.isFinite);
  const rate = 5000 / ((performance.now() - start) / 1000);

  // 2. 2,000 of the 10,000 sessions get deadlines 5–25 s from now (100 a second).
  const base = Date.now() + 5000;
  const deadlines = new Map<string, number>();
  await parallel(2000, 16, async (i) => {
    const s = sessions[N - 1 - i]!;
    const deadline = base + i * 10;
    deadlines.set(`s${N - 1 - i}`, deadline);
    await post(s, deadline - 5 * 60_000);
  });
  await sleep(base + 20_000 - Date.now() + 8000);
  const pushLag = [...deadlines].map(([id, d]) => (push.arrived.get(id) ?? Infinity) - d);
  const delivered = pushLag.filter(Number.isFinite).length;

  console.log(label, {
    'POST p50': ms(pct(posts, 50)),
    'POST p99': ms(pct(posts, 99)),
    'deadline→push p99': ms(pct(pushLag, 99)),
    delivered,
  });

  // 3. 1,000 streams on a second clinic; 30 of its sessions post, one every 200 ms.
  const other = await call('POST', '/api/v1/clinics', {
    token: SETUP,
    body: { name: 'Bench 2', publicKey: CLINIC_KEY },
  });
  const streamed = await parallel(30, 8, async () => {
    const r = await call('POST', '/api/v1/sessions', { body: { clinicId: other.body.clinicId } });
    return { id: String(r.body.sessionId), token: String(r.body.writeToken), seq: 0 };
  });
  const url = `http://127.0.0.1:${port}/api/v1/clinics/${String(other.body.clinicId)}/stream`;
  const streams = await parallel(STREAMS, 50, async () => {
    const s = await openSse(url, String(other.body.deviceToken));
    await s.next((e) => e.event === 'ready', 120_000);
    return s;
  });
  const fan: number[] = [];
  for (let k = 0; k < 30; k++) {
    const s = streamed[k]!;
    const sent = Date.now();
    const seq = s.seq;
    const got = streams.map((st) =>
      st
        .next((e) => e.event === 'event' && e.data.sessionId === s.id && e.data.seq === seq, 30_000)
        .then(() => fan.push(Date.now() - sent)),
    );
    await post(s, Date.now() + 3_600_000);
    await Promise.all(got);
    await sleep(200);
  }
  for (const s of streams) s.close();
  const rss = peakRss(relay.pid!);
  relay.kill('SIGTERM');
  push.server.close();
  return {
    store: label,
    'POST p50': ms(pct(posts, 50)),
    'POST p99': ms(pct(posts, 99)),
    'POST rate': `${rate.toFixed(0)}/s`,
    'POST failed': failed,
    'deadline→push p50': ms(pct(pushLag, 50)),
    'deadline→push p99': ms(pct(pushLag, 99)),
    'pushes handed': `${delivered}/2000`,
    'SSE fan-out p50': ms(pct(fan, 50)),
    'SSE fan-out p99': ms(pct(fan, 99)),
    'peak RSS': `${rss.toFixed(0)} MB`,
  };
}

process.on('unhandledRejection', (e) => {
  console.error(e);
  process.exit(1);
});
const rows = process.argv.includes('postgres')
  ? []
  : [await bench('pglite', { SITWELL_DATA: mkdtempSync(join(tmpdir(), 'sitwell-bench-')) }, 4810)];
if (process.env.SITWELL_TEST_DATABASE_URL) {
  const pg = await freshPostgres();
  rows.push(await bench('postgres', { DATABASE_URL: pg.url }, 4811));
  await pg.drop();
}
console.table(rows);
process.exit(0);
