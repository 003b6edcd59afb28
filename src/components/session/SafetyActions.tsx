import {
  openSupportAdvice,
  ruleWording,
  unresolvedEmergency,
} from '../../domain/escalation/status';
import type { Wording } from '../../domain/escalation/wording';
import { clockTime } from '../../domain/format/time';
import type { Entry } from '../../domain/log/entry';

/** On the timer screen: an emergency still open, and support advice still open. */
export function SafetyActions({
  entries,
  onEmergency,
}: {
  entries: readonly Entry[];
  onEmergency: () => void;
}) {
  const emergency = unresolvedEmergency(entries);
  const advice = openSupportAdvice(entries);
  const adviceWording =
    advice?.data.ruleIds.map(ruleWording).filter((w): w is Wording => w !== undefined) ?? [];
  if (!emergency && adviceWording.length === 0) return null;
  return (
    <div class="stack safety-actions">
      {emergency && (
        <section class="emergency-banner stack" aria-labelledby="open-emergency-heading">
          <h2 id="open-emergency-heading">Emergency not marked resolved</h2>
          <p>Shown at {clockTime(emergency.at)}. Keep the emergency steps and the card at hand.</p>
          <button class="block call-button" onClick={onEmergency}>
            Back to the emergency screen
          </button>
        </section>
      )}
      {adviceWording.length > 0 && (
        <section class="card" aria-labelledby="advice-heading">
          <h2 id="advice-heading">{adviceWording[0]!.title}</h2>
          {adviceWording.map((w) => (
            <p key={w.reason}>
              {w.reason} {w.meanwhile}
            </p>
          ))}
        </section>
      )}
    </div>
  );
}
