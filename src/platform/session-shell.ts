// The session shell (public/shell.js), a classic script that runs before the app: reopened
// mid-session at "/" or "/session", it paints the session screen's top (the same markup and
// words) into #shell from this snapshot, with the live countdown ticking, while the app stays
// hidden behind it (base.css); it gives way the moment the app shows a heading of its own, or
// after 10 s. With no snapshot, a damaged one, an entry waiting unsaved, the due time passed or
// the clock behind the log, it paints nothing. A tap on its buttons opens that screen. The
// snapshot is kept true to the log by state/use-reopen-snapshot.ts.

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
