import { fromBase64Url } from '../domain/parse/base64';
import { readPushKey, readPushSubscription } from '../domain/relay/wire';
import type { PushSubscriptionJSON } from '../domain/relay/wire';

// The backup alarm's subscription: Web Push from the relay, for when the page cannot ring. Only
// where the browser allows it: an iPhone or iPad delivers push only to Sitwell added to the Home
// Screen (iOS 16.4 and later), and a refused permission stays refused until the sitter changes it.

/** Whether this browser can get the backup alarm now, and if not, why. */
export type BackupAlarmSupport = 'ready' | 'needs-home-screen' | 'unsupported' | 'denied';

/** Why a subscription did not happen. */
export type SubscribeProblem =
  Exclude<BackupAlarmSupport, 'ready'> | 'no-worker' | 'offline' | 'no-push-service';

/** A subscription to hand to `PUT /api/v1/sessions/:id/push`, or why there is none. */
export type SubscribeResult =
  | { ok: true; subscription: PushSubscriptionJSON }
  | { ok: false; reason: SubscribeProblem; message: string };

/** The plain sentence for each problem. */
export const SUBSCRIBE_MESSAGES: Record<SubscribeProblem, string> = {
  'needs-home-screen':
    'On an iPhone or iPad the backup alarm needs Sitwell on the Home Screen first.',
  unsupported: 'This browser cannot receive the backup alarm. Sitwell’s own alarm still works.',
  denied: 'Notifications are turned off for Sitwell, so the backup alarm cannot reach you.',
  'no-worker': 'Sitwell’s offline support is not running yet. Reload Sitwell and try again.',
  offline:
    'Sitwell could not reach the server to set up the backup alarm. Try again when you are online.',
  'no-push-service':
    'The browser’s push service did not answer, so the backup alarm is off. Try again later.',
};

/** The relay's public push key, from the same origin. */
export const PUSH_KEY_PATH = '/api/v1/push/key';

/** How long to wait for the service worker before giving up. */
const WORKER_WAIT_MS = 10_000;

function problem(reason: SubscribeProblem): SubscribeResult {
  return { ok: false, reason, message: SUBSCRIBE_MESSAGES[reason] };
}

/** An iPhone, iPad or iPod (iPadOS reports itself as a Mac with a touch screen). */
function isIos(): boolean {
  const ua = navigator.userAgent ?? '';
  if (/iPhone|iPad|iPod/.test(ua)) return true;
  return /Macintosh/.test(ua) && (navigator.maxTouchPoints ?? 0) > 1;
}

/** Opened from the Home Screen (or installed elsewhere) rather than in a browser tab. */
function isInstalled(): boolean {
  if ((navigator as Navigator & { standalone?: boolean }).standalone === true) return true;
  return typeof matchMedia === 'function' && matchMedia('(display-mode: standalone)').matches;
}

/** Whether the backup alarm can be set up here, and what stands in the way if not. */
export function backupAlarmSupport(): BackupAlarmSupport {
  if (typeof navigator === 'undefined') return 'unsupported';
  if (isIos() && !isInstalled()) return 'needs-home-screen';
  const push = 'serviceWorker' in navigator && 'PushManager' in globalThis;
  if (!push || !('Notification' in globalThis)) return 'unsupported';
  return Notification.permission === 'denied' ? 'denied' : 'ready';
}

/** Fetches the relay's VAPID public key (same origin, never redirected elsewhere). */
export async function fetchPushKey(): Promise<string> {
  const res = await fetch(PUSH_KEY_PATH, {
    mode: 'same-origin',
    credentials: 'omit',
    redirect: 'error',
    cache: 'no-store',
    headers: { accept: 'application/json' },
  });
  if (!res.ok) throw new Error(`push key: HTTP ${res.status}`);
  const key = readPushKey(await res.json());
  if (!key) throw new Error('push key: not a P-256 public key');
  return key;
}

async function readyRegistration(): Promise<ServiceWorkerRegistration | undefined> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<undefined>(
    (r) => (timer = setTimeout(() => r(undefined), WORKER_WAIT_MS)),
  );
  try {
    return await Promise.race([navigator.serviceWorker.ready, late]);
  } finally {
    clearTimeout(timer);
  }
}

function sameBytes(a: ArrayBuffer | null | undefined, b: Uint8Array): boolean {
  if (!a || a.byteLength !== b.length) return false;
  const x = new Uint8Array(a);
  return x.every((byte, i) => byte === b[i]);
}

function asJson(sub: PushSubscription): SubscribeResult {
  const subscription = readPushSubscription(sub.toJSON());
  return subscription ? { ok: true, subscription } : problem('no-push-service');
}

/**
 * Subscribes this browser to the relay's pushes (call from a tap: it may ask for notification
 * permission). An existing subscription with the same key is reused; one made with another key
 * is replaced. Resolves with the subscription's JSON, or the reason and a plain sentence.
 */
export async function subscribeBackupAlarm(
  fetchKey: () => Promise<string> = fetchPushKey,
): Promise<SubscribeResult> {
  const support = backupAlarmSupport();
  if (support !== 'ready') return problem(support);
  // Asked first, while the tap still counts as the sitter's own (Safari requires it).
  if (Notification.permission === 'default') {
    const answer = await Notification.requestPermission().catch(() => 'denied' as const);
    if (answer !== 'granted') return problem('denied');
  }
  const reg = await readyRegistration();
  if (!reg) return problem('no-worker');
  let key: Uint8Array<ArrayBuffer> | undefined;
  try {
    key = fromBase64Url(await fetchKey());
  } catch {
    return problem('offline');
  }
  if (!key || key.length !== 65) return problem('offline');
  try {
    const existing = await reg.pushManager.getSubscription();
    if (existing && sameBytes(existing.options.applicationServerKey, key)) return asJson(existing);
    if (existing) await existing.unsubscribe();
    const sub = await reg.pushManager.subscribe({
      userVisibleOnly: true,
      applicationServerKey: key,
    });
    return asJson(sub);
  } catch (err) {
    if ((err as { name?: string } | null)?.name === 'NotAllowedError') return problem('denied');
    return problem(navigator.onLine === false ? 'offline' : 'no-push-service');
  }
}

/** Ends this browser's push subscription, if any (after the session, or when declined). */
export async function unsubscribeBackupAlarm(): Promise<boolean> {
  if (typeof navigator === 'undefined' || !('serviceWorker' in navigator)) return false;
  const reg = await navigator.serviceWorker.getRegistration();
  const sub = await reg?.pushManager?.getSubscription();
  if (!sub) return false;
  return sub.unsubscribe().catch(() => false);
}
