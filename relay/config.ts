import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { RateSpec } from './http/rate-limit';

// The relay's settings from its environment, each with a default that works on one machine.

/** Everything startRelay needs to know. */
export interface RelayConfig {
  port: number;
  host: string;
  /** postgres://… selects PostgreSQL; otherwise PGlite in dataDir. */
  databaseUrl: string | undefined;
  dataDir: string | undefined;
  distDir: string | undefined;
  setupToken: string | undefined;
  vapidSubject: string;
  ipRate: RateSpec;
  tokenRate: RateSpec;
  trustProxy: boolean;
  allowHttpPush: boolean;
  sweepMs: number;
  poolSize: number;
}

const root = fileURLToPath(new URL('..', import.meta.url));

/** The version in package.json (health reports it). */
export const VERSION = (
  JSON.parse(readFileSync(`${root}package.json`, 'utf8')) as { version: string }
).version;

function int(env: NodeJS.ProcessEnv, name: string, dflt: number, min = 1): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return dflt;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < min) throw new Error(`${name} must be a whole number ≥ ${min}`);
  return n;
}

/** Reads the configuration; throws a plain sentence on a bad value. */
export function configFromEnv(env: NodeJS.ProcessEnv = process.env): RelayConfig {
  const subject = env.SITWELL_VAPID_SUBJECT ?? 'mailto:relay-owner@example.invalid';
  if (!/^(mailto:|https:)/.test(subject))
    throw new Error('SITWELL_VAPID_SUBJECT must start with mailto: or https:');
  const url = env.DATABASE_URL;
  if (url && !/^postgres(ql)?:\/\//.test(url))
    throw new Error('DATABASE_URL must be a postgres:// URL');
  return {
    port: int(env, 'PORT', 4173),
    host: env.HOST ?? '0.0.0.0',
    databaseUrl: url || undefined,
    dataDir: env.SITWELL_DATA ?? `${root}.sitwell-data`,
    distDir: `${root}dist`,
    setupToken: env.SITWELL_SETUP_TOKEN || undefined,
    vapidSubject: subject,
    ipRate: { perS: int(env, 'SITWELL_RATE_IP', 20), burst: int(env, 'SITWELL_BURST_IP', 200) },
    tokenRate: {
      perS: int(env, 'SITWELL_RATE_TOKEN', 5),
      burst: int(env, 'SITWELL_BURST_TOKEN', 60),
    },
    trustProxy: env.SITWELL_TRUST_PROXY === '1',
    allowHttpPush: env.SITWELL_ALLOW_HTTP_PUSH === '1',
    sweepMs: int(env, 'SITWELL_SWEEP_MS', 1000),
    poolSize: int(env, 'SITWELL_DB_POOL', 10),
  };
}
