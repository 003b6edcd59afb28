import type { SituationOption, SituationTier } from '../../domain/escalation/situations';

/** How each tier is marked on its answer, so the sitter sees at a glance what is an emergency. */
export const TIER_MARK: Record<SituationTier, string> = {
  emergency: 'Emergency',
  'call-provider': 'Call provider',
  support: 'Help them',
};

/** One tappable answer: its label, an optional hint, and its tier as a visible mark. */
function Option({
  option,
  disabled,
  onPick,
}: {
  option: SituationOption;
  disabled: boolean;
  onPick: () => void;
}) {
  return (
    <button class={`block situation tier-${option.tier}`} disabled={disabled} onClick={onPick}>
      <span class="situation-label">{option.label}</span>
      <span class="situation-mark small">{TIER_MARK[option.tier]}</span>
      {option.hint && <span class="small situation-hint">{option.hint}</span>}
    </button>
  );
}

/**
 * The answers in the order given (the urgent and the common first, see situations.ts), one list,
 * each answer marked with its tier in words: grouping by tier would push the most common answer,
 * distress, to the end.
 */
export function SituationList({
  options,
  disabled,
  onPick,
  label,
}: {
  options: readonly SituationOption[];
  disabled: boolean;
  onPick: (option: SituationOption) => void;
  /** The list's accessible name. */
  label: string;
}) {
  return (
    <ul class="situation-list" aria-label={label}>
      {options.map((o) => (
        <li key={o.id}>
          <Option option={o} disabled={disabled} onPick={() => onPick(o)} />
        </li>
      ))}
    </ul>
  );
}
