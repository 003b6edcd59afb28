import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { num, type Store } from './store';

// Numbered SQL files in migrations/, run in order at start, each in its own transaction with its
// row in schema_migrations: a crash leaves a migration wholly applied or not at all. An advisory
// lock makes processes starting together on one PostgreSQL take turns.

const DIR = fileURLToPath(new URL('migrations/', import.meta.url));
const LOCK = 7_219_513; // any constant shared by every relay process

/** A migration file: its number, name and SQL. */
export interface Migration {
  version: number;
  name: string;
  sql: string;
}

/** The migration files, in order. */
export function migrations(): Migration[] {
  return readdirSync(DIR)
    .filter((f) => /^\d{3}_[a-z0-9_]+\.sql$/.test(f))
    .sort()
    .map((f) => ({ version: Number(f.slice(0, 3)), name: f, sql: readFileSync(DIR + f, 'utf8') }));
}

/** Applies every migration not yet applied, up to `upTo` (all by default); returns the versions. */
export async function migrate(store: Store, upTo = Infinity, now = Date.now()): Promise<number[]> {
  await store.tx(async (db) => {
    await db.query('SELECT pg_advisory_xact_lock($1)', [LOCK]);
    await db.exec(
      `CREATE TABLE IF NOT EXISTS schema_migrations
         (version integer PRIMARY KEY, name text NOT NULL, applied_at bigint NOT NULL)`,
    );
  });
  const applied: number[] = [];
  for (const m of migrations().filter((m) => m.version <= upTo)) {
    const done = await store.tx(async (db) => {
      await db.query('SELECT pg_advisory_xact_lock($1)', [LOCK]);
      const rows = await db.query('SELECT 1 FROM schema_migrations WHERE version = $1', [
        m.version,
      ]);
      if (rows.length > 0) return false;
      await db.exec(m.sql);
      await db.query('INSERT INTO schema_migrations VALUES ($1, $2, $3)', [m.version, m.name, now]);
      return true;
    });
    if (done) applied.push(m.version);
  }
  return applied;
}

/** The newest version applied. */
export async function schemaVersion(store: Store): Promise<number> {
  const [row] = await store.query('SELECT max(version) AS v FROM schema_migrations');
  return num(row?.v ?? 0);
}
