import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { Entry } from '../domain/log/entry';
import type { SessionRecord } from '../domain/log/session';
import { reportStorageEvent } from './storage-events';

// DO NOT change a store or index here without a new step in the upgrade ladder and a test that
// opens data written by the previous version (tests/storage/upgrade.test.ts).

/** Database name; one per origin. */
export const DB_NAME = 'sitwell';
/** Current schema version. */
export const DB_VERSION = 5;

/** A versioned setting; `value` is validated by its reader. */
export interface SettingRecord {
  key: string;
  version: number;
  value: unknown;
  updatedAt: number;
}

/**
 * A key pair of this device; the private key is a non-extractable CryptoKey (structured-cloned).
 */
export interface KeyRecord {
  /** What the key is for, e.g. `device-signing`. */
  id: string;
  privateKey: CryptoKey;
  publicKey: CryptoKey;
  createdAt: number;
}

/**
 * A session record received from someone else (an opened export), kept apart from this device's
 * own sessions and never mixed into its log. `text` is the file as received; it is verified again
 * whenever it is opened, so nothing is trusted because it was stored.
 */
export interface ReceivedRow {
  id: string;
  receivedAt: number;
  fileName: string;
  text: string;
}

/** A weekly self-check (PHQ-9, GAD-7) the patient answered; validated by its reader. */
export interface SelfCheckRow {
  id: string;
  at: number;
  tzOffset: number;
  instrument: string;
  answers: number[];
}

/**
 * One log entry's event on its way to the clinic (a session shared live). Written in the same
 * transaction as its entry; sealed once (HPKE is randomised, and the relay refuses a seq sent
 * again with other content), then sent in seq order; kept after sending as the proof it went.
 */
export interface OutboxRow {
  sessionId: string;
  seq: number;
  /** 'queued' until sealed; 'sealed' until the relay stored it; then 'sent'. */
  state: 'queued' | 'sealed' | 'sent';
  sealed?: { class: string; at: number; nextDueAt: number | null; enc: string; ciphertext: string };
  /** A part of the final signed record (seqs after the log's last entry), not an entry's event. */
  record?: { at: number; part: number; parts: number; text: string };
  attempts: number;
  sentAt?: number;
}

/**
 * A session's link to the clinic's relay: the clinic, the patient's choices, and what the relay
 * gave back (its session id and this device's write token, a secret that stays on this device).
 */
export interface LinkRow {
  sessionId: string;
  relaySessionId?: string;
  writeToken?: string;
  /** The sitter's push subscription for the backup alarm, and whether the relay has it. */
  subscription?: unknown;
  subscriptionSent?: boolean;
  /** Why the backup alarm could not be turned on, in the sitter's words. */
  subscriptionProblem?: string;
  /** Backup contacts' watch links made for this session. */
  watchers: { watcherId: string; watchToken: string; label?: string; at: number }[];
  /** Alerts already logged as acknowledged. */
  acknowledged: string[];
  /** The final signed record has been queued for the clinic's inbox. */
  recordQueued?: boolean;
  updatedAt: number;
}

/** The typed schema. */
export interface SitwellDB extends DBSchema {
  sessions: { key: string; value: SessionRecord; indexes: { byCreatedAt: number } };
  entries: {
    key: string;
    value: Entry;
    indexes: { bySessionSeq: [string, number]; byAction: [string, string] };
  };
  settings: { key: string; value: SettingRecord };
  keys: { key: string; value: KeyRecord };
  received: { key: string; value: ReceivedRow; indexes: { byReceivedAt: number } };
  selfChecks: { key: string; value: SelfCheckRow; indexes: { byAt: number } };
  outbox: { key: [string, number]; value: OutboxRow };
  links: { key: string; value: LinkRow };
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
      if (oldVersion < 3) {
        db.createObjectStore('keys', { keyPath: 'id' });
        db.createObjectStore('received', { keyPath: 'id' }).createIndex(
          'byReceivedAt',
          'receivedAt',
        );
        db.createObjectStore('selfChecks', { keyPath: 'id' }).createIndex('byAt', 'at');
      }
      if (oldVersion < 4) {
        // Unique: one user action (a tap, a form) writes at most one entry, whatever the taps.
        // Entries written before v4 have no actionId and are simply not in this index.
        tx.objectStore('entries').createIndex('byAction', ['sessionId', 'actionId'], {
          unique: true,
        });
      }
      if (oldVersion < 5) {
        // Live oversight: each entry's event for the clinic, and each session's link to it.
        db.createObjectStore('outbox', { keyPath: ['sessionId', 'seq'] });
        db.createObjectStore('links', { keyPath: 'sessionId' });
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
