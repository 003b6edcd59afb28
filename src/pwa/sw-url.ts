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

let url: ScriptUrl | undefined;

/**
 * The service worker's address, as a TrustedScriptURL where the browser has Trusted Types. Made
 * once: the CSP allows one policy of that name per page.
 */
export function serviceWorkerUrl(): ScriptUrl {
  url ??= trusted();
  return url;
}

function trusted(): ScriptUrl {
  const tt = (globalThis as { trustedTypes?: TrustedTypes }).trustedTypes;
  if (!tt) return SW_URL;
  const policy = tt.createPolicy('sitwell-sw', {
    createScriptURL: (u) => {
      if (u !== SW_URL) throw new TypeError(`Not Sitwell's service worker: ${u}`);
      return u;
    },
  });
  return policy.createScriptURL(SW_URL);
}
