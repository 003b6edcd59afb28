import { useState } from 'preact/hooks';
import { ScreenHeading } from '../../components/common/ScreenHeading';
import { receivedTitle } from '../../domain/report/received-summary';
import { dayDateTime } from '../../domain/format/time';
import { downloadText } from '../../platform/download';
import { navigate, recordPath } from '../../platform/router';
import type { useClinicInbox } from '../../state/clinic-inbox';

/** The inbox as the console shares it. */
export type InboxState = ReturnType<typeof useClinicInbox>;

/** Final records: to review, reviewed, refused; search; a CSV of many sessions. */
export function ClinicInboxView({ inbox }: { inbox: InboxState }) {
  const [query, setQuery] = useState('');
  const [message, setMessage] = useState('');
  const q = query.trim().toLowerCase();
  const shown = (inbox.list ?? []).filter(
    (r) => !q || `${receivedTitle(r)} ${r.fileName}`.toLowerCase().includes(q),
  );
  const groups = [
    ['to-review', 'To review'],
    ['reviewed', 'Reviewed'],
  ] as const;
  return (
    <main class="stack" aria-labelledby="inbox-heading">
      <ScreenHeading id="inbox-heading">Inbox: final records</ScreenHeading>
      <p>
        Each session’s signed record arrives here when it ends, encrypted to this clinic. It is
        checked like an opened file (every entry, the chain and the signature) before it is kept.
      </p>
      <div class="field">
        <label for="inbox-search">Search by name or file</label>
        <input id="inbox-search" value={query} onInput={(e) => setQuery(e.currentTarget.value)} />
      </div>
      {inbox.list === undefined && (
        <p class="muted" role="status">
          Loading…
        </p>
      )}
      {groups.map(([kind, title]) => {
        const items = shown.filter((r) => (inbox.triage[r.id] ?? 'to-review') === kind);
        return (
          <section key={kind} aria-labelledby={`inbox-${kind}`}>
            <h2 id={`inbox-${kind}`}>
              {title} ({items.length})
            </h2>
            {items.length === 0 ? (
              <p class="muted">None.</p>
            ) : (
              <ul class="list">
                {items.map((r) => (
                  <li key={r.id} class="stack">
                    <p>
                      <strong>{receivedTitle(r)}</strong>
                      <br />
                      <span class="small muted">Arrived {dayDateTime(r.receivedAt)}</span>
                    </p>
                    <div class="row">
                      <button type="button" onClick={() => navigate(recordPath(r.id))}>
                        Open record
                      </button>
                      <button
                        type="button"
                        onClick={() =>
                          void inbox
                            .setTriage(r.id, kind === 'reviewed' ? 'to-review' : 'reviewed')
                            .then((m) => setMessage(m ?? ''))
                        }
                      >
                        {kind === 'reviewed' ? 'Back to review' : 'Mark reviewed'}
                      </button>
                    </div>
                  </li>
                ))}
              </ul>
            )}
          </section>
        );
      })}
      {inbox.refused.length > 0 && (
        <section class="banner error" aria-labelledby="inbox-refused">
          <h2 id="inbox-refused">Failed verification (not kept)</h2>
          <ul>
            {inbox.refused.map((r) => (
              <li key={r.sessionId}>
                Session {r.sessionId.slice(0, 8)}, arrived {dayDateTime(r.arrivedAt)}: {r.reason}
              </li>
            ))}
          </ul>
        </section>
      )}
      <button
        type="button"
        disabled={shown.length === 0}
        onClick={() =>
          void inbox.csv(shown.map((r) => r.id)).then((text) => {
            downloadText('sitwell-clinic-sessions.csv', text, 'text/csv');
            setMessage(`CSV of ${shown.length} session(s) made.`);
          })
        }
      >
        Download CSV of the sessions shown
      </button>
      <p class="small" role="status">
        {message}
      </p>
    </main>
  );
}
