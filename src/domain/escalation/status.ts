// What the safety screens derive from the log: the warning to act on, whether an emergency is
// still open, what the sitter already did about it, and where a set of prompts sends the sitter.
// Pure: the log is the truth, so a reload shows exactly the same state.

import { isKind, type Entry, type EntryData } from '../log/entry';
import { highestTier, type Prompt } from './evaluate';
import { ESCALATION_RULES } from './rules';
import { type Tier } from './rule-kit';
import { wordingFor, type Wording } from './wording';
import type { Observation } from '../log/observation';

/** Which safety screen a tier of prompts opens. */
export type SafetyRoute = 'emergency' | 'bp-check' | 'provider' | 'grounding' | 'session';

/** The `escalation-shown` payload for the most urgent prompts; undefined when none fired. */
export function shownFor(prompts: readonly Prompt[]): EntryData['escalation-shown'] | undefined {
  const tier = highestTier(prompts);
  if (!tier) return undefined;
  const top = prompts.filter((p) => p.tier === tier);
  const because = [...new Set(top.flatMap((p) => p.because ?? []))];
  return {
    tier,
    ruleIds: top.map((p) => p.ruleId),
    ...(because.length > 0 ? { because } : {}),
  };
}

const CRISIS_RULES: ReadonlySet<string> = new Set(['bp-crisis-first', 'bp-crisis-repeat']);

/**
 * The screen for a shown warning. Every very high reading, first or repeat, asks the warning-sign
 * questions before the provider screen [AHA-HTN]; support opens grounding only for distress;
 * other advice stays on the timer.
 */
export function routeFor(shown: { ruleIds: readonly string[]; tier: Tier }): SafetyRoute {
  if (shown.tier === 'emergency') return 'emergency';
  if (shown.tier === 'call-provider') {
    const crisis = shown.ruleIds.some((id) => CRISIS_RULES.has(id));
    return crisis ? 'bp-check' : 'provider';
  }
  return shown.ruleIds.includes('grounding') ? 'grounding' : 'session';
}

/** The latest `escalation-shown` entry, optionally only of one tier. */
export function latestEscalation(
  entries: readonly Entry[],
  tier?: Tier,
): Entry<'escalation-shown'> | undefined {
  for (let i = entries.length - 1; i >= 0; i--) {
    const e = entries[i] as Entry;
    if (isKind(e, 'escalation-shown') && (tier === undefined || e.data.tier === tier)) return e;
  }
  return undefined;
}

/**
 * The emergency warning not yet marked resolved (shown after the last "resolved" action), if any.
 */
export function unresolvedEmergency(
  entries: readonly Entry[],
): Entry<'escalation-shown'> | undefined {
  for (let i = entries.length - 1; i >= 0; i--) {
    const e = entries[i] as Entry;
    if (isKind(e, 'escalation-action') && e.data.action === 'resolved') return undefined;
    if (isKind(e, 'escalation-shown') && e.data.tier === 'emergency') return e;
  }
  return undefined;
}

/** The `escalation-action` entries recorded after `after` (every one when it is undefined). */
export function actionsSince(
  entries: readonly Entry[],
  after: Entry | undefined,
): Entry<'escalation-action'>[] {
  const start = after ? entries.indexOf(after) + 1 : 0;
  return entries
    .slice(start)
    .filter((e): e is Entry<'escalation-action'> => isKind(e, 'escalation-action'));
}

/** The wording for a rule id (through its wording key); undefined for an unknown id. */
export function ruleWording(ruleId: string): Wording | undefined {
  const rule = ESCALATION_RULES.find((r) => r.id === ruleId);
  return rule ? wordingFor(rule.wordingKey) : undefined;
}

/**
 * Support advice to keep on the timer screen: the latest warning when it is support tier and
 * nothing was observed since.
 */
export function openSupportAdvice(
  entries: readonly Entry[],
): Entry<'escalation-shown'> | undefined {
  const last = latestEscalation(entries);
  if (!last || last.data.tier !== 'support') return undefined;
  const later = entries.slice(entries.indexOf(last) + 1);
  const observedSince = later.some(
    (e) => e.kind === 'check-in' || e.kind === 'vitals' || e.kind === 'situation-reported',
  );
  return observedSince ? undefined : last;
}

/** A "vomited" check-in must say how they respond: without it the rules must assume the worst. */
export function needsResponsiveness(o: Observation): boolean {
  return o.nausea === 'vomited' && o.responsiveness === undefined;
}

/**
 * Whether touch was agreed before the session: the latest `prep-completed` answer `touch`;
 * undefined when not answered.
 */
export function touchAgreement(entries: readonly Entry[]): boolean | undefined {
  for (let i = entries.length - 1; i >= 0; i--) {
    const e = entries[i] as Entry;
    if (!isKind(e, 'prep-completed')) continue;
    const touch = e.data.answers.touch;
    if (touch === undefined) return undefined;
    return touch === 'agreed';
  }
  return undefined;
}

/**
 * Whether the latest check-in that asked found them answering their name (responds normally, or
 * drowsy but answers); undefined when no check-in recorded how they respond.
 */
export function answersName(entries: readonly Entry[]): boolean | undefined {
  for (let i = entries.length - 1; i >= 0; i--) {
    const e = entries[i] as Entry;
    if (!isKind(e, 'check-in')) continue;
    const r = e.data.observation.responsiveness;
    if (r !== undefined) return r === 'normal' || r === 'drowsy';
  }
  return undefined;
}
