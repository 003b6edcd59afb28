import type { SituationOption, SituationTier } from '../domain/escalation/situations';

/** How each tier is marked in the list, so the sitter sees at a glance what is an emergency. */
export const TIER_MARK: Record<SituationTier, string> = {
  emergency: 'Emergency',
  'call-provider': 'Call the provider',
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
      {option.hint && <span class="small situation-hint">{option.hint}</span>}
      <span class="situation-mark small">{TIER_MARK[option.tier]}</span>
    </button>
  );
}

/** Answers grouped by tier, most severe first, each group under its own heading. */
export function SituationList({
  options,
  disabled,
  onPick,
  idPrefix,
}: {
  options: readonly SituationOption[];
  disabled: boolean;
  onPick: (option: SituationOption) => void;
  idPrefix: string;
}) {
  const tiers = (['emergency', 'call-provider', 'support'] as const).filter((t) =>
    options.some((o) => o.tier === t),
  );
  return (
    <>
      {tiers.map((tier) => (
        <section class="stack situation-group" key={tier} aria-labelledby={`${idPrefix}-${tier}`}>
          <h2 id={`${idPrefix}-${tier}`} class={`tier-heading tier-${tier}`}>
            {GROUP_TITLE[tier]}
          </h2>
          {options
            .filter((o) => o.tier === tier)
            .map((o) => (
              <Option key={o.id} option={o} disabled={disabled} onPick={() => onPick(o)} />
            ))}
        </section>
      ))}
    </>
  );
}

const GROUP_TITLE: Record<SituationTier, string> = {
  emergency: 'Emergencies: call emergency services',
  'call-provider': 'Call the provider',
  support: 'Help them feel safe',
};
