import { serve, type ServerType } from '@hono/node-server';
import { getConnInfo } from '@hono/node-server/conninfo';
import type { Context } from 'hono';
import type { RelayConfig } from './config';
import { VERSION } from './config';
import { sweep } from './deadlines/sweeper';
import { relayApp } from './http/app';
import { rateLimiter } from './http/rate-limit';
import { deliverDue, type PushSender } from './push/deliver';
import { webPushSender } from './push/web-push-sender';
import { migrate } from './store/migrate';
import { openPglite } from './store/pglite';
import { openPostgres } from './store/postgres';
import { setupCode, vapidKeys } from './store/settings';
import type { Store } from './store/store';
import { tokenCache } from './store/tokens';
import { FeedHub } from './stream/hub';

// Starts a relay: store, migrations, keys, HTTP server, the sweeper and the push sender.

/** A running relay. */
export interface Relay {
  port: number;
  store: Store;
  hub: FeedHub;
  /** The set-up code when it was made at this start (printed once), else null. */
  setupCodeMadeNow: string | null;
  vapidPublicKey: string;
  /** Runs one sweep and one delivery now (tests with an injected clock). */
  tick(): Promise<void>;
  close(): Promise<void>;
}

/** Options tests may replace. */
export interface RelayOptions {
  now?: () => number;
  sender?: PushSender;
  /** Makes the sender from the relay's VAPID keys (wins over `sender`). */
  makeSender?: (vapid: { publicKey: string; privateKey: string }) => PushSender;
  /** Runs the sweeper and sender on timers (default true). */
  timers?: boolean;
  /** A store opened by the caller (migrated here all the same). */
  store?: Store;
}

function clientIp(trustProxy: boolean) {
  return (c: Context) => {
    if (trustProxy) {
      // The last hop is the one our own proxy added; earlier ones are the client's claim.
      const hops = (c.req.header('x-forwarded-for') ?? '').split(',').map((s) => s.trim());
      const last = hops.filter(Boolean).at(-1);
      if (last) return last;
    }
    return getConnInfo(c).remote.address ?? 'unknown';
  };
}

/** Opens the store the configuration names and brings its schema up to date. */
export async function openStore(cfg: Pick<RelayConfig, 'databaseUrl' | 'dataDir' | 'poolSize'>) {
  const store = cfg.databaseUrl
    ? await openPostgres(cfg.databaseUrl, cfg.poolSize)
    : await openPglite(cfg.dataDir);
  await migrate(store);
  return store;
}

/** Starts a relay with `cfg`. */
export async function startRelay(cfg: RelayConfig, opts: RelayOptions = {}): Promise<Relay> {
  const now = opts.now ?? Date.now;
  const store = opts.store ?? (await openStore(cfg));
  if (opts.store) await migrate(store);
  const setup = await setupCode(store, cfg.setupToken);
  const vapid = await vapidKeys(store);
  const sender = opts.makeSender?.(vapid) ?? opts.sender ?? webPushSender(vapid, cfg.vapidSubject);
  const hub = new FeedHub(store);
  await hub.start();
  const app = relayApp(
    {
      store,
      hub,
      now,
      version: VERSION,
      setupHash: setup.hash,
      vapidPublicKey: vapid.publicKey,
      ipLimiter: rateLimiter(cfg.ipRate),
      tokenLimiter: rateLimiter(cfg.tokenRate),
      tokens: tokenCache(),
      allowHttpPush: cfg.allowHttpPush,
      clientIp: clientIp(cfg.trustProxy),
    },
    cfg.distDir,
  );
  const server: ServerType = await new Promise((resolve) => {
    const s = serve({ fetch: app.fetch, port: cfg.port, hostname: cfg.host }, () => resolve(s));
  });
  // Longer than a load balancer's usual 60 s idle timeout, so the balancer closes first and
  // never reuses a connection the relay is closing.
  if ('keepAliveTimeout' in server) {
    server.keepAliveTimeout = 65_000;
    server.headersTimeout = 66_000;
  }
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : cfg.port;
  // The sweeper and the sender run apart: a slow push service never delays a deadline.
  const loop = (name: string, work: () => Promise<unknown>) => {
    let running: Promise<void> | null = null;
    const run = () =>
      (running ??= work()
        .then(() => undefined)
        .catch((e: unknown) => console.error(`relay: ${name} failed (will try again)`, e))
        .finally(() => (running = null)));
    return { run, idle: () => running ?? Promise.resolve() };
  };
  const sweeper = loop('sweep', () => sweep(store, now()));
  const sending = loop('push', async () => {
    while ((await deliverDue(store, sender, now)) > 0);
  });
  const tick = async () => {
    await sweeper.run();
    await sending.run();
  };
  const timers =
    opts.timers === false
      ? []
      : [
          // A sweep that queued alarms hands them over at once, not at the sender's next turn.
          setInterval(() => void sweeper.run().then(() => sending.run()), cfg.sweepMs),
          setInterval(() => void sending.run(), Math.min(250, cfg.sweepMs)),
        ];
  return {
    port,
    store,
    hub,
    setupCodeMadeNow: setup.madeNow,
    vapidPublicKey: vapid.publicKey,
    tick,
    async close() {
      for (const t of timers) clearInterval(t);
      await new Promise<void>((r) => {
        server.close(() => r());
        if ('closeAllConnections' in server) server.closeAllConnections();
      });
      await Promise.all([sweeper.idle(), sending.idle()]);
      await hub.close();
      await store.close();
    },
  };
}
