import { dayDate, dayDateTime } from '../domain/format/time';

// The records this device received, each with who made it, when the session was and when it
// arrived, and the key that signed it; each opens read-only.

/** A received record as listed (what storage reads from it). */
export interface ReceivedItem {
  id: string;
  receivedAt: number;
  fileName: string;
  sitterName: string;
  patientName?: string;
  sessionCreatedAt?: number;
  fingerprint?: string;
}

/** The title of a received record: who, and the session's day. */
export function receivedTitle(r: ReceivedItem): string {
  const sitter = r.sitterName || 'an unnamed sitter';
  const who = r.patientName ? `${r.patientName}, sat by ${sitter}` : `Session sat by ${sitter}`;
  return r.sessionCreatedAt !== undefined ? `${who}, ${dayDate(r.sessionCreatedAt)}` : who;
}

/** The list of received records; `hrefOf` gives each link's address, `onOpen` follows it. */
export function ReceivedList({
  records,
  hrefOf,
  onOpen,
}: {
  records: readonly ReceivedItem[];
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
