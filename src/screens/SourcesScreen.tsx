import { ScreenHeading } from '../components/common/ScreenHeading';
import { SOURCES, type SourceKey } from '../domain/clinical/sources';
import { TIER_ORDER } from '../domain/escalation/evaluate';
import { FIRESIDE, groundingPrompts, type GroundingLine } from '../domain/escalation/grounding';
import { type Tier } from '../domain/escalation/rule-kit';
import { describeRule, ESCALATION_RULES } from '../domain/escalation/rules';
import { DEFAULT_LABEL, UNSOURCED_DEFAULT_FIELDS } from '../domain/protocol/defaults-basis';
import { protocolValueText } from '../domain/protocol/display';
import { PROTOCOL_FIELD_LABEL as L } from '../domain/protocol/fields';
import { MAX_INTERVAL_MIN, MIN_MONITORING_MIN } from '../domain/protocol/limits';
import { DEFAULT_PROTOCOL as D, type Protocol } from '../domain/protocol/protocol';
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

// The protocol's numbers with what they rest on. The first three come from DF; the rest are
// Sitwell's own defaults, which DF asks to label as such (defaults-basis.ts).
/** A protocol value as it reads mid-sentence: "every 15 min", "above 160/100 mmHg". */
const valueWords = (key: keyof Protocol): string => {
  const text = protocolValueText(key, D);
  return text.charAt(0).toLowerCase() + text.slice(1);
};

const PROTOCOL_BASIS: { text: string; keys: readonly SourceKey[] }[] = [
  {
    // [seed interview] every 10–15 min; [MB-help] every 15.
    text:
      `${L.intervalMin}: ${valueWords('intervalMin')} by default. ` +
      `Programs check on the patient every 10 to 15 minutes (seed interview), so a protocol ` +
      `may not set more than ${MAX_INTERVAL_MIN}; the sitter may choose a shorter interval.`,
    keys: ['MB-help', 'PTM-doc'],
  },
  {
    text:
      `${L.minMonitoringMin}: ${valueWords('minMonitoringMin')} by default. Spravato ` +
      `monitoring lasts at least 2 hours, so a protocol may not set less than ` +
      `${MIN_MONITORING_MIN} minutes.`,
    keys: ['SPR-hcp', 'FDA-REMS'],
  },
  {
    text:
      `${L.preDoseBp}: ${valueWords('preDoseBp')} by default, the ` +
      `esketamine label’s general guide; the provider may change it.`,
    keys: ['SPR-label', 'AccelPsych'],
  },
  ...UNSOURCED_DEFAULT_FIELDS.map((key) => ({
    text: `${L[key]}: ${valueWords(key)}. ${DEFAULT_LABEL}.`,
    keys: ['SITWELL-DEFAULT'] as const,
  })),
];

/** Every safety rule in plain words with its sources, so a clinician can check the logic. */
export default function SourcesScreen() {
  const rules = ESCALATION_RULES.map(describeRule);
  return (
    <main class="stack" aria-labelledby="sources-heading">
      <ScreenHeading id="sources-heading">Safety rules and their sources</ScreenHeading>
      <p>
        Sitwell checks these rules after every check-in, measurement and “Something’s wrong” answer,
        and shows the most urgent step first. Numbers marked “default” are Sitwell’s conservative
        choices; the provider’s protocol can set them, within the limits below. Sources are listed
        by name and address: Sitwell never opens other websites.
      </p>
      <section aria-labelledby="protocol-basis">
        <h2 id="protocol-basis">The protocol’s numbers</h2>
        <ul class="list">
          {PROTOCOL_BASIS.map((b) => (
            <li key={b.text}>
              <p>{b.text}</p>
              <SourceList keys={b.keys} />
            </li>
          ))}
        </ul>
      </section>
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
