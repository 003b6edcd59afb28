import { agreementLines } from '../../domain/before/prep';
import { dueReminders, type Reminder } from '../../domain/check-in/reminders';
import { clockTime } from '../../domain/format/time';
import { isKind, type Entry } from '../../domain/log/entry';
import type { Protocol } from '../../domain/protocol/protocol';
import { ReminderCard, type BpPair } from './ReminderCard';

/**
 * The provider's plan during the session: blood-pressure re-checks when due, and what was agreed
 * beforehand.
 */
export function SessionPlanPanel({
  protocol,
  entries,
  doseAt,
  now,
  onRecord,
  onSkip,
}: {
  protocol: Protocol;
  entries: readonly Entry[];
  doseAt: number | undefined;
  now: number;
  /** Save a re-check reading; resolves whether it was saved. */
  onRecord: (reminder: Reminder, bp: BpPair) => Promise<boolean>;
  onSkip: (reminder: Reminder, reason: string | undefined) => void;
}) {
  const reminders = dueReminders({ doseAt, protocol, entries, now });
  const due = reminders.filter((r) => r.state === 'due');
  const upcoming = reminders.find((r) => r.state === 'upcoming');
  const prep = entries.find((e): e is Entry<'prep-completed'> => isKind(e, 'prep-completed'));
  const agreed = prep ? agreementLines(prep.data.answers) : [];

  return (
    <>
      {due.map((r) => (
        <ReminderCard
          key={r.id}
          reminder={r}
          onRecord={(bp) => onRecord(r, bp)}
          onSkip={(reason) => onSkip(r, reason)}
        />
      ))}
      {upcoming && due.length === 0 && (
        <p class="muted small">
          Next blood-pressure re-check at {clockTime(upcoming.dueAt)} (about{' '}
          {upcoming.minutesAfterDose} min after the dose).
        </p>
      )}
      {agreed.length > 0 && (
        <details class="card">
          <summary>What we agreed</summary>
          <dl class="facts">
            {agreed.map((line) => (
              <div key={line.label}>
                <dt>{line.label}</dt>
                <dd>{line.value}</dd>
              </div>
            ))}
          </dl>
        </details>
      )}
      {protocol.instructions.trim() && (
        <details class="card">
          <summary>Provider’s instructions</summary>
          <p class="pre-line">{protocol.instructions}</p>
        </details>
      )}
    </>
  );
}
