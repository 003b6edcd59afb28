import type { Workbox } from 'workbox-window';

// The Content-Security-Policy asks for Trusted Types (require-trusted-types-for 'script'), so
// where the browser enforces them, registering a service worker takes a TrustedScriptURL, not a
// string. The one policy the CSP allows ('sitwell-sw') makes exactly one: the app's own worker.

const SW_URL = '/sw.js';
type ScriptUrl = ConstructorParameters<typeof Workbox>[0];
interface TrustedTypes {
  createPolicy(
    name: string,
    rules: { createScriptURL: (url: string) => string },
  ): { createScriptURL: (url: string) => ScriptUrl };
}

/** The service worker's address, as a TrustedScriptURL where the browser has Trusted Types. */
export function serviceWorkerUrl(): ScriptUrl {
  const tt = (globalThis as { trustedTypes?: TrustedTypes }).trustedTypes;
  if (!tt) return SW_URL;
  const policy = tt.createPolicy('sitwell-sw', {
    createScriptURL: (url) => {
      if (url !== SW_URL) throw new TypeError(`Not Sitwell's service worker: ${url}`);
      return url;
    },
  });
  return policy.createScriptURL(SW_URL);
}
