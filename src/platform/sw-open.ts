import { appPath } from '../domain/relay/app-path';
import { navigate } from './router';

// A tap on a backup-alarm notification: the service worker asks the open page to show a screen
// (`{ type: 'open', path }`), and the page goes there in-app, so nothing reloads under a running
// alarm. The page answers on the message's port; a page that does not answer is navigated by the
// worker instead.

/**
 * Listens for the service worker's "open this screen" messages for as long as the page lives (or
 * until the returned function is called). Only in-app paths are followed.
 */
export function listenForOpenRequests(go: (path: string) => void = navigate): () => void {
  const container = typeof navigator === 'undefined' ? undefined : navigator.serviceWorker;
  if (!container) return () => undefined;
  const onMessage = (event: MessageEvent) => {
    const data = event.data as { type?: unknown; path?: unknown } | null;
    if (data?.type !== 'open') return;
    const path = appPath(data.path);
    if (!path) return;
    go(path);
    event.ports[0]?.postMessage({ type: 'opened', path });
  };
  container.addEventListener('message', onMessage);
  // Messages wait in a queue until the page starts them (or its document has loaded).
  container.startMessages();
  return () => container.removeEventListener('message', onMessage);
}
