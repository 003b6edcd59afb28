import type { AlertKind, Rung } from './ladder';

// What a push message says. Calm, plain, one instruction; no names and no content (the relay
// knows none). The service worker shows `title` and `body` and opens `open` when tapped.

/** The kinds of push message the relay sends. */
export type PushKind = AlertKind | 'all-clear' | 'acknowledged';

/** A push payload as the app's service worker reads it. */
export interface PushPayload {
  kind: PushKind;
  sessionId: string;
  alertId: string;
  rung: Rung;
  round: number;
  title: string;
  body: string;
  /** The app path the notification opens. */
  open: string;
}

const OVERDUE: Record<Rung, { title: string; body: string }> = {
  sitter: { title: 'Check-in overdue: open Sitwell', body: 'Check on them now.' },
  clinic: { title: 'A session is overdue', body: 'Open the board and call the sitter.' },
  backup: { title: 'A Sitwell check-in is overdue', body: 'Nobody has answered. Call the sitter.' },
};

const EMERGENCY: Record<Rung, { title: string; body: string }> = {
  sitter: { title: 'Emergency recorded', body: 'Follow the emergency steps in Sitwell.' },
  clinic: { title: 'Emergency in a session', body: 'Open the board and call the sitter now.' },
  backup: { title: 'Emergency in a Sitwell session', body: 'Call the sitter now.' },
};

/** What the sitter's phone says once the clinic has acknowledged an alert. */
export const SITTER_ACKNOWLEDGED = {
  title: 'The clinic knows: they’ll call you',
  body: 'Keep your phone close so you can answer.',
};

/** The buttons on the sitter's overdue notification. */
export const PUSH_ACTIONS = { checkIn: 'Check in', wrong: 'Something’s wrong' } as const;

/**
 * Shown when a push cannot be read (a malformed or unknown payload): a push that shows nothing is
 * an alarm lost, so it still asks the sitter to look.
 */
export const PUSH_FALLBACK = {
  title: 'Open Sitwell',
  body: 'Sitwell has a message about the session. Open it to see.',
};

/** The words for one message. */
export function pushWords(kind: PushKind, rung: Rung): { title: string; body: string } {
  if (kind === 'overdue') return OVERDUE[rung];
  if (kind === 'emergency') return EMERGENCY[rung];
  if (kind === 'all-clear')
    return {
      title: 'All clear',
      body: rung === 'sitter' ? 'Your check-in arrived.' : 'The sitter has checked in.',
    };
  if (rung === 'sitter') return SITTER_ACKNOWLEDGED;
  return { title: 'Someone is on it', body: 'The alert was acknowledged; they are calling.' };
}

/** Where a notification leads: the sitter to the check-in, the clinic to the session's row. */
export function pushOpens(kind: PushKind, rung: Rung, sessionId: string): string {
  if (rung === 'clinic') return `/clinic/session/${sessionId}`;
  if (rung === 'backup') return `/watch/${sessionId}`;
  if (kind === 'emergency') return '/session/emergency';
  return kind === 'overdue' ? '/session/check-in' : '/session';
}
