import webpush from 'web-push';
import type { Store } from './store';
import { hashSecret, randomSecret } from './tokens';

// Values the relay makes once and keeps: the set-up code's hash and the VAPID key pair. Two
// processes starting together may both make one: the first insert wins and both read it back.

async function keep(store: Store, key: string, make: () => string): Promise<[string, boolean]> {
  const fresh = make();
  const won = await store.query(
    'INSERT INTO settings (key, value) VALUES ($1, $2) ON CONFLICT DO NOTHING RETURNING key',
    [key, fresh],
  );
  const [row] = await store.query<{ value: string }>('SELECT value FROM settings WHERE key = $1', [
    key,
  ]);
  return [row!.value, won.length > 0];
}

/**
 * The set-up code's SHA-256, and the code itself only when it was made just now (to print once).
 * SITWELL_SETUP_TOKEN, when set, is the code and nothing is stored.
 */
export async function setupCode(
  store: Store,
  fromEnv: string | undefined,
): Promise<{ hash: Buffer; madeNow: string | null }> {
  if (fromEnv) return { hash: hashSecret(fromEnv), madeNow: null };
  let code = '';
  const [hex, made] = await keep(store, 'setup_code_sha256', () => {
    code = randomSecret(24);
    return hashSecret(code).toString('hex');
  });
  return { hash: Buffer.from(hex, 'hex'), madeNow: made ? code : null };
}

/** The relay's VAPID key pair, made at first start. */
export async function vapidKeys(store: Store): Promise<{ publicKey: string; privateKey: string }> {
  const [json] = await keep(store, 'vapid_keys', () => JSON.stringify(webpush.generateVAPIDKeys()));
  return JSON.parse(json) as { publicKey: string; privateKey: string };
}
