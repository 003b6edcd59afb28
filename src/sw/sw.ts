/// <reference lib="webworker" />
import { clientsClaim } from 'workbox-core';
import {
  cleanupOutdatedCaches,
  createHandlerBoundToURL,
  precacheAndRoute,
} from 'workbox-precaching';
import { NavigationRoute, registerRoute } from 'workbox-routing';

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

// Tapping a check-in notification brings Sitwell to the front (or opens it).
self.addEventListener('notificationclick', (event) => {
  event.notification.close();
  event.waitUntil(focusApp());
});

async function focusApp(): Promise<void> {
  const all = await self.clients.matchAll({ type: 'window', includeUncontrolled: true });
  const existing = all.find((c) => new URL(c.url).origin === self.location.origin);
  if (existing) {
    await existing.focus();
    return;
  }
  await self.clients.openWindow('/');
}
