// Evaluates the escalation table after a check-in, a vitals entry or a "Something's wrong" answer
// and returns the prompts to show, most urgent first.

import type { Entry, EntryData } from '../log/entry';
import type { Protocol } from '../protocol/protocol';
import type { SourceKey } from '../clinical/sources';
import type { WordingKey } from './wording';
import { buildContext, type CurrentInput } from './context';
import { ESCALATION_RULES } from './rules';
import type { EscalationRule, Recheck, Tier } from './rule-kit';

/** Tiers from most to least urgent. */
export const TIER_ORDER: readonly Tier[] = ['emergency', 'call-provider', 'support'];

/** One prompt for the sitter: which rule fired and how to word it. */
export interface Prompt {
  ruleId: string;
  tier: Tier;
  wordingKey: WordingKey;
  sourceKeys: readonly SourceKey[];
  /** The re-check the rule asks for, if any. */
  recheck?: Recheck;
  /** What the rule relied on, in plain words (see EscalationRule.because). */
  because?: string[];
}

/** What evaluation needs; `now` is the clock, passed in. */
export interface EvaluateInput {
  /** The session log so far, including the entry just written. */
  entries: readonly Entry[];
  protocol: Protocol;
  now: number;
  /**
   * Something to judge that is not in the log (yet), as if recorded at `now`. Without it the
   * latest check-in, vitals or situation entry is judged against the entries before it.
   */
  current?: CurrentInput;
}

/** 0 for the most urgent tier. */
export function tierRank(tier: Tier): number {
  return TIER_ORDER.indexOf(tier);
}

/** The prompts to show now: highest tier first, table order within a tier, one per rule. */
export function evaluate(
  input: EvaluateInput,
  rules: readonly EscalationRule[] = ESCALATION_RULES,
): Prompt[] {
  const ctx = buildContext(input.entries, input.protocol, input.now, input.current);
  if (!ctx) return [];
  const seen = new Set<string>();
  const prompts: Prompt[] = [];
  for (const rule of rules) {
    if (seen.has(rule.id) || !rule.when(ctx)) continue;
    seen.add(rule.id);
    const because = rule.because?.(ctx);
    prompts.push({
      ruleId: rule.id,
      tier: rule.tier,
      wordingKey: rule.wordingKey,
      sourceKeys: rule.sourceKeys,
      ...(rule.recheck ? { recheck: rule.recheck } : {}),
      ...(because && because.length > 0 ? { because } : {}),
    });
  }
  // Array#sort is stable, so table order survives within a tier.
  return prompts.sort((a, b) => tierRank(a.tier) - tierRank(b.tier));
}

/** The most urgent tier among the prompts; undefined when there are none. */
export function highestTier(prompts: readonly Pick<Prompt, 'tier'>[]): Tier | undefined {
  let best: Tier | undefined;
  for (const p of prompts)
    if (best === undefined || tierRank(p.tier) < tierRank(best)) best = p.tier;
  return best;
}

/**
 * The re-check to schedule after these prompts (any tier may ask for one), the soonest if several
 * do; undefined when none asks.
 */
export function recheckFor(
  prompts: readonly Prompt[],
  now: number,
): EntryData['recheck-scheduled'] | undefined {
  const asking = prompts.filter((p) => p.recheck !== undefined);
  if (asking.length === 0) return undefined;
  const soonest = asking.reduce((a, b) => (b.recheck!.minutes < a.recheck!.minutes ? b : a));
  const { minutes, reason } = soonest.recheck!;
  const ruleIds = asking.filter((p) => p.recheck!.reason === reason).map((p) => p.ruleId);
  return { dueAt: now + minutes * 60_000, reason, ruleIds };
}
