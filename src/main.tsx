import './styles.css';
import { render } from 'preact';
import { App } from './app/App';
import { afterLoadAndIdle } from './app/lazy';
import { preloadRunningSession } from './app/Routes';

preloadRunningSession();
render(<App />, document.getElementById('app')!);

// The service worker once the page has loaded and gone idle: registering checks for an update and
// a first install precaches every file, neither of which may hold up the first screen or a running
// session's countdown. Its code (and workbox-window) loads only then.
const startPwa = (): void =>
  void import('./pwa/pwa-state')
    .then((pwa) => pwa.startPwa())
    .catch((err: unknown) => console.warn('Service worker registration failed', err));
afterLoadAndIdle(startPwa);
