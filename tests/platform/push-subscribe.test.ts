import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  backupAlarmSupport,
  fetchPushKey,
  subscribeBackupAlarm,
  unsubscribeBackupAlarm,
} from '../../src/platform/push-subscribe';
import { toBase64Url } from '../../src/domain/parse/base64';

// The backup alarm's subscription with a fake PushManager and Notification: which browsers can
// have it, the Home Screen step on an iPhone, reuse of a subscription, and each refusal.

const KEY = new Uint8Array(65).map((_, i) => (i === 0 ? 4 : i));
const OTHER_KEY = new Uint8Array(65).map((_, i) => (i === 0 ? 4 : 200 - i));
const b64 = (bytes: Uint8Array) => toBase64Url(bytes);

const CHROME = 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 Chrome/140.0 Safari/537.36';
const IPHONE =
  'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 Version/17.5 Mobile/15E148 Safari/604.1';
const IPAD_AS_MAC =
  'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 Version/17.5 Safari/605.1.15';

class FakeSubscription {
  unsubscribed = false;
  constructor(
    readonly key: Uint8Array,
    readonly endpoint = 'https://push.example/send/abc',
  ) {}
  get options() {
    return { applicationServerKey: this.key.slice().buffer, userVisibleOnly: true };
  }
  toJSON() {
    return {
      endpoint: this.endpoint,
      expirationTime: null,
      keys: { p256dh: b64(KEY), auth: 'c2l0d2VsbC1hdXRoLTE2Yg' },
    };
  }
  async unsubscribe() {
    this.unsubscribed = true;
    return true;
  }
}

class FakePushManager {
  current: FakeSubscription | null = null;
  subscribeCalls: PushSubscriptionOptionsInit[] = [];
  failWith: string | null = null;
  async getSubscription() {
    return this.current;
  }
  async subscribe(opts: PushSubscriptionOptionsInit) {
    this.subscribeCalls.push(opts);
    if (this.failWith) throw new DOMException('refused', this.failWith);
    this.current = new FakeSubscription(new Uint8Array(opts.applicationServerKey as Uint8Array));
    return this.current;
  }
}

interface Env {
  ua?: string;
  touch?: number;
  standalone?: boolean;
  permission?: NotificationPermission;
  answer?: NotificationPermission;
  push?: boolean;
  worker?: boolean;
  onLine?: boolean;
}

function fakeBrowser(env: Env = {}) {
  const pushManager = new FakePushManager();
  const reg = { pushManager };
  const Notification = {
    permission: env.permission ?? 'granted',
    requestPermission: vi.fn(async () => {
      Notification.permission = env.answer ?? 'granted';
      return Notification.permission;
    }),
  };
  vi.stubGlobal('Notification', Notification);
  if (env.push !== false) vi.stubGlobal('PushManager', FakePushManager);
  vi.stubGlobal('matchMedia', (q: string) => ({
    matches: !!env.standalone && q.includes('standalone'),
  }));
  const serviceWorker = {
    ready: env.worker === false ? new Promise(() => undefined) : Promise.resolve(reg),
    getRegistration: async () => (env.worker === false ? undefined : reg),
  };
  vi.stubGlobal('navigator', {
    userAgent: env.ua ?? CHROME,
    maxTouchPoints: env.touch ?? 0,
    onLine: env.onLine ?? true,
    serviceWorker,
  });
  return { pushManager, Notification };
}

afterEach(() => {
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

describe('backupAlarmSupport', () => {
  it('is ready in a browser with push and notifications allowed or not yet asked', () => {
    fakeBrowser();
    expect(backupAlarmSupport()).toBe('ready');
    fakeBrowser({ permission: 'default' });
    expect(backupAlarmSupport()).toBe('ready');
  });

  it('asks an iPhone or iPad in Safari to add Sitwell to the Home Screen first', () => {
    fakeBrowser({ ua: IPHONE, push: false });
    expect(backupAlarmSupport()).toBe('needs-home-screen');
    fakeBrowser({ ua: IPAD_AS_MAC, touch: 5, push: false });
    expect(backupAlarmSupport()).toBe('needs-home-screen');
    fakeBrowser({ ua: IPHONE, standalone: true });
    expect(backupAlarmSupport()).toBe('ready');
    // A Mac with no touch screen is a Mac.
    fakeBrowser({ ua: IPAD_AS_MAC });
    expect(backupAlarmSupport()).toBe('ready');
  });

  it('says unsupported without push (an older iPhone on the Home Screen too), denied when refused', () => {
    fakeBrowser({ push: false });
    expect(backupAlarmSupport()).toBe('unsupported');
    fakeBrowser({ ua: IPHONE, standalone: true, push: false });
    expect(backupAlarmSupport()).toBe('unsupported');
    fakeBrowser({ permission: 'denied' });
    expect(backupAlarmSupport()).toBe('denied');
  });
});

describe('subscribeBackupAlarm', () => {
  it('asks for permission, subscribes with the relay’s key and returns the JSON for the relay', async () => {
    const { pushManager, Notification } = fakeBrowser({ permission: 'default' });
    const r = await subscribeBackupAlarm(async () => b64(KEY));
    expect(Notification.requestPermission).toHaveBeenCalledTimes(1);
    expect(r).toEqual({
      ok: true,
      subscription: expect.objectContaining({ endpoint: 'https://push.example/send/abc' }),
    });
    expect(pushManager.subscribeCalls).toHaveLength(1);
    expect(pushManager.subscribeCalls[0]!.userVisibleOnly).toBe(true);
    expect([...(pushManager.subscribeCalls[0]!.applicationServerKey as Uint8Array)]).toEqual([
      ...KEY,
    ]);
  });

  it('reuses a subscription made with the same key, and replaces one made with another', async () => {
    const { pushManager } = fakeBrowser();
    const same = new FakeSubscription(KEY, 'https://push.example/send/same');
    pushManager.current = same;
    const r = await subscribeBackupAlarm(async () => b64(KEY));
    expect(r.ok && r.subscription.endpoint).toBe('https://push.example/send/same');
    expect(pushManager.subscribeCalls).toHaveLength(0);

    const old = new FakeSubscription(OTHER_KEY, 'https://push.example/send/old');
    pushManager.current = old;
    const again = await subscribeBackupAlarm(async () => b64(KEY));
    expect(old.unsubscribed).toBe(true);
    expect(pushManager.subscribeCalls).toHaveLength(1);
    expect(again.ok && again.subscription.endpoint).toBe('https://push.example/send/abc');
  });

  it('names each refusal in a plain sentence', async () => {
    fakeBrowser({ permission: 'default', answer: 'denied' });
    const refused = await subscribeBackupAlarm(async () => b64(KEY));
    expect(refused).toMatchObject({ ok: false, reason: 'denied' });
    expect(!refused.ok && refused.message).toMatch(/Notifications are turned off/);

    fakeBrowser({ ua: IPHONE, push: false });
    expect(await subscribeBackupAlarm(async () => b64(KEY))).toMatchObject({
      reason: 'needs-home-screen',
      message: expect.stringMatching(/Home Screen/),
    });

    fakeBrowser();
    const offline = await subscribeBackupAlarm(async () => {
      throw new TypeError('Failed to fetch');
    });
    expect(offline).toMatchObject({ reason: 'offline', message: expect.stringMatching(/online/) });
    expect(await subscribeBackupAlarm(async () => 'short')).toMatchObject({ reason: 'offline' });

    const { pushManager } = fakeBrowser();
    pushManager.failWith = 'AbortError';
    expect(await subscribeBackupAlarm(async () => b64(KEY))).toMatchObject({
      reason: 'no-push-service',
      message: expect.stringMatching(/push service did not answer/),
    });
    pushManager.failWith = 'NotAllowedError';
    expect(await subscribeBackupAlarm(async () => b64(KEY))).toMatchObject({ reason: 'denied' });
    // A subscription the relay would refuse (no usable endpoint) is not handed on.
    pushManager.failWith = null;
    pushManager.current = new FakeSubscription(KEY, 'not a url');
    expect(await subscribeBackupAlarm(async () => b64(KEY))).toMatchObject({
      reason: 'no-push-service',
    });
  });

  it('gives up after ten seconds without a service worker', async () => {
    vi.useFakeTimers();
    fakeBrowser({ worker: false });
    const r = subscribeBackupAlarm(async () => b64(KEY));
    await vi.advanceTimersByTimeAsync(10_000);
    expect(await r).toMatchObject({ ok: false, reason: 'no-worker' });
  });
});

describe('fetchPushKey and unsubscribeBackupAlarm', () => {
  it('fetches the key from this origin only and checks its shape', async () => {
    const fetch = vi.fn(async () => new Response(JSON.stringify({ publicKey: b64(KEY) })));
    vi.stubGlobal('fetch', fetch);
    expect(await fetchPushKey()).toBe(b64(KEY));
    expect(fetch).toHaveBeenCalledWith(
      '/api/v1/push/key',
      expect.objectContaining({ mode: 'same-origin', redirect: 'error', credentials: 'omit' }),
    );
    fetch.mockResolvedValueOnce(new Response(JSON.stringify({ publicKey: 'nope' })));
    await expect(fetchPushKey()).rejects.toThrow();
    fetch.mockResolvedValueOnce(new Response('{}', { status: 503 }));
    await expect(fetchPushKey()).rejects.toThrow(/503/);
  });

  it('ends the subscription there is, and says when there was none', async () => {
    const { pushManager } = fakeBrowser();
    expect(await unsubscribeBackupAlarm()).toBe(false);
    const sub = new FakeSubscription(KEY);
    pushManager.current = sub;
    expect(await unsubscribeBackupAlarm()).toBe(true);
    expect(sub.unsubscribed).toBe(true);
  });
});
