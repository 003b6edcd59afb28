/// <reference lib="webworker" />
import { clientsClaim } from 'workbox-core';
import {
  cleanupOutdatedCaches,
  createHandlerBoundToURL,
  precacheAndRoute,
} from 'workbox-precaching';
import { NavigationRoute, registerRoute } from 'workbox-routing';
import { onNotificationClick, onPush } from './push';

declare const self: ServiceWorkerGlobalScope & {
  __WB_MANIFEST: Array<{ url: string; revision: string | null }>;
};

// Every built file, lazy chunks included, is precached so the app runs with no server at all.
precacheAndRoute(self.__WB_MANIFEST);
cleanupOutdatedCaches();
// Any in-app path opens the app shell, offline too.
registerRoute(new NavigationRoute(createHandlerBoundToURL('index.html')));

// A new version waits until the page asks (it only asks when no session is running), so an
// update can never reload the app in the middle of a session.
self.addEventListener('message', (event) => {
  if ((event.data as { type?: string } | null)?.type === 'SKIP_WAITING') void self.skipWaiting();
});
// On first install there is no older worker to replace; taking control at once lets the page
// show notifications through this registration without a reload.
clientsClaim();

// The relay's backup alarm: each push shows, replaces or closes a notification (src/sw/push.ts).
self.addEventListener('push', (event) => {
  event.waitUntil(onPush(readPushText(event), self));
});

// A tap on the relay's notice opens the screen it names; on the app's own check-in notification
// it brings Sitwell to the front (or opens it).
self.addEventListener('notificationclick', (event) => {
  event.waitUntil(onNotificationClick(event.notification, event.action, self));
});

/** A push message's data as text; null when there is none or it cannot be read. */
function readPushText(event: PushEvent): string | null {
  try {
    return event.data?.text() ?? null;
  } catch {
    return null;
  }
}
