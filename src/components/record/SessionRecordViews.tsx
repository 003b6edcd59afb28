import type { ExportedEntry } from '../../domain/log/entry';
import type { Protocol } from '../../domain/protocol/protocol';
import { sharedEntries } from '../../domain/report/record-format';
import { sessionSummary } from '../../domain/report/summary';
import { BpReadingList } from './BpReadingList';
import { LogEntryList } from './LogEntryList';
import { SummaryFigures } from './SummaryFigures';

// The read-only views of one session's log: its figures, blood-pressure readings, warnings and
// actions, and the full log. Figures come from the shared entries (with corrections applied); the
// full log also shows, in place, each entry the patient withheld.

/** Figures, readings, warnings and the full log of a session's entries. */
export function SessionRecordViews({
  entries,
  protocol,
}: {
  entries: readonly ExportedEntry[];
  protocol: Protocol;
}) {
  const shared = sharedEntries({ entries: [...entries] });
  const s = sessionSummary(shared, protocol);
  const warnings = shared.filter(
    (e) => e.kind === 'escalation-shown' || e.kind === 'escalation-action',
  );
  return (
    <>
      <SummaryFigures s={s} />
      <section aria-labelledby="bp-heading">
        <h2 id="bp-heading">Blood pressure</h2>
        <BpReadingList readings={s.bpReadings} />
      </section>
      <section aria-labelledby="warnings-heading">
        <h2 id="warnings-heading">Warnings and actions</h2>
        {warnings.length === 0 ? (
          <p class="muted">None.</p>
        ) : (
          <LogEntryList entries={warnings} label="Warnings and actions" />
        )}
      </section>
      <details class="card">
        <summary>Full log ({entries.length} entries)</summary>
        <LogEntryList entries={entries} label="Log entries" ordered />
      </details>
    </>
  );
}
