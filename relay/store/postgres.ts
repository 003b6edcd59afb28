import postgres from 'postgres';
import { inTx, type Db, type Row, type Store } from './store';

// PostgreSQL through the `postgres` driver: the same SQL as PGlite, a pool of connections, and
// LISTEN/NOTIFY across every relay process on the database.

/** Connects to `url` (postgres://…); `max` connections in the pool. */
export async function openPostgres(url: string, max = 10): Promise<Store> {
  const sql = postgres(url, {
    max,
    onnotice: () => {},
    // bigint (epoch ms) arrives as a string; callers read it with num().
    connection: { application_name: 'sitwell-relay' },
  });
  const wrap = (q: postgres.Sql | postgres.TransactionSql): Db => ({
    async query<T extends Row>(text: string, params: readonly unknown[] = []) {
      // Prepared once per connection and reused: the relay's statements are a fixed set.
      const rows = await q.unsafe(text, params as postgres.ParameterOrJSON<never>[], {
        prepare: params.length > 0,
      });
      return rows as unknown as T[];
    },
    async exec(text: string) {
      await q.unsafe(text);
    },
  });
  const db = wrap(sql);
  return {
    kind: 'postgres',
    query: db.query,
    exec: db.exec,
    tx: async (fn) => (await sql.begin((t) => inTx(wrap(t), fn))) as never,
    async listen(channel, fn) {
      const { unlisten } = await sql.listen(channel, fn);
      return unlisten;
    },
    close: () => sql.end({ timeout: 5 }),
  };
}
