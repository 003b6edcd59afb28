import { AftercareList } from '../components/after/AftercareList';
import { ScreenHeading } from '../components/common/ScreenHeading';
import { SessionRecordViews } from '../components/record/SessionRecordViews';
import { lookBackPath, navigate, PATHS, sharePath } from '../platform/router';
import { useSessionRecord } from '../state/use-session-record';

/** A sentence ending in one full stop, even when a name ends in one ("J."). */
function sentence(text: string): string {
  return text.endsWith('.') ? text : `${text}.`;
}

/** "Alex sat with Sam", or "Alex sat" when no patient name was given. */
function sat(people: { sitterName: string; patientName?: string }): string {
  return people.patientName
    ? `${people.sitterName} sat with ${people.patientName}`
    : `${people.sitterName} sat`;
}

/**
 * A past session in figures: time, check-ins, gaps, alarms, warnings, readings and how it ended.
 */
export default function SummaryScreen({ sessionId }: { sessionId: string }) {
  const { session: data, error } = useSessionRecord(sessionId);

  const home = <button onClick={() => navigate(PATHS.home)}>Back to home</button>;
  if (error)
    return (
      <main>
        <p class="banner error" role="alert">
          {error}
        </p>
        {home}
      </main>
    );
  if (!data)
    return (
      <p class="muted" role="status">
        Loading…
      </p>
    );
  const { record, entries } = data;
  if (!record) {
    return (
      <main aria-labelledby="summary-heading">
        <ScreenHeading id="summary-heading">Session not found</ScreenHeading>
        <p>There is no session with this address on this device.</p>
        {home}
      </main>
    );
  }

  return (
    <main class="stack" aria-labelledby="summary-heading">
      <ScreenHeading id="summary-heading">Session summary</ScreenHeading>
      <p class="muted">
        {sentence(sat(record.people))} Figures come from the session log, with corrections applied.
      </p>
      <SessionRecordViews entries={entries} protocol={record.protocol} />
      <details class="card">
        <summary>Aftercare reminders</summary>
        <AftercareList
          emergencyNumber={record.contacts.emergencyNumber}
          provider={{
            name: record.contacts.providerName || record.protocol.providerName,
            phone: record.contacts.providerPhone || record.protocol.providerPhone,
          }}
        />
      </details>
      <div class="row">
        <button class="primary" onClick={() => navigate(sharePath(sessionId))}>
          Share with the provider
        </button>
        <button onClick={() => navigate(lookBackPath(sessionId))}>
          Look back (for the patient)
        </button>
        {home}
      </div>
    </main>
  );
}
