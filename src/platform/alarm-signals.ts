// The non-audio alarm channels: vibration, a service-worker notification and the app badge.
// Each is best effort: a browser without one still gets the others and the on-screen alert.

const TAG = 'sitwell-check-in';

/** Vibrate in a pattern, where the device supports it. */
export function vibrate(pattern: number[]): void {
  navigator.vibrate?.(pattern);
}

/** Ask for notification permission (call from a tap). Returns the resulting permission. */
export async function requestNotifications(): Promise<NotificationPermission | 'unsupported'> {
  if (!('Notification' in globalThis)) return 'unsupported';
  if (Notification.permission !== 'default') return Notification.permission;
  return Notification.requestPermission();
}

/** Current notification permission. */
export function notificationPermission(): NotificationPermission | 'unsupported' {
  return 'Notification' in globalThis ? Notification.permission : 'unsupported';
}

/** How long to wait for the service worker to become active before notifying from the page. */
const READY_TIMEOUT_MS = 3000;

/**
 * The active service worker registration, waiting up to READY_TIMEOUT_MS for one that is still
 * installing (the very first session after install); undefined when there is none in time.
 */
async function activeRegistration(): Promise<ServiceWorkerRegistration | undefined> {
  if (!('serviceWorker' in navigator)) return undefined;
  const current = await navigator.serviceWorker.getRegistration();
  if (current?.active) return current;
  if (!current) return undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<undefined>((resolve) => {
    timer = setTimeout(() => resolve(undefined), READY_TIMEOUT_MS);
  });
  try {
    return await Promise.race([navigator.serviceWorker.ready, late]);
  } finally {
    clearTimeout(timer);
  }
}

/** Notifications shown by the page itself, when no service worker could show one. */
const pageNotices = new Set<Notification>();

/**
 * Show (or replace) the check-in notification: through the service worker where one is active,
 * else from the page, so the first session after install (worker still installing) still notifies.
 */
export async function showCheckInNotification(
  title: string,
  body: string,
  tag: string = TAG,
): Promise<boolean> {
  if (notificationPermission() !== 'granted') return false;
  // renotify: sound/vibrate again when replacing; requireInteraction: stays until acted on.
  const options = {
    body,
    tag,
    renotify: true,
    requireInteraction: true,
    icon: '/icons/icon-192.png',
  } as NotificationOptions;
  try {
    const reg = await activeRegistration();
    if (reg?.active) {
      await reg.showNotification(title, options);
      return true;
    }
  } catch {
    // "No active registration" and the like: fall through to a page notification.
  }
  try {
    const notice = new Notification(title, options);
    pageNotices.add(notice);
    notice.onclose = () => pageNotices.delete(notice);
    return true;
  } catch {
    // Some browsers (Android Chrome) allow notifications only through a service worker.
    return false;
  }
}

/** Remove the check-in notification once the sitter has checked in. */
export async function clearCheckInNotification(): Promise<void> {
  for (const n of pageNotices) n.close();
  pageNotices.clear();
  if (!('serviceWorker' in navigator)) return;
  const reg = await navigator.serviceWorker.getRegistration();
  const open = (await reg?.getNotifications({ tag: TAG })) ?? [];
  for (const n of open) n.close();
}

/** Set or clear the app-icon badge (installed app), where supported. */
export function setBadge(count: number): void {
  const nav = navigator as Navigator & {
    setAppBadge?: (n?: number) => Promise<void>;
    clearAppBadge?: () => Promise<void>;
  };
  const p = count > 0 ? nav.setAppBadge?.(count) : nav.clearAppBadge?.();
  p?.catch(() => undefined);
}
