import { configFromEnv } from './config';
import { startRelay } from './server';

// `npm start`: the relay on PORT (default 4173), serving dist/ and /api/v1/ on one origin.

try {
  const cfg = configFromEnv();
  const relay = await startRelay(cfg);
  const store = cfg.databaseUrl ? 'PostgreSQL (DATABASE_URL)' : `PGlite in ${cfg.dataDir}`;
  console.log(`relay: Sitwell on http://localhost:${relay.port}, store ${store}. Ctrl+C stops it.`);
  if (relay.setupCodeMadeNow)
    console.log(
      `relay: the set-up code for opening clinics (shown this once, keep it safe):\n` +
        `  ${relay.setupCodeMadeNow}\n` +
        `  (set SITWELL_SETUP_TOKEN to choose your own instead)`,
    );
  const stop = (signal: string) => {
    console.log(`relay: ${signal}, stopping.`);
    // A store that cannot be reached must not keep the process alive: give up after 5 s.
    setTimeout(() => process.exit(0), 5000).unref();
    void relay.close().then(() => process.exit(0));
  };
  process.once('SIGINT', () => stop('SIGINT'));
  process.once('SIGTERM', () => stop('SIGTERM'));
} catch (e) {
  console.error(`relay: could not start: ${e instanceof Error ? e.message : String(e)}`);
  process.exit(1);
}
