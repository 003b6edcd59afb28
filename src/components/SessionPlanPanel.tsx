import { format } from 'date-fns';
import { useState } from 'preact/hooks';
import { useServices } from '../app/app-context';
import { isKind, type Entry } from '../domain/log/entry';
import { agreementLines } from '../domain/before/prep';
import { dueReminders, type Reminder } from '../domain/check-in/reminders';
import { escalateAndRoute } from '../state/escalate';
import type { ActiveSessionView } from '../state/use-active-session';
import { PATHS } from '../platform/router';
import { BpReadingForm } from './BpReadingForm';

/** The provider's plan during the session: blood-pressure re-checks when due, and what was agreed beforehand. */
export function SessionPlanPanel({ view, now }: { view: ActiveSessionView; now: number }) {
  const { protocol } = view.session;
  const reminders = dueReminders({
    doseAt: view.fold.doseAt,
    protocol,
    entries: view.entries,
    now,
  });
  const due = reminders.filter((r) => r.state === 'due');
  const upcoming = reminders.find((r) => r.state === 'upcoming');
  const prep = view.entries.find((e): e is Entry<'prep-completed'> => isKind(e, 'prep-completed'));
  const agreed = prep ? agreementLines(prep.data.answers) : [];

  return (
    <>
      {due.map((r) => (
        <ReminderCard key={r.id} reminder={r} />
      ))}
      {upcoming && due.length === 0 && (
        <p class="muted small">
          Next blood-pressure re-check at {format(upcoming.dueAt, 'HH:mm')} (about{' '}
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

/** A gentle prompt, not the alarm: record the reading, or skip it with a reason. */
function ReminderCard({ reminder }: { reminder: Reminder }) {
  const { store } = useServices();
  const [mode, setMode] = useState<'ask' | 'record' | 'skip'>('ask');
  const [reason, setReason] = useState('');
  const headingId = `reminder-${reminder.id}`;

  const record = async (bp: { systolic: number; diastolic: number }): Promise<boolean> => {
    // The reading and the answer to the reminder are two facts, both logged.
    const saved = await store.append({ kind: 'vitals', data: { vitals: bp, context: 'recheck' } });
    await store.append({ kind: 'reminder-done', data: { reminderId: reminder.id } });
    // A high reading gets the same warning as one entered at a check-in.
    await escalateAndRoute(store, PATHS.session, false);
    return saved;
  };
  const skip = (e: Event): void => {
    e.preventDefault();
    const text = reason.trim();
    void store.append({
      kind: 'reminder-skipped',
      data: { reminderId: reminder.id, ...(text ? { reason: text } : {}) },
    });
  };

  return (
    <section class="card reminder" aria-labelledby={headingId}>
      <h2 id={headingId}>
        Blood-pressure re-check due (about {reminder.minutesAfterDose} min after the dose)
      </h2>
      <p>
        Blood pressure rises after the dose; the plan asks for a reading now (due{' '}
        {format(reminder.dueAt, 'HH:mm')}).
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
          onSave={record}
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
