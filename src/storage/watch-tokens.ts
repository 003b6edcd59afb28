// A backup contact's watch tokens, one per watched session, kept in this browser's localStorage
// (the link's "#t=" part is read once and then removed from the address bar).

const KEY = (id: string) => `sitwell.watch.${id}`;

/** The token for `relaySessionId`, if this browser was given one. */
export function readWatchToken(relaySessionId: string): string | undefined {
  try {
    return localStorage.getItem(KEY(relaySessionId)) ?? undefined;
  } catch {
    return undefined;
  }
}

/** Keep the token; false when this browser cannot store it (it then lasts only this visit). */
export function saveWatchToken(relaySessionId: string, token: string): boolean {
  try {
    localStorage.setItem(KEY(relaySessionId), token);
    return true;
  } catch {
    return false;
  }
}
