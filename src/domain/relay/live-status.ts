import { formatDuration } from '../format/duration';

// The one quiet line on the session screen that says whether the clinic sees the session. Never
// a spinner, never a modal: a sentence the sitter can read at a glance, and what to do when the
// clinic cannot see it.

/** Where sending stands. */
export type LiveState =
  /** Everything so far is with the relay. */
  | { kind: 'sent'; lastSentAt: number }
  /** Updates are waiting and the relay cannot be reached (no connection, or it is down). */
  | { kind: 'offline'; waiting: number; lastSentAt?: number }
  /** Sending now or about to; nothing has failed. */
  | { kind: 'sending'; waiting: number; lastSentAt?: number }
  /** The relay refused this phone (its pass, or the clinic is unknown there). */
  | { kind: 'refused'; waiting: number }
  /** The clinic's key on the relay is not the one the patient agreed to: nothing is sent. */
  | { kind: 'key-changed'; waiting: number };

/** The line's words and tone; `help` says what to do when the clinic cannot see the session. */
export interface LiveLine {
  text: string;
  tone: 'ok' | 'warn' | 'error';
  help?: string;
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

const KEEP_GOING =
  'The timer, the alarm and the log work as before on this phone. If you need the clinic, ' +
  'call them.';

/** The status line for `state`, naming the clinic, at `now`. */
export function liveLine(state: LiveState, clinicName: string, now: number): LiveLine {
  const ago = (at: number) => {
    const s = Math.max(0, Math.round((now - at) / 1000));
    return s < 60 ? `${s} s ago` : `${formatDuration(now - at)} ago`;
  };
  switch (state.kind) {
    case 'sent':
      return {
        text: `${clinicName} sees this session · last sent ${ago(state.lastSentAt)}`,
        tone: 'ok',
      };
    case 'sending':
      return {
        text:
          state.lastSentAt === undefined
            ? `Connecting to ${clinicName}…`
            : `${clinicName} sees this session · last sent ${ago(state.lastSentAt)}`,
        tone: 'ok',
      };
    case 'offline':
      return {
        text:
          `Offline: ${plural(state.waiting, 'update', 'updates')} waiting, ` +
          `${state.waiting === 1 ? 'it goes' : 'they go'} when you’re back`,
        tone: 'warn',
        help:
          `${clinicName} cannot see new check-ins until this phone is back online. ` + KEEP_GOING,
      };
    case 'refused':
      return {
        text: `${clinicName} can’t see this session: their server refused this phone`,
        tone: 'error',
        help:
          'The link may have been withdrawn, or the session closed on the clinic’s side. ' +
          KEEP_GOING,
      };
    case 'key-changed':
      return {
        text: `${clinicName} can’t see this session: the clinic’s key has changed`,
        tone: 'error',
        help:
          'Sitwell sent nothing, because the key is not the one you both agreed to. Ask the ' +
          'clinic for a new link, and compare its fingerprint. ' +
          KEEP_GOING,
      };
  }
}
