import { num, type Db } from './store';

// The clinic's live feed: every event, alert and acknowledgment, in one ordered table. A row is
// written in the same transaction as what it reports, and pg_notify fires only on commit, so a
// stream never shows what was rolled back. Streams resume from a feed id (SSE Last-Event-ID).
//
// A stream that resumes after id N must never miss a row below N that commits later. So a
// clinic's feed ids follow commit order: a transaction writes its feed rows last, just before
// it commits, under a per-clinic advisory lock held until the commit. Two transactions of one
// clinic cannot interleave there, and the one that takes the lock later gets the higher ids.

/** The notification channel every relay process listens on. */
export const FEED_CHANNEL = 'sitwell_feed';

/** The advisory lock class of the per-clinic feed locks (the second key is the clinic's). */
export const FEED_LOCK = 7_219_514;

/** The notification payload limit is 8000 bytes; a row larger than this goes by id alone. */
const INLINE_MAX = 7800;

/** A feed row as streams send it. */
export interface FeedRow {
  id: number;
  clinicId: string;
  sessionId: string;
  type: string;
  body: unknown;
  at: number;
}

/**
 * SQL of the notification for an inserted feed row `f` (columns clinic_id, id, session_id,
 * type, at, body as jsonb): "clinic:id", with ":[sessionId, type, at, body]" when it fits, so
 * the processes listening need not read the row back.
 */
export const NOTIFY_SQL = (f: string) => `pg_notify('${FEED_CHANNEL}', ${f}.clinic_id || ':' ||
  ${f}.id || (SELECT CASE WHEN octet_length(j) <= ${INLINE_MAX} THEN ':' || j ELSE '' END
  FROM (SELECT json_build_array(${f}.session_id, ${f}.type, ${f}.at, ${f}.body)::text AS j) x))`;

/** The lock statement's SQL for the clinic id in `expr` (a single-clinic write). */
export const LOCK_SQL = (expr: string) => `pg_advisory_xact_lock(${FEED_LOCK}, hashtext(${expr}))`;

const FLUSH = `WITH r AS (
    SELECT * FROM unnest($1::uuid[], $2::uuid[], $3::text[], $4::text[], $5::bigint[])
      WITH ORDINALITY AS r (clinic_id, session_id, type, body, at, n)),
  l AS (SELECT ${LOCK_SQL('c::text')} FROM (SELECT DISTINCT clinic_id AS c FROM r ORDER BY 1) q),
  f AS (INSERT INTO feed (clinic_id, session_id, type, body, at)
    SELECT clinic_id, session_id, type, body::jsonb, at FROM r
    WHERE (SELECT count(*) FROM l) >= 0 ORDER BY n
    RETURNING id, clinic_id, session_id, type, body, at)
  SELECT id, ${NOTIFY_SQL('f')} FROM f ORDER BY id`;

type NewRow = Omit<FeedRow, 'id'>;
const pending = new WeakMap<Db, NewRow[]>();

async function flush(db: Db, rows: NewRow[]): Promise<void> {
  if (rows.length === 0) return;
  await db.query(FLUSH, [
    rows.map((r) => r.clinicId),
    rows.map((r) => r.sessionId),
    rows.map((r) => r.type),
    rows.map((r) => JSON.stringify(r.body)),
    rows.map((r) => r.at),
  ]);
}

/**
 * Appends a feed row, notifying every process on commit. In a transaction the row is written
 * just before the commit (with the transaction's other rows, in the order appended).
 */
export async function appendFeed(db: Db, row: NewRow): Promise<void> {
  if (!db.beforeCommit) return flush(db, [row]);
  let rows = pending.get(db);
  if (!rows) {
    const list: NewRow[] = [];
    pending.set(db, (rows = list));
    db.beforeCommit((raw) => flush(raw, list));
  }
  rows.push(row);
}

const toFeed = (r: Record<string, unknown>): FeedRow => ({
  id: num(r.id),
  clinicId: String(r.clinic_id),
  sessionId: String(r.session_id),
  type: String(r.type),
  body: r.body,
  at: num(r.at),
});

/** The row a notification carries, or its clinic and id when it was too large to carry. */
export function parseNotice(
  payload: string,
): { clinicId: string; id: number; row: FeedRow | null } | null {
  const a = payload.indexOf(':');
  const b = payload.indexOf(':', a + 1);
  if (a < 0) return null;
  const clinicId = payload.slice(0, a);
  const id = Number(payload.slice(a + 1, b < 0 ? undefined : b));
  if (!Number.isSafeInteger(id)) return null;
  if (b < 0) return { clinicId, id, row: null };
  const [sessionId, type, at, body] = JSON.parse(payload.slice(b + 1)) as unknown[];
  const row = { id, clinicId, sessionId: String(sessionId), type: String(type), body, at: num(at) };
  return { clinicId, id, row };
}

/** The clinic's feed rows after `afterId`, oldest first. */
export async function feedAfter(
  db: Db,
  clinicId: string,
  afterId: number,
  limit = 1000,
): Promise<FeedRow[]> {
  const rows = await db.query(
    'SELECT * FROM feed WHERE clinic_id = $1 AND id > $2 ORDER BY id LIMIT $3',
    [clinicId, afterId, limit],
  );
  return rows.map(toFeed);
}

/** One feed row by id. */
export async function feedRow(db: Db, id: number): Promise<FeedRow | undefined> {
  const [r] = await db.query('SELECT * FROM feed WHERE id = $1', [id]);
  return r ? toFeed(r) : undefined;
}
