import { ScreenHeading } from '../components/ScreenHeading';
import { SOURCES, type SourceKey } from '../domain/clinical/sources';
import { TIER_ORDER } from '../domain/escalation/evaluate';
import { FIRESIDE, groundingPrompts, type GroundingLine } from '../domain/escalation/grounding';
import { type Tier } from '../domain/escalation/rule-kit';
import { describeRule, ESCALATION_RULES } from '../domain/escalation/rules';
import { goBack } from '../platform/router';

const TIER_TITLE: Record<Tier, string> = {
  emergency: 'Call emergency services',
  'call-provider': 'Call the provider',
  support: 'Support the patient',
};

/** Every grounding line once, whatever was agreed about touch. */
function allGroundingLines(): GroundingLine[] {
  const seen = new Map<string, GroundingLine>();
  for (const touchAgreed of [true, false, undefined]) {
    const p = groundingPrompts({ touchAgreed });
    for (const l of [...p.say, ...p.do, ...p.avoid]) seen.set(`${l.id}:${l.text}`, l);
  }
  return [...seen.values()];
}

function SourceList({ keys }: { keys: readonly SourceKey[] }) {
  return (
    <ul class="small source-list">
      {keys.map((k) => {
        const s = SOURCES[k] as { title: string; where: string; weak?: boolean };
        return (
          <li key={k}>
            [{k}] {s.title} — <span class="muted">{s.where}</span>
            {s.weak && ' (weak source: read conservatively)'}
          </li>
        );
      })}
    </ul>
  );
}

/** Every safety rule in plain words with its sources, so a clinician can check the logic. */
export default function SourcesScreen() {
  const rules = ESCALATION_RULES.map(describeRule);
  return (
    <main class="stack" aria-labelledby="sources-heading">
      <ScreenHeading id="sources-heading">Safety rules and their sources</ScreenHeading>
      <p>
        Sitwell checks these rules after every check-in, measurement and “Something’s wrong” answer,
        and shows the most urgent step first. Numbers marked “default” are Sitwell’s conservative
        choices; the provider’s protocol can set them. Sources are listed by name and address:
        Sitwell never opens other websites.
      </p>
      {TIER_ORDER.map((tier) => (
        <section key={tier} aria-labelledby={`tier-${tier}`}>
          <h2 id={`tier-${tier}`}>{TIER_TITLE[tier]}</h2>
          <ol class="list">
            {rules
              .filter((r) => r.tier === tier)
              .map((r) => (
                <li key={r.id}>
                  <p>{r.summary}</p>
                  <SourceList keys={r.sources.map((s) => s.key)} />
                </li>
              ))}
          </ol>
        </section>
      ))}
      <section aria-labelledby="grounding-sources">
        <h2 id="grounding-sources">Grounding prompts</h2>
        <ol class="list">
          {allGroundingLines().map((l) => (
            <li key={`${l.id}:${l.text}`}>
              <p>{l.text}</p>
              <SourceList keys={l.sourceKeys} />
            </li>
          ))}
          <li>
            <p>
              {FIRESIDE.name} ({FIRESIDE.phone}): {FIRESIDE.note}
            </p>
            <SourceList keys={FIRESIDE.sourceKeys} />
          </li>
        </ol>
      </section>
      <button class="block" onClick={goBack}>
        Back
      </button>
    </main>
  );
}
