import { dayDateTime } from '../../domain/format/time';
import { receivedTitle, type ReceivedSummary } from '../../domain/report/received-summary';

// The records this device received, each with who made it, when the session was and when it
// arrived, and the key that signed it; each opens read-only.

/** The list of received records; `hrefOf` gives each link's address, `onOpen` follows it. */
export function ReceivedList({
  records,
  hrefOf,
  onOpen,
}: {
  records: readonly ReceivedSummary[];
  hrefOf: (id: string) => string;
  onOpen: (id: string) => void;
}) {
  return (
    <ul class="list" aria-label="Received records">
      {records.map((r) => (
        <li key={r.id}>
          <a
            href={hrefOf(r.id)}
            onClick={(e) => {
              e.preventDefault();
              onOpen(r.id);
            }}
          >
            <strong>{receivedTitle(r)}</strong>
          </a>
          <br />
          <span>Received {dayDateTime(r.receivedAt)}</span>
          <br />
          <span class="small muted">
            {r.fingerprint ? `Signed by key ${r.fingerprint} · ` : ''}
            <span class="file-name">{r.fileName}</span>
          </span>
        </li>
      ))}
    </ul>
  );
}
