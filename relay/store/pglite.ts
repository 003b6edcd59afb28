import { PGlite } from '@electric-sql/pglite';
import { inTx, type Db, type Row, type Store } from './store';

// The embedded store: PostgreSQL compiled to WebAssembly, in one data folder, one process.
// PGlite runs one query at a time; its transactions queue the rest, so SKIP LOCKED never skips.

/**
 * Opens (or creates) the PGlite database in `dataDir`; in memory when undefined, starting from
 * the dump `from` when given (tests: a dump loads in a fraction of a fresh initdb's time).
 */
export async function openPglite(dataDir: string | undefined, from?: Blob): Promise<Store> {
  const pg = await PGlite.create({
    ...(dataDir ? { dataDir } : {}),
    ...(from ? { loadDataDir: from } : {}),
  });
  const wrap = (q: Pick<PGlite, 'query' | 'exec'>): Db => ({
    async query<T extends Row>(text: string, params: readonly unknown[] = []) {
      const result = await q.query<T>(text, params as unknown[]);
      return result.rows;
    },
    async exec(text: string) {
      await q.exec(text);
    },
  });
  const db = wrap(pg);
  return {
    kind: 'pglite',
    query: db.query,
    exec: db.exec,
    tx: (fn) => pg.transaction((t) => inTx(wrap(t), fn)),
    async listen(channel, fn) {
      const stop = await pg.listen(channel, fn);
      return async () => stop();
    },
    close: () => pg.close(),
    dump: () => pg.dumpDataDir('none'),
  };
}
