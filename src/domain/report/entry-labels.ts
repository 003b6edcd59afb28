import { reminderLabel } from '../check-in/reminders';
import { ESCALATION_RULES } from '../escalation/rules';
import { situationLabel } from '../escalation/situations';
import { wordingFor } from '../escalation/wording';
import { clockTime } from '../format/time';
import type { DescribeContext } from './describe-entry';

// Friendly names for the ids stored in the log, so the log reads in plain words.

const RULE_REASON = new Map(
  ESCALATION_RULES.map((r) => [r.id, wordingFor(r.wordingKey)?.reason.replace(/\.$/, '')]),
);

/** Lookups for describeEntry: rule, situation and reminder ids in plain words, local times. */
export const ENTRY_LABELS: DescribeContext = {
  formatTime: clockTime,
  ruleLabel: (id) =>
    RULE_REASON.get(id) ?? wordingFor(id)?.reason.replace(/\.$/, '') ?? id.replace(/-/g, ' '),
  situationLabel: (id) => situationLabel(id) ?? id.replace(/-/g, ' '),
  reminderLabel,
};
