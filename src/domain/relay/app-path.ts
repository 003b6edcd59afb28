// Which paths a notification (or the service worker's "open" message) may lead to: in-app ones
// only. Kept apart from push-notice.ts so the page's first screen loads no schema library.

/**
 * An in-app path: one leading slash, no second one (a `//host` path leaves the origin), no
 * backslash, no scheme, nothing past plain URL characters.
 */
const APP_PATH = /^\/(?![/\\])[A-Za-z0-9\-._~/%]*$/;

/** The path as given when it is an in-app path, else undefined. */
export function appPath(path: unknown): string | undefined {
  return typeof path === 'string' && path.length <= 200 && APP_PATH.test(path) ? path : undefined;
}
