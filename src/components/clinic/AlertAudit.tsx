import { clockTime, dayDateTime } from '../../domain/format/time';
import type { AlertRow } from '../../domain/relay/clinic-feed';
import { acknowledgedBy } from './BoardList';

const KIND = { overdue: 'Check-in overdue', emergency: 'Emergency' } as const;

/** The audit list: every alert, who acknowledged it and when, how it closed. */
export function AlertAudit({
  alerts,
  deviceId,
  whoOf,
}: {
  alerts: readonly AlertRow[];
  deviceId: string;
  /** The session's name on the board, when it has one. */
  whoOf: (sessionId: string) => string;
}) {
  if (alerts.length === 0) return <p class="muted">No alerts yet.</p>;
  return (
    <ul class="list" aria-label="Alerts, newest first">
      {alerts.map((a) => (
        <li key={a.id}>
          <p>
            <strong>{KIND[a.kind]}</strong>: {whoOf(a.sessionId)}, opened {dayDateTime(a.openedAt)}
          </p>
          <p class="small">
            {a.acknowledgedAt !== null
              ? `Acknowledged at ${clockTime(a.acknowledgedAt)} by ` +
                acknowledgedBy(a.acknowledgedBy ?? '', deviceId)
              : 'Not acknowledged'}
            {a.closedAt !== null
              ? `; closed at ${clockTime(a.closedAt)} (${closedWhy(a.closedBy)})`
              : '; still open'}
            .
          </p>
        </li>
      ))}
    </ul>
  );
}

function closedWhy(by: string | null): string {
  if (by === 'check-in') return 'the sitter checked in';
  if (by === 'resolved') return 'the sitter marked it resolved';
  if (by === 'ended') return 'the session ended';
  return by ?? 'closed';
}
