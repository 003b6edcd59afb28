import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { migrate } from '../../relay/store/migrate';
import { openPglite } from '../../relay/store/pglite';
import { openPostgres } from '../../relay/store/postgres';
import { CLINIC_KEY, client } from './helpers';

// The kill test: simulated sitters post check-ins (each resent unchanged until acknowledged)
// while a relay process is killed with SIGKILL and restarted, again and again. Afterwards the
// database must hold every acknowledged event once, and every deadline that passed must have
// exactly one alert (and no deadline that did not pass, one).

/** What a run found. */
export interface FaultReport {
  kills: number;
  sitters: number;
  processes: number;
  acknowledged: number;
  lost: number;
  duplicated: number;
  passedDeadlines: number;
  alertedOnce: number;
  missingAlerts: number;
  spuriousAlerts: number;
  restartMsP50: number;
}

const SETUP = 'fault-setup-code-0123456789';
const root = new URL('../../', import.meta.url).pathname;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const rand = (a: number, b: number) => a + Math.floor(Math.random() * (b - a));

interface Proc {
  port: number;
  child: ChildProcess | null;
  up: boolean;
}

async function startProc(p: Proc, env: Record<string, string>): Promise<number> {
  const t0 = Date.now();
  p.child = spawn(process.execPath, ['--import', 'tsx', 'relay/main.ts'], {
    cwd: root,
    env: { ...process.env, ...env, PORT: String(p.port) },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  for (let i = 0; i < 1200; i++) {
    const ok = await fetch(`http://127.0.0.1:${p.port}/api/v1/health`)
      .then((r) => r.ok)
      .catch(() => false);
    if (ok) {
      p.up = true;
      return Date.now() - t0;
    }
    await sleep(100);
  }
  throw new Error('the relay did not come up in 120 s');
}

async function kill(p: Proc, signal: NodeJS.Signals): Promise<void> {
  const c = p.child;
  if (!c || c.exitCode !== null) return;
  p.up = false;
  const gone = new Promise((r) => c.once('exit', r));
  c.kill(signal);
  await gone;
}

/** Restarts the test cluster (pg_ctl restart -m fast), as its owner when run as root. */
export function restartPostgres(): void {
  const bin = process.env.SITWELL_TEST_PG_BIN;
  const data = process.env.SITWELL_TEST_PG_DATA;
  if (!bin || !data) throw new Error('restartPostgres needs scripts/with-postgres.mjs');
  const owner = statSync(data);
  const done = spawnSync(join(bin, 'pg_ctl'), ['-D', data, '-m', 'fast', '-w', 'restart'], {
    ...(process.getuid?.() === 0 ? { uid: owner.uid, gid: owner.gid } : {}),
    cwd: dirname(data),
    stdio: 'ignore',
  });
  if (done.status !== 0) throw new Error('pg_ctl restart failed');
}

/** Runs the kill test; `databaseUrl` selects PostgreSQL (and `processes` 2 keeps one alive). */
export async function runFaults(o: {
  kills: number;
  sitters: number;
  databaseUrl?: string;
  processes?: number;
  basePort: number;
  /** Restarts the PostgreSQL cluster of scripts/with-postgres.mjs halfway through. */
  restartPostgres?: boolean;
}): Promise<FaultReport> {
  const n = o.processes ?? 1;
  const dataDir = mkdtempSync(join(tmpdir(), 'sitwell-faults-'));
  const env: Record<string, string> = {
    SITWELL_SETUP_TOKEN: SETUP,
    SITWELL_RATE_IP: '100000',
    SITWELL_BURST_IP: '100000',
    SITWELL_SWEEP_MS: '250',
    ...(o.databaseUrl ? { DATABASE_URL: o.databaseUrl } : { SITWELL_DATA: dataDir }),
  };
  const procs: Proc[] = Array.from({ length: n }, (_, i) => ({
    port: o.basePort + i,
    child: null,
    up: false,
  }));
  // Whatever happens, no relay outlives the run.
  const reap = () => procs.forEach((p) => p.child?.exitCode === null && p.child.kill('SIGKILL'));
  process.once('exit', reap);
  try {
    return await drive(o, n, env, procs, dataDir);
  } finally {
    reap();
  }
}

async function drive(
  o: { kills: number; sitters: number; databaseUrl?: string; restartPostgres?: boolean },
  n: number,
  env: Record<string, string>,
  procs: Proc[],
  dataDir: string,
): Promise<FaultReport> {
  for (const p of procs) await startProc(p, env);
  const api = (p: Proc) => client(`http://127.0.0.1:${p.port}`);
  const clinic = await api(procs[0]!).call('POST', '/api/v1/clinics', {
    token: SETUP,
    body: { name: 'Fault Clinic', publicKey: CLINIC_KEY },
  });
  const sessions: { id: string; token: string; acked: number[] }[] = [];
  for (let i = 0; i < o.sitters; i++) {
    const s = await api(procs[0]!).call('POST', '/api/v1/sessions', {
      body: { clinicId: clinic.body.clinicId },
    });
    sessions.push({ id: String(s.body.sessionId), token: String(s.body.writeToken), acked: [] });
  }

  let stop = false;
  const sitter = async (s: (typeof sessions)[number], k: number) => {
    for (let seq = 0; !stop; seq++) {
      const now = Date.now();
      const body = {
        seq,
        class: seq === 0 ? 'started' : 'check-in',
        at: now,
        nextDueAt: now - 5 * 60_000 + rand(300, 2500),
        enc: `B${'e'.repeat(86)}`,
        ciphertext: `s${k}q${seq}`,
      };
      for (let attempt = 0; ; attempt++) {
        const p = procs[(k + attempt) % n]!;
        const res = await fetch(`http://127.0.0.1:${p.port}/api/v1/sessions/${s.id}/events`, {
          method: 'POST',
          headers: { authorization: `Bearer ${s.token}`, 'content-type': 'application/json' },
          body: JSON.stringify(body),
          signal: AbortSignal.timeout(5000),
        }).catch(() => undefined);
        if (res && (res.status === 200 || res.status === 201)) break;
        if (res && res.status < 500 && res.status !== 429)
          throw new Error(`the relay refused seq ${seq}: ${res.status} ${await res.text()}`);
        await sleep(rand(50, 300));
      }
      s.acked.push(seq);
      await sleep(rand(200, 1500));
    }
  };
  const running = sessions.map((s, k) => sitter(s, k));
  const restarts: number[] = [];
  for (let i = 0; i < o.kills; i++) {
    await sleep(rand(500, 2000));
    if (o.restartPostgres && i === Math.floor(o.kills / 2)) restartPostgres();
    await kill(procs[0]!, 'SIGKILL');
    restarts.push(await startProc(procs[0]!, env));
  }
  stop = true;
  await Promise.all(running);
  // Every last deadline falls within 2.5 s; give the sweeper time to alert them all.
  await sleep(5000);
  for (const p of procs) await kill(p, 'SIGTERM');

  const store = o.databaseUrl ? await openPostgres(o.databaseUrl, 2) : await openPglite(dataDir);
  await migrate(store);
  try {
    const events = await store.query(
      'SELECT session_id, seq, next_due_at, received_at FROM events ORDER BY session_id, seq',
    );
    const alerts = await store.query(
      `SELECT session_id, deadline_at FROM alerts WHERE kind = 'overdue'`,
    );
    const key = (s: unknown, d: unknown) => `${String(s)}:${Number(d)}`;
    const stored = new Set(events.map((e) => `${String(e.session_id)}:${Number(e.seq)}`));
    const lost = sessions.flatMap((s) => s.acked.filter((q) => !stored.has(`${s.id}:${q}`)));
    const alertCount = new Map<string, number>();
    for (const a of alerts) {
      const k = key(a.session_id, a.deadline_at);
      alertCount.set(k, (alertCount.get(k) ?? 0) + 1);
    }
    const passed = new Set<string>();
    events.forEach((e, i) => {
      const next = events[i + 1];
      const sameSession = next && next.session_id === e.session_id;
      const deadline = Number(e.next_due_at) + 5 * 60_000;
      const endedAt = sameSession ? Number(next.received_at) : Infinity;
      if (deadline <= endedAt) passed.add(key(e.session_id, deadline));
    });
    const once = [...passed].filter((k) => alertCount.get(k) === 1).length;
    const sorted = [...restarts].sort((a, b) => a - b);
    return {
      kills: o.kills,
      sitters: o.sitters,
      processes: n,
      acknowledged: sessions.reduce((t, s) => t + s.acked.length, 0),
      lost: lost.length,
      duplicated: events.length - stored.size,
      passedDeadlines: passed.size,
      alertedOnce: once,
      missingAlerts: [...passed].filter((k) => !alertCount.has(k)).length,
      spuriousAlerts: [...alertCount.keys()].filter((k) => !passed.has(k)).length,
      restartMsP50: sorted[Math.floor(sorted.length / 2)] ?? 0,
    };
  } finally {
    await store.close();
  }
}
