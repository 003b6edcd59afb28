import type { ReceivedSummary } from '../domain/report/received-summary';
import type { VerifiedRecord } from '../domain/report/verify-record';
import type { Db, ReceivedRow } from './db';
import { toStorageError } from './storage-error';

// Session records received from others (opened exports). Kept in their own store, apart from
// this device's sessions and never mixed into its log. Only a verified record can be stored:
// `storeVerified` takes verifyRecord's success result, which nothing else can make.

/** Keep a verified record; returns the stored row. Re-verify whenever it is opened again. */
export async function storeVerified(
  db: Db,
  verified: VerifiedRecord,
  fileName: string,
  now: number,
  newId: () => string,
): Promise<ReceivedRow> {
  if (verified.ok !== true) throw new TypeError('Only a verified record can be stored.');
  const row: ReceivedRow = { id: newId(), receivedAt: now, fileName, text: verified.text };
  try {
    const tx = db.transaction('received', 'readwrite', { durability: 'strict' });
    await Promise.all([tx.store.add(row), tx.done]);
    return row;
  } catch (err) {
    throw toStorageError(err);
  }
}

/** Every received record, newest first. */
export async function listReceived(db: Db): Promise<ReceivedSummary[]> {
  try {
    const rows = await db.getAllFromIndex('received', 'byReceivedAt');
    return rows.reverse().map(summaryOf);
  } catch (err) {
    throw toStorageError(err);
  }
}

/** One received record as stored (verify its `text` before showing it), or undefined. */
export async function getReceived(db: Db, id: string): Promise<ReceivedRow | undefined> {
  try {
    return await db.get('received', id);
  } catch (err) {
    throw toStorageError(err);
  }
}

/** The id of a stored record with exactly this text (the same file opened again), if any. */
export async function findReceivedByText(db: Db, text: string): Promise<string | undefined> {
  try {
    let cursor = await db.transaction('received').store.openCursor();
    while (cursor) {
      if (cursor.value.text === text) return cursor.value.id;
      cursor = await cursor.continue();
    }
    return undefined;
  } catch (err) {
    throw toStorageError(err);
  }
}

/** Delete a received record (this device's own sessions are never touched). */
export async function deleteReceived(db: Db, id: string): Promise<void> {
  try {
    const tx = db.transaction('received', 'readwrite', { durability: 'strict' });
    await Promise.all([tx.store.delete(id), tx.done]);
  } catch (err) {
    throw toStorageError(err);
  }
}

/** Who and when, read from the stored text; a row that no longer parses lists by file name. */
function summaryOf(row: ReceivedRow): ReceivedSummary {
  const base = { id: row.id, receivedAt: row.receivedAt, fileName: row.fileName };
  try {
    const doc = JSON.parse(row.text) as {
      session?: Record<string, unknown>;
      signature?: { fingerprint?: unknown };
    };
    const { session } = doc;
    const fingerprint = doc.signature?.fingerprint;
    const people = session?.people as { sitterName?: unknown; patientName?: unknown } | undefined;
    const sitterName = typeof people?.sitterName === 'string' ? people.sitterName : '';
    const patientName = typeof people?.patientName === 'string' ? people.patientName : undefined;
    const created = session?.createdAt;
    return {
      ...base,
      sitterName,
      ...(patientName !== undefined && { patientName }),
      ...(typeof created === 'number' && { sessionCreatedAt: created }),
      ...(typeof fingerprint === 'string' && { fingerprint }),
    };
  } catch {
    return { ...base, sitterName: '' };
  }
}
