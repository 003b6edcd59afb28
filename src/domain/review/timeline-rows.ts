import type { SettledLevel } from './check-in-marks';
import type { FormatTime } from './patient-wording';
import type { SessionTimeline } from './timeline';

// The timeline as rows of a table, in time order: the text alternative of the timeline chart,
// and a plain list for anyone who prefers words to a drawing.

/** What a row is about (components use it for a class or an icon). */
export type TimelineRowKind =
  | 'dose'
  | 'check-in'
  | 'missed'
  | 'inward'
  | 'grounding'
  | 'note'
  | 'words'
  | 'escalation'
  | 'action'
  | 'ready'
  | 'end';

/** One row: when, what kind, and what happened in words. */
export interface TimelineRow {
  at: number;
  kind: TimelineRowKind;
  text: string;
}

/** The settled levels in words, most unsettled first. */
export const SETTLED_LABEL: Record<SettledLevel, string> = {
  0: 'very unsettled',
  1: 'distressed',
  2: 'anxious',
  3: 'a little restless',
  4: 'settled',
};

const TIER_TEXT = {
  emergency: 'Sitwell said: call emergency services',
  'call-provider': 'Sitwell said: call your provider',
  support: 'Sitwell suggested grounding',
} as const;

const ACTION_TEXT = {
  'called-emergency': 'Emergency services called',
  'called-provider': 'Your provider called',
  'provider-not-reached': 'Your provider could not be reached',
  'provider-no-answer': 'Your provider was tried again',
  'provider-approved': 'Your provider gave the go-ahead',
  resolved: 'Marked as resolved',
  other: 'Action noted',
} as const;

const lowerFirst = (s: string): string => s.charAt(0).toLowerCase() + s.slice(1);

function spanRows(t: SessionTimeline, time: FormatTime): TimelineRow[] {
  return [
    ...t.inward.map((s) => {
      const until = `until ${time(s.to)}${s.open ? ' or later' : ''}`;
      return {
        at: s.from,
        kind: 'inward' as const,
        text: `Turned inward${s.deep ? ', deeply' : ''}, ${until}`,
      };
    }),
    ...t.grounding.map((g) => ({
      at: g.from,
      kind: 'grounding' as const,
      text: g.open ? 'Grounding began' : `Grounding, until calm again at ${time(g.to)}`,
    })),
  ];
}

function eventRows(t: SessionTimeline): TimelineRow[] {
  return [
    ...t.checkIns.map((c) => {
      const how = c.settled === undefined ? '' : ` (${SETTLED_LABEL[c.settled]})`;
      return { at: c.at, kind: 'check-in' as const, text: `Check-in${how}: ${c.text}` };
    }),
    ...t.missed.map((at) => ({ at, kind: 'missed' as const, text: 'Check-in missed' })),
    ...t.notes.map((n) => ({
      at: n.at,
      kind: 'note' as const,
      text: `Your sitter noted: ${n.text}`,
    })),
    ...t.words.map((w) => ({ at: w.at, kind: 'words' as const, text: `You said: “${w.text}”` })),
    ...t.escalations.map((e) => {
      const why = e.reasons.length > 0 ? ` (${e.reasons.join(' ')})` : '';
      return { at: e.at, kind: 'escalation' as const, text: `${TIER_TEXT[e.tier]}${why}` };
    }),
    ...t.actions.map((a) => {
      const what = a.outcome
        ? `${ACTION_TEXT[a.action]} (${lowerFirst(a.outcome)})`
        : ACTION_TEXT[a.action];
      return { at: a.at, kind: 'action' as const, text: a.text ? `${what}: ${a.text}` : what };
    }),
  ];
}

/** Every row in time order (a stable sort keeps log order within the same moment). */
export function timelineRows(t: SessionTimeline, time: FormatTime): TimelineRow[] {
  const rows: TimelineRow[] = [];
  if (t.doseRecorded && t.doseAt !== undefined)
    rows.push({ at: t.doseAt, kind: 'dose', text: 'Dose taken' });
  rows.push(...spanRows(t, time), ...eventRows(t));
  if (t.readyAt !== undefined) rows.push({ at: t.readyAt, kind: 'ready', text: 'Ready to end' });
  if (t.endedAt !== undefined) rows.push({ at: t.endedAt, kind: 'end', text: 'Session ended' });
  return rows.sort((a, b) => a.at - b.at);
}
