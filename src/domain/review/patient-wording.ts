import type { ActionMark, EscalationMark, SessionTimeline } from './timeline';

// Sentences for the patient, in the second person, about their own session. Gentle where the
// session was gentle; plain and complete where it was not: every emergency, every call to the
// provider and what was done is stated as it was logged. No clinical terms.

/** How to write a time of day (the caller passes the locale's own, e.g. Intl). */
export type FormatTime = (at: number) => string;

/** "about 40 minutes", "about an hour", "about 1 hour and 20 minutes" (rounded to 5 minutes). */
export function aboutDuration(ms: number): string {
  const minutes = Math.max(5, Math.round(Math.max(0, ms) / 300_000) * 5);
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  if (h === 0) return `about ${m} minutes`;
  const hours = h === 1 ? 'an hour' : `${h} hours`;
  if (m === 0) return `about ${hours}`;
  return `about ${h === 1 ? '1 hour' : hours} and ${m} minutes`;
}

/** The sitter's name, or "your sitter" when none was given. */
export function sitterOf(t: Pick<SessionTimeline, 'sitterName'>): string {
  return t.sitterName.trim() || 'your sitter';
}

const lowerFirst = (s: string): string => s.charAt(0).toLowerCase() + s.slice(1);

/** "You were deeply inward for about 40 minutes; Alex sat with you." (undefined without a peak) */
export function inwardSentence(t: SessionTimeline): string | undefined {
  const p = t.peak;
  if (!p) return undefined;
  const how = p.deep ? 'deeply inward' : 'turned inward';
  const sitter = sitterOf(t);
  if (p.to === p.from) return `At one check-in you were ${how}; ${sitter} sat with you.`;
  const still = p.open ? ', and still resting when the log ended' : '';
  return `You were ${how} for ${aboutDuration(p.to - p.from)}${still}; ${sitter} sat with you.`;
}

/** When they were ready, counted from the dose; said plainly when no check-in showed it. */
export function readySentence(t: SessionTimeline, time: FormatTime): string {
  if (t.readyAt === undefined)
    return 'No check-in recorded you as fully alert and ready to end before the log closed.';
  const since =
    t.doseAt !== undefined ? `, ${aboutDuration(t.readyAt - t.doseAt)} after the dose` : '';
  return `You were alert and ready to end at ${time(t.readyAt)}${since}.`;
}

/** One sentence per grounding span: when it got hard, and when they were calm again. */
export function groundingSentences(t: SessionTimeline, time: FormatTime): string[] {
  const sitter = sitterOf(t);
  return t.grounding.map((g) => {
    const hard = `At ${time(g.from)} things felt hard for a while`;
    const start = `${hard}, and ${sitter} helped you settle`;
    return g.open
      ? `${start}; the log does not show when you felt calm again.`
      : `${start}. You were calm again by ${time(g.to)}.`;
  });
}

const WHO_TO_CALL: Record<'emergency' | 'call-provider', string> = {
  emergency: 'call emergency services',
  'call-provider': 'call your provider',
};

function escalationSentence(e: EscalationMark, sitter: string, time: FormatTime): string {
  const tier = e.tier as 'emergency' | 'call-provider';
  const reasons = e.reasons.map((r) => lowerFirst(r.replace(/\.$/, '')));
  const why = reasons.length > 0 ? ` The reason: ${reasons.join('; ')}.` : '';
  return `At ${time(e.at)} Sitwell told ${sitter} to ${WHO_TO_CALL[tier]}.${why}`;
}

function actionSentence(a: ActionMark, sitter: string, time: FormatTime): string {
  const at = time(a.at);
  const note = a.text ? ` ${sitter} wrote: “${a.text}”` : '';
  switch (a.action) {
    case 'called-emergency':
      return `${sitter} called emergency services at ${at}.${note}`;
    case 'called-provider':
      return `${sitter} called your provider at ${at}.${note}`;
    case 'provider-not-reached':
      return `${sitter} tried to reach your provider at ${at} and could not get through.${note}`;
    case 'provider-no-answer':
      return `${sitter} tried your provider at ${at} and kept trying.${note}`;
    case 'provider-approved':
      return `Your provider gave the go-ahead at ${at}.${note}`;
    case 'resolved': {
      const how = a.outcome ? `: ${lowerFirst(a.outcome)}` : '';
      return `${sitter} marked it as resolved at ${at}${how}.${note}`;
    }
    default:
      return `${sitter} noted an action at ${at}.${note}`;
  }
}

/**
 * Every emergency and call-the-provider prompt and every action taken, in the order they happened.
 * Grounding prompts are left to `groundingSentences`.
 */
export function urgentSentences(t: SessionTimeline, time: FormatTime): string[] {
  const sitter = sitterOf(t);
  const items = [
    ...t.escalations
      .filter((e) => e.tier !== 'support')
      .map((e) => ({ at: e.at, text: escalationSentence(e, sitter, time) })),
    ...t.actions.map((a) => ({ at: a.at, text: actionSentence(a, sitter, time) })),
  ];
  // A stable sort keeps a prompt before the action logged at the same minute.
  return items.sort((a, b) => a.at - b.at).map((i) => i.text);
}

/** Who sat with them and when, and when they took the dose. */
export function openingSentences(t: SessionTimeline, time: FormatTime): string[] {
  const out: string[] = [];
  const sitter = sitterOf(t);
  if (t.startedAt !== undefined && t.endedAt !== undefined)
    out.push(`${sitter} sat with you from ${time(t.startedAt)} to ${time(t.endedAt)}.`);
  else if (t.startedAt !== undefined) out.push(`${sitter} sat with you from ${time(t.startedAt)}.`);
  if (t.doseRecorded && t.doseAt !== undefined)
    out.push(`You took your dose at ${time(t.doseAt)}.`);
  return out;
}

/** The whole story in order: who and when, the peak, hard moments, urgent events, readiness. */
export function sessionStory(t: SessionTimeline, time: FormatTime): string[] {
  const inward = inwardSentence(t);
  return [
    ...openingSentences(t, time),
    ...(inward ? [inward] : []),
    ...groundingSentences(t, time),
    ...urgentSentences(t, time),
    readySentence(t, time),
  ];
}
