import { randomUUID } from 'node:crypto';
import type { PushSubscriptionJSON } from '../../src/domain/relay/wire';
import { num, numOrNull, type Db, type Store } from './store';
import { issueToken } from './tokens';

// Clinics, their devices and the backup contacts (watchers) of a session.

/** Opens a clinic with its first device; returns the ids and that device's token. */
export async function createClinic(
  store: Store,
  c: { name: string; publicKey: string; deviceLabel: string | null },
  now: number,
): Promise<{ clinicId: string; deviceId: string; deviceToken: string }> {
  return store.tx(async (db) => {
    const clinicId = randomUUID();
    await db.query(
      'INSERT INTO clinics (id, name, public_key, created_at) VALUES ($1, $2, $3, $4)',
      [clinicId, c.name, c.publicKey, now],
    );
    const added = await addDevice(db, clinicId, c.deviceLabel, now);
    return { clinicId, ...added };
  });
}

/** Adds a device to a clinic; returns its id and token. */
export async function addDevice(
  db: Db,
  clinicId: string,
  label: string | null,
  now: number,
): Promise<{ deviceId: string; deviceToken: string }> {
  const deviceId = randomUUID();
  await db.query('INSERT INTO devices (id, clinic_id, label, created_at) VALUES ($1, $2, $3, $4)', [
    deviceId,
    clinicId,
    label,
    now,
  ]);
  const deviceToken = await issueToken(
    db,
    { kind: 'device', clinicId, sessionId: null, subjectId: deviceId },
    now,
  );
  return { deviceId, deviceToken };
}

/** A clinic's public part: what a sitter's app checks against its protocol. */
export async function getClinic(db: Db, id: string) {
  const [r] = await db.query('SELECT id, name, public_key FROM clinics WHERE id = $1', [id]);
  return r
    ? { id: String(r.id), name: String(r.name), publicKey: String(r.public_key) }
    : undefined;
}

/** Adds a backup contact to a session; returns its id and watch token. */
export async function addWatcher(
  store: Store,
  session: { id: string; clinicId: string },
  label: string | null,
  now: number,
): Promise<{ watcherId: string; watchToken: string }> {
  return store.tx(async (db) => {
    const watcherId = randomUUID();
    await db.query(
      'INSERT INTO watchers (id, session_id, label, created_at) VALUES ($1, $2, $3, $4)',
      [watcherId, session.id, label, now],
    );
    const watchToken = await issueToken(
      db,
      { kind: 'watch', clinicId: session.clinicId, sessionId: session.id, subjectId: watcherId },
      now,
    );
    return { watcherId, watchToken };
  });
}

const PUSH_TABLE = { sitter: 'sessions', device: 'devices', watcher: 'watchers' } as const;

/** Sets (or clears) where a sitter, device or watcher gets push messages. */
export async function setPush(
  db: Db,
  who: keyof typeof PUSH_TABLE,
  id: string,
  sub: PushSubscriptionJSON | null,
): Promise<void> {
  await db.query(`UPDATE ${PUSH_TABLE[who]} SET push = $2::text::jsonb WHERE id = $1`, [
    id,
    sub ? JSON.stringify(sub) : null,
  ]);
}

/** The clinic's live sessions (and those ended in the last day), most urgent first. */
export async function clinicSessions(db: Db, clinicId: string, now: number) {
  const rows = await db.query(
    `SELECT s.id, s.state, s.last_seq, s.next_due_at, s.deadline_at, s.updated_at,
       (SELECT count(*) FROM alerts a WHERE a.session_id = s.id AND a.closed_at IS NULL
          AND a.acknowledged_at IS NULL) AS open_alerts
     FROM sessions s WHERE s.clinic_id = $1 AND (s.state = 'live' OR s.updated_at > $2)
     ORDER BY (s.state = 'live') DESC, s.deadline_at ASC NULLS LAST LIMIT 1000`,
    [clinicId, now - 86_400_000],
  );
  return rows.map((r) => ({
    id: String(r.id),
    state: String(r.state),
    lastSeq: numOrNull(r.last_seq),
    nextDueAt: numOrNull(r.next_due_at),
    deadlineAt: numOrNull(r.deadline_at),
    updatedAt: num(r.updated_at),
    openAlerts: num(r.open_alerts),
  }));
}

/** Alerts of a clinic (or a session), newest first: the audit list. */
export async function alertList(db: Db, by: { clinicId: string; sessionId?: string }) {
  const rows = await db.query(
    `SELECT * FROM alerts WHERE clinic_id = $1 AND ($2::uuid IS NULL OR session_id = $2::uuid)
     ORDER BY opened_at DESC LIMIT 500`,
    [by.clinicId, by.sessionId ?? null],
  );
  return rows.map((r) => ({
    id: String(r.id),
    sessionId: String(r.session_id),
    kind: String(r.kind),
    deadlineAt: num(r.deadline_at),
    openedAt: num(r.opened_at),
    acknowledgedAt: numOrNull(r.acknowledged_at),
    acknowledgedBy: r.acknowledged_by === null ? null : String(r.acknowledged_by),
    closedAt: numOrNull(r.closed_at),
    closedBy: r.closed_by === null ? null : String(r.closed_by),
  }));
}
