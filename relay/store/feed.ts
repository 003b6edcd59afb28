import { num, type Db } from './store';

// The clinic's live feed: every event, alert and acknowledgment, in one ordered table. A row is
// written in the same transaction as what it reports, and pg_notify fires only on commit, so a
// stream never shows what was rolled back. Streams resume from a feed id (SSE Last-Event-ID).

/** The notification channel every relay process listens on. */
export const FEED_CHANNEL = 'sitwell_feed';

/** A feed row as streams send it. */
export interface FeedRow {
  id: number;
  clinicId: string;
  sessionId: string;
  type: string;
  body: unknown;
  at: number;
}

/** Appends a feed row and notifies every process (on commit). */
export async function appendFeed(db: Db, row: Omit<FeedRow, 'id'>): Promise<number> {
  const [r] = await db.query<{ id: unknown }>(
    `INSERT INTO feed (clinic_id, session_id, type, body, at)
     VALUES ($1, $2, $3, $4::text::jsonb, $5) RETURNING id`,
    [row.clinicId, row.sessionId, row.type, JSON.stringify(row.body), row.at],
  );
  const id = num(r!.id);
  await db.query('SELECT pg_notify($1, $2)', [FEED_CHANNEL, `${row.clinicId}:${id}`]);
  return id;
}

const toFeed = (r: Record<string, unknown>): FeedRow => ({
  id: num(r.id),
  clinicId: String(r.clinic_id),
  sessionId: String(r.session_id),
  type: String(r.type),
  body: r.body,
  at: num(r.at),
});

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
