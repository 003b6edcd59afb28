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

/** Show (or replace) the check-in notification through the service worker. */
export async function showCheckInNotification(title: string, body: string): Promise<boolean> {
  if (notificationPermission() !== 'granted' || !('serviceWorker' in navigator)) return false;
  const reg = await navigator.serviceWorker.getRegistration();
  if (!reg) return false;
  // renotify: sound/vibrate again when replacing; requireInteraction: stays until acted on.
  const options = {
    body,
    tag: TAG,
    renotify: true,
    requireInteraction: true,
    icon: '/icons/icon-192.png',
  };
  await reg.showNotification(title, options as NotificationOptions);
  return true;
}

/** Remove the check-in notification once the sitter has checked in. */
export async function clearCheckInNotification(): Promise<void> {
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
