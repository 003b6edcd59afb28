// The escalation table: when Sitwell tells the sitter to call emergency services, call the
// provider, or start grounding. Each rule judges what was just recorded (see context.ts)
// and cites the sources it rests on. Order within a tier is the order prompts are shown in.

import { SOURCES, type Source, type SourceKey } from '../clinical/sources';
import { EMERGENCY_SIGN_RULES } from './emergency-sign-rules';
import { EMERGENCY_RULES } from './emergency-rules';
import { PREDOSE_RULES } from './predose-rules';
import { PROVIDER_GAP_RULES } from './provider-gap-rules';
import { PROVIDER_RULES } from './provider-rules';
import { PROVIDER_SITUATION_RULES } from './provider-situation-rules';
import type { EscalationRule, Tier } from './rule-kit';
import { SUPPORT_RULES } from './support-rules';

/** Every escalation rule, emergency first. */
export const ESCALATION_RULES: readonly EscalationRule[] = [
  ...EMERGENCY_RULES,
  ...EMERGENCY_SIGN_RULES,
  ...PREDOSE_RULES,
  ...PROVIDER_RULES,
  ...PROVIDER_SITUATION_RULES,
  ...PROVIDER_GAP_RULES,
  ...SUPPORT_RULES,
];

/** A rule in plain words with its sources spelled out, for the Sources page. */
export function describeRule(rule: EscalationRule): {
  id: string;
  tier: Tier;
  summary: string;
  sources: (Source & { key: SourceKey })[];
} {
  const sources = rule.sourceKeys.map((key) => ({ key, ...SOURCES[key] }));
  return { id: rule.id, tier: rule.tier, summary: rule.summary, sources };
}
