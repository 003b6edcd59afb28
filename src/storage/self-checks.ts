import { parseSelfCheckRow, type SelfCheck } from '../domain/review/self-check';
import type { Db } from './db';
import { StorageError, toStorageError } from './storage-error';

// Verbs for the patient's weekly self-checks. Rows are validated on the way in and again on the
// way out: a damaged row is skipped and counted, never thrown, so one bad row hides nothing else.

/** Self-checks read back, with how many stored rows were damaged and skipped. */
export interface SelfCheckList {
  checks: SelfCheck[];
  damaged: number;
}

/** Save a self-check durably; an invalid one is refused before anything is written. */
export async function addSelfCheck(db: Db, check: SelfCheck): Promise<void> {
  const valid = parseSelfCheckRow(check);
  if (!valid) throw new StorageError('unknown', 'This self-check is incomplete or not valid.');
  try {
    const tx = db.transaction('selfChecks', 'readwrite', { durability: 'strict' });
    // `add`, never `put`: answers are never edited; a new check is a new row.
    await Promise.all([tx.store.add(valid), tx.done]);
  } catch (err) {
    throw toStorageError(err);
  }
}

/** Every valid self-check by time, newest first unless `order` is 'oldest-first'. */
export async function listSelfChecks(
  db: Db,
  order: 'newest-first' | 'oldest-first' = 'newest-first',
): Promise<SelfCheckList> {
  const rows = await db.getAllFromIndex('selfChecks', 'byAt').catch((err: unknown) => {
    throw toStorageError(err);
  });
  const checks: SelfCheck[] = [];
  let damaged = 0;
  for (const row of rows) {
    const check = parseSelfCheckRow(row);
    if (check) checks.push(check);
    else damaged += 1;
  }
  if (order === 'newest-first') checks.reverse();
  return { checks, damaged };
}
