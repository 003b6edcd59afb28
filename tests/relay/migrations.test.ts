import { afterEach, describe, expect, it, vi } from 'vitest';
import { sweep } from '../../relay/deadlines/sweeper';
import { migrate, migrations, schemaVersion } from '../../relay/store/migrate';
import { openPostgres } from '../../relay/store/postgres';
import type { Store } from '../../relay/store/store';
import { freshPglite, freshPostgres, STORES } from './helpers';

vi.setConfig({ testTimeout: 90_000, hookTimeout: 60_000 });

// A relay upgraded in place: a database written by schema 1 (before the ladder existed) is
// migrated at start, keeps every row, and its live session's passed deadline is alerted.

const T = Date.UTC(2026, 5, 1, 12);
const CLINIC = '11111111-1111-4111-8111-111111111111';
const SESSION = '22222222-2222-4222-8222-222222222222';

async function open(kind: 'pglite' | 'postgres'): Promise<[Store, () => Promise<void>]> {
  if (kind === 'pglite') return [await freshPglite(0), async () => {}];
  const pg = await freshPostgres();
  return [await openPostgres(pg.url, 2), pg.drop];
}

describe('the PostgreSQL run', () => {
  it('is never skipped in CI (scripts/with-postgres.mjs sets the database URL)', () => {
    const ci = process.env.CI === 'true' || process.env.CI === '1';
    expect(!ci || STORES.includes('postgres')).toBe(true);
  });
});

describe.each(STORES)('migrations on %s', (kind) => {
  let store: Store | undefined;
  let drop = async () => {};
  afterEach(async () => {
    await store?.close();
    await drop();
  });

  it('are numbered from 1 with no gap, and applying them twice does nothing', async () => {
    expect(migrations().map((m) => m.version)).toEqual(migrations().map((_, i) => i + 1));
    [store, drop] = await open(kind);
    expect(await migrate(store, Infinity, T)).toEqual(migrations().map((m) => m.version));
    expect(await migrate(store, Infinity, T)).toEqual([]);
  });

  it('upgrade a database written by schema 1, keeping its rows and watching its deadline', async () => {
    [store, drop] = await open(kind);
    expect(await migrate(store, 1, T)).toEqual([1]);
    await store.query('INSERT INTO clinics VALUES ($1, $2, $3, $4)', [CLINIC, 'Old', 'k', T]);
    await store.query(
      `INSERT INTO sessions (id, clinic_id, missed_after_ms, last_seq, next_due_at, deadline_at,
         created_at, updated_at) VALUES ($1, $2, 300000, 0, $3, $4, $5, $5)`,
      [SESSION, CLINIC, T + 60_000, T + 360_000, T],
    );
    await store.query(
      `INSERT INTO events VALUES ($1, 0, 'started', $2, $3, 'e', 'c', '\\x00'::bytea, $2)`,
      [SESSION, T, T + 60_000],
    );
    await expect(store.query('SELECT * FROM alerts')).rejects.toThrow();

    expect(await migrate(store, Infinity, T)).toEqual(
      migrations()
        .slice(1)
        .map((m) => m.version),
    );
    expect(await schemaVersion(store)).toBe(migrations().length);
    const [s] = await store.query('SELECT * FROM sessions');
    expect([Number(s!.clinic_after_ms), Number(s!.backup_after_ms), s!.alerted_deadline]).toEqual([
      60_000,
      600_000,
      null,
    ]);
    expect(await store.query('SELECT seq FROM events')).toHaveLength(1);
    expect(await sweep(store, T + 360_000)).toEqual({ opened: 1, queued: 0 });
    const alerts = await store.query('SELECT session_id, deadline_at FROM alerts');
    expect(alerts.map((a) => [a.session_id, Number(a.deadline_at)])).toEqual([
      [SESSION, T + 360_000],
    ]);
  });
});
