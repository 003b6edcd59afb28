// The relay's one door to its database. Every query is plain PostgreSQL with $1 parameters, run
// unchanged on PGlite (embedded, the default) and on PostgreSQL (DATABASE_URL).

/** A row as the drivers return it. */
export type Row = Record<string, unknown>;

/** Runs SQL: inside a transaction or on the pool. */
export interface Db {
  query<T extends Row = Row>(text: string, params?: readonly unknown[]): Promise<T[]>;
  /** Runs several statements without parameters (a migration file). */
  exec(text: string): Promise<void>;
  /**
   * Inside a transaction only: runs `fn` once the transaction's own work is done, just before it
   * commits (the feed writes its rows there, last, so their ids follow commit order).
   */
  beforeCommit?: (fn: (db: Db) => Promise<void>) => void;
}

/** The store: queries, transactions, and notifications across processes. */
export interface Store extends Db {
  readonly kind: 'pglite' | 'postgres';
  /** Runs `fn` in one transaction: all of it is stored, or none. */
  tx<T>(fn: (db: Db) => Promise<T>): Promise<T>;
  /** Calls `fn` with each payload sent on `channel` (by any process); resolves once listening. */
  listen(channel: string, fn: (payload: string) => void): Promise<() => Promise<void>>;
  close(): Promise<void>;
  /** PGlite only: the whole database as a tarball (backups, test templates). */
  dump?: () => Promise<Blob | File>;
}

/** Runs `fn` on a transaction's `db`, then the work it left for just before the commit. */
export async function inTx<T>(db: Db, fn: (db: Db) => Promise<T>): Promise<T> {
  const hooks: ((db: Db) => Promise<void>)[] = [];
  const t: Db = { query: db.query, exec: db.exec, beforeCommit: (h) => void hooks.push(h) };
  const result = await fn(t);
  for (let i = 0; i < hooks.length; i++) await hooks[i]!(db);
  return result;
}

/** A bigint column as a number (epoch ms and counters fit in 2^53). */
export function num(value: unknown): number {
  return typeof value === 'number' ? value : Number(value);
}

/** A nullable bigint column. */
export function numOrNull(value: unknown): number | null {
  return value === null || value === undefined ? null : num(value);
}
