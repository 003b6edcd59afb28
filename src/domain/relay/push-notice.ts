import * as v from 'valibot';
import { PUSH_ACTIONS, PUSH_FALLBACK, pushOpens, pushWords, type PushPayload } from './messages';
import { appPath } from './app-path';
import { UUID } from './wire';

// What the service worker does with a push from the relay, as a pure decision: show (or replace)
// a notification, or close a session's notifications. The words come from messages.ts, not from
// the payload, so the sitter always reads the app's own sentences. A payload that cannot be read
// still shows a plain "Open Sitwell": a push that shows nothing is an alarm lost.

/** Notifications for one session share a tag, so each new one replaces the last. */
export const SESSION_TAG_PREFIX = 'sitwell-session-';
/** The tag of the fallback notice for a payload that could not be read. */
export const FALLBACK_TAG = 'sitwell-push';
/** Where the fallback notice leads: the running session (home when there is none). */
export const FALLBACK_OPEN = '/session';

/** The paths behind the overdue notification's buttons, by action id. */
export const SITTER_ACTION_PATHS = {
  'check-in': '/session/check-in',
  wrong: '/session/wrong',
} as const;

/** A button on a notification. */
export interface NoticeAction {
  action: string;
  title: string;
}

/** What a notification carries for its click: the path a tap opens, and one per button. */
export interface NoticeData {
  source: 'sitwell-push';
  open: string;
  actions: Record<string, string>;
}

/** Show (or, with the same tag, replace) a notification. */
export interface ShowNotice {
  type: 'show';
  title: string;
  options: {
    body: string;
    tag: string;
    requireInteraction: boolean;
    renotify: boolean;
    silent: boolean;
    actions: NoticeAction[];
    icon: string;
    data: NoticeData;
  };
}

/**
 * Close every notification with this tag. A push must show something when no Sitwell window is
 * on screen (Chrome shows its own "updated in the background" otherwise, and Safari withdraws a
 * subscription whose pushes show nothing), so `quiet` is a silent notice for that case.
 */
export interface CloseNotices {
  type: 'close';
  tag: string;
  quiet: ShowNotice;
}

/** What the service worker does with one push. */
export type PushDecision = ShowNotice | CloseNotices;

const ICON = '/icons/icon-192.png';

const PayloadSchema = v.object({
  kind: v.picklist(['overdue', 'emergency', 'all-clear', 'acknowledged']),
  sessionId: UUID,
  alertId: v.string(),
  rung: v.picklist(['sitter', 'clinic', 'backup']),
  round: v.pipe(v.number(), v.integer(), v.minValue(0)),
  title: v.optional(v.string(), ''),
  body: v.optional(v.string(), ''),
  open: v.optional(v.unknown()),
});

/** A push's text read as a payload, or undefined when it is not one (not JSON, wrong fields). */
export function parsePushPayload(text: string | null | undefined): PushPayload | undefined {
  if (typeof text !== 'string' || text.length > 4096) return undefined;
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return undefined;
  }
  const parsed = v.safeParse(PayloadSchema, json);
  if (!parsed.success) return undefined;
  const p = parsed.output;
  const open = appPath(p.open) ?? pushOpens(p.kind, p.rung, p.sessionId);
  return { ...p, open };
}

/** The tag of one session's notifications. */
export function sessionTag(sessionId: string): string {
  return SESSION_TAG_PREFIX + sessionId;
}

function show(
  title: string,
  body: string,
  tag: string,
  open: string,
  alarm: boolean,
  actions: NoticeAction[] = [],
  actionPaths: Record<string, string> = {},
): ShowNotice {
  return {
    type: 'show',
    title,
    options: {
      body,
      tag,
      requireInteraction: alarm,
      renotify: alarm,
      silent: false,
      actions,
      icon: ICON,
      data: { source: 'sitwell-push', open, actions: actionPaths },
    },
  };
}

/** The notice for a push that could not be read. */
export function fallbackNotice(): ShowNotice {
  return show(PUSH_FALLBACK.title, PUSH_FALLBACK.body, FALLBACK_TAG, FALLBACK_OPEN, true);
}

/** What to do with a push whose text is `text` (the push message's data, or null for none). */
export function decidePush(text: string | null | undefined): PushDecision {
  const p = parsePushPayload(text);
  if (!p) return fallbackNotice();
  const tag = sessionTag(p.sessionId);
  const words = pushWords(p.kind, p.rung);
  if (p.kind === 'all-clear') {
    const quiet = show(
      words.title,
      words.body,
      tag,
      p.rung === 'sitter' ? '/session' : p.open,
      false,
    );
    return { type: 'close', tag, quiet: { ...quiet, options: { ...quiet.options, silent: true } } };
  }
  const alarm = p.kind !== 'acknowledged';
  if (p.rung !== 'sitter') return show(words.title, words.body, tag, p.open, alarm);
  if (p.kind === 'overdue')
    return show(
      words.title,
      words.body,
      tag,
      SITTER_ACTION_PATHS['check-in'],
      true,
      [
        { action: 'check-in', title: PUSH_ACTIONS.checkIn },
        { action: 'wrong', title: PUSH_ACTIONS.wrong },
      ],
      { ...SITTER_ACTION_PATHS },
    );
  if (p.kind === 'emergency') return show(words.title, words.body, tag, '/session/emergency', true);
  return show(words.title, words.body, tag, '/session', false);
}

/**
 * The path a click on a notification opens: the button's path, else the notification's own.
 * Undefined for a notification that is not a push notice (the app's own check-in notification).
 */
export function clickPath(data: unknown, action: string): string | undefined {
  if (typeof data !== 'object' || data === null) return undefined;
  const d = data as Partial<NoticeData>;
  if (d.source !== 'sitwell-push') return undefined;
  const byAction = action && d.actions ? appPath(d.actions[action]) : undefined;
  return byAction ?? appPath(d.open) ?? FALLBACK_OPEN;
}
