// The app's side of the session shell (public/shell.js): the snapshot it paints from, kept beside
// the log. The shell gives way by itself as soon as the app shows a screen of its own.

const KEY = 'sitwell:reopen';

/**
 * What the shell needs to paint the session screen's top; written after every saved entry and
 * removed while a write is under way (state/use-reopen-snapshot.ts).
 */
export interface ShellSnapshot {
  v: 1;
  sessionId: string;
  /** The last saved entry it was written after: the shell paints nothing before its time. */
  lastSeq: number;
  lastAt: number;
  anchorAt: number;
  nextDueAt: number;
  intervalMin: number;
  doseAt: number | null;
  /** The call button's words and link, as the session screen shows them. */
  number: string;
  href: string;
}

/** Store the snapshot, or remove it (undefined) when the shell must show nothing. */
export function writeShellSnapshot(snapshot: ShellSnapshot | undefined): void {
  try {
    if (snapshot) globalThis.localStorage?.setItem(KEY, JSON.stringify(snapshot));
    else globalThis.localStorage?.removeItem(KEY);
  } catch {
    // Only a head start: without it, reopening waits for the app.
  }
}
