import { clickPath, decidePush } from '../domain/relay/push-notice';

// The backup alarm's service-worker side: a push from the relay becomes a notification (or
// closes one), and a tap on it brings Sitwell to the screen it names. The types are the few
// members used, so the same code runs in the worker and in a test with fakes.

/** A shown notification. */
export interface NoticeLike {
  readonly tag: string;
  readonly data: unknown;
  close(): void;
}

/** A Sitwell window (a WindowClient). */
export interface WindowLike {
  readonly url: string;
  readonly focused?: boolean;
  readonly visibilityState?: string;
  focus(): Promise<unknown>;
  navigate?(url: string): Promise<unknown>;
  postMessage(message: unknown, transfer: Transferable[]): void;
}

/** What the handlers use of the worker's global scope. */
export interface WorkerScope {
  readonly location: { readonly origin: string };
  readonly registration: {
    showNotification(title: string, options: object): Promise<void>;
    getNotifications(filter?: { tag?: string }): Promise<readonly NoticeLike[]>;
  };
  readonly clients: {
    matchAll(options: {
      type: 'window';
      includeUncontrolled: boolean;
    }): Promise<readonly WindowLike[]>;
    openWindow(url: string): Promise<unknown>;
  };
}

/** How long a page has to answer "open this path" before the worker navigates it itself. */
export const OPEN_REPLY_MS = 1000;

async function appWindows(scope: WorkerScope): Promise<WindowLike[]> {
  const all = await scope.clients.matchAll({ type: 'window', includeUncontrolled: true });
  return all.filter((c) => new URL(c.url).origin === scope.location.origin);
}

/** Shows, replaces or closes notifications for one push (its data as text, null for none). */
export async function onPush(text: string | null, scope: WorkerScope): Promise<void> {
  const d = decidePush(text);
  if (d.type === 'show') {
    await scope.registration.showNotification(d.title, d.options);
    return;
  }
  for (const n of await scope.registration.getNotifications({ tag: d.tag })) n.close();
  const onScreen = (await appWindows(scope)).some(
    (c) => c.focused || c.visibilityState === 'visible',
  );
  if (!onScreen) await scope.registration.showNotification(d.quiet.title, d.quiet.options);
}

/** Asks a Sitwell page to open `path` itself; true when it answered that it did. */
function askPageToOpen(client: WindowLike, path: string): Promise<boolean> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    const done = (ok: boolean) => {
      clearTimeout(timer);
      channel.port1.close();
      resolve(ok);
    };
    const timer = setTimeout(() => done(false), OPEN_REPLY_MS);
    channel.port1.onmessage = (e: MessageEvent) =>
      done((e.data as { type?: unknown } | null)?.type === 'opened');
    try {
      client.postMessage({ type: 'open', path }, [channel.port2]);
    } catch {
      done(false);
    }
  });
}

/**
 * Brings Sitwell to `path`: the open window (focused first) is asked to go there in-app (no
 * reload, so a running alarm keeps ringing), else navigated; with no window, a new one opens.
 */
export async function openAppAt(scope: WorkerScope, path: string): Promise<void> {
  const url = new URL(path, scope.location.origin).href;
  const windows = await appWindows(scope);
  const client = windows.find((c) => c.focused) ?? windows[0];
  if (!client) {
    await scope.clients.openWindow(url);
    return;
  }
  await client.focus().catch(() => undefined);
  if (await askPageToOpen(client, path)) return;
  try {
    if (client.navigate && (await client.navigate(url))) return;
  } catch {
    // An uncontrolled window cannot be navigated by the worker: open one at the path instead.
  }
  await scope.clients.openWindow(url);
}

/** The app's own check-in notification: bring Sitwell to the front as it is (or open it). */
async function focusApp(scope: WorkerScope): Promise<void> {
  const existing = (await appWindows(scope))[0];
  if (existing) await existing.focus();
  else await scope.clients.openWindow('/');
}

/** A tap on a notification (or on one of its buttons, `action`). */
export async function onNotificationClick(
  notice: NoticeLike,
  action: string,
  scope: WorkerScope,
): Promise<void> {
  notice.close();
  const path = clickPath(notice.data, action);
  if (path === undefined) await focusApp(scope);
  else await openAppAt(scope, path);
}
