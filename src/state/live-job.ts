import type { Entry } from '../domain/log/entry';
import type { Sha256Hex } from '../domain/log/hash-chain';
import type { LiveShare } from '../domain/log/session';
import type { Protocol } from '../domain/protocol/protocol';
import type { RelayClient } from '../platform/relay-client';
import type { Db } from '../storage/db';

// What the live sender and its helpers (live-record, live-watch) share: the job and the
// surroundings, apart from the sender so that its helpers need nothing of it.

/** What the sender needs from around it (the app's, or a test's). */
export interface SenderDeps {
  db: Db;
  client: RelayClient;
  sha256: Sha256Hex;
  clock: () => number;
  /** The final signed record's text for the clinic's inbox (absent: none is sent). */
  finalRecord?: (sessionId: string, live: LiveShare) => Promise<string>;
  /** Schedules `run` after `ms` (setTimeout in the app); returns how to cancel it. */
  later: (ms: number, run: () => void) => () => void;
}

/** One session being shared: its local id, what was agreed, and its saved log as known now. */
export interface LiveJob {
  sessionId: string;
  live: LiveShare;
  /** The saved entries when known (the session store's); read from storage when absent. */
  entries?: readonly Entry[];
  /** The protocol in force, sent with the first entry so the clinic judges by the same limits. */
  protocol?: Protocol;
}
