import { useState } from 'preact/hooks';
import type { Reminder } from '../../domain/check-in/reminders';
import { clockTime } from '../../domain/format/time';
import { BpReadingForm } from '../check-in/BpReadingForm';

/** Both blood-pressure numbers of one reading. */
export interface BpPair {
  systolic: number;
  diastolic: number;
}

/** A gentle prompt, not the alarm: record the reading, or skip it with a reason. */
export function ReminderCard({
  reminder,
  onRecord,
  onSkip,
}: {
  reminder: Reminder;
  /** Save the reading; resolves whether it was saved. */
  onRecord: (bp: BpPair) => Promise<boolean>;
  onSkip: (reason: string | undefined) => void;
}) {
  const [mode, setMode] = useState<'ask' | 'record' | 'skip'>('ask');
  const [reason, setReason] = useState('');
  const headingId = `reminder-${reminder.id}`;

  const skip = (e: Event): void => {
    e.preventDefault();
    onSkip(reason.trim() || undefined);
  };

  return (
    <section class="card reminder" aria-labelledby={headingId}>
      <h2 id={headingId}>
        Blood-pressure re-check due (about {reminder.minutesAfterDose} min after the dose)
      </h2>
      <p>
        Blood pressure rises after the dose; the plan asks for a reading now (due{' '}
        {clockTime(reminder.dueAt)}).
      </p>
      {mode === 'ask' && (
        <div class="row">
          <button class="primary" onClick={() => setMode('record')}>
            Record reading
          </button>
          <button onClick={() => setMode('skip')}>Skip</button>
        </div>
      )}
      {mode === 'record' && (
        <BpReadingForm
          idPrefix={`recheck-${reminder.id}`}
          legend="Blood pressure re-check"
          submitLabel="Save reading"
          onSave={onRecord}
          onCancel={() => setMode('ask')}
        />
      )}
      {mode === 'skip' && (
        <form onSubmit={skip}>
          <label for={`skip-${reminder.id}`}>Why skip it? (optional)</label>
          <input
            id={`skip-${reminder.id}`}
            value={reason}
            onInput={(e) => setReason(e.currentTarget.value)}
            autoComplete="off"
          />
          <div class="row">
            <button type="submit" class="primary">
              Skip this re-check
            </button>
            <button type="button" onClick={() => setMode('ask')}>
              Cancel
            </button>
          </div>
        </form>
      )}
    </section>
  );
}
