import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { Entry } from '../domain/log/entry';
import type { SessionRecord } from '../domain/log/session';
import { reportStorageEvent } from './storage-events';

// DO NOT change a store or index here without a new step in the upgrade ladder and a test that
// opens data written by the previous version (tests/storage/upgrade.test.ts).

/** Database name; one per origin. */
export const DB_NAME = 'sitwell';
/** Current schema version. */
export const DB_VERSION = 2;

/** A versioned setting; `value` is validated by its reader. */
export interface SettingRecord {
  key: string;
  version: number;
  value: unknown;
  updatedAt: number;
}

/** The typed schema. */
export interface SitwellDB extends DBSchema {
  sessions: { key: string; value: SessionRecord; indexes: { byCreatedAt: number } };
  entries: { key: string; value: Entry; indexes: { bySessionSeq: [string, number] } };
  settings: { key: string; value: SettingRecord };
}

/** An open database handle. */
export type Db = IDBPDatabase<SitwellDB>;

/** Open (and upgrade) the database, reporting blocked/blocking/terminated to the UI. */
export function openSitwellDb(name = DB_NAME): Promise<Db> {
  return openDB<SitwellDB>(name, DB_VERSION, {
    upgrade(db, oldVersion, _newVersion, tx) {
      if (oldVersion < 1) {
        db.createObjectStore('sessions', { keyPath: 'id' });
        const entries = db.createObjectStore('entries', { keyPath: 'id' });
        // Unique: two entries can never claim the same place in a session's log.
        entries.createIndex('bySessionSeq', ['sessionId', 'seq'], { unique: true });
      }
      if (oldVersion < 2) {
        db.createObjectStore('settings', { keyPath: 'key' });
        tx.objectStore('sessions').createIndex('byCreatedAt', 'createdAt');
      }
    },
    blocked() {
      reportStorageEvent({ type: 'blocked' });
    },
    blocking(_current, _next, event) {
      // A newer version in another tab needs us to let go; close so it can upgrade.
      (event.target as IDBDatabase).close();
      reportStorageEvent({ type: 'blocking' });
    },
    terminated() {
      reportStorageEvent({ type: 'terminated' });
    },
  });
}

let shared: Promise<Db> | undefined;

/** The app's shared connection, reopened after the browser terminated it. */
export function getDb(): Promise<Db> {
  if (!shared) {
    shared = openSitwellDb().catch((err: unknown) => {
      shared = undefined;
      throw err;
    });
  }
  return shared;
}

/** Forget the shared connection (after `terminated`, or in tests). */
export function resetDb(): void {
  void shared?.then((db) => db.close()).catch(() => undefined);
  shared = undefined;
}
