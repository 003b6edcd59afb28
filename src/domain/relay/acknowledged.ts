import { isKind, type Entry } from '../log/entry';

// Word back from the clinic: the relay's answer about the session read for acknowledged alerts,
// and whether the latest one still stands on the session screen.

/** An alert someone acknowledged ("I'm calling"). */
export interface Acknowledgment {
  alertId: string;
  by: string;
  at: number;
}

/** The acknowledged alerts in a `GET /sessions/:id` answer; anything malformed is skipped. */
export function acknowledgmentsIn(body: unknown): Acknowledgment[] {
  const alerts = (body as { alerts?: unknown } | null)?.alerts;
  if (!Array.isArray(alerts)) return [];
  return alerts.flatMap((a: unknown) => {
    const { id, acknowledgedAt, acknowledgedBy } = (a ?? {}) as Record<string, unknown>;
    const ok =
      typeof id === 'string' &&
      typeof acknowledgedAt === 'number' &&
      Number.isFinite(acknowledgedAt) &&
      typeof acknowledgedBy === 'string';
    return ok ? [{ alertId: id, by: acknowledgedBy, at: acknowledgedAt }] : [];
  });
}

/**
 * The acknowledgment to show: the latest, unless a check-in, a resolved emergency or the end came
 * after it (then the alert it answered is over).
 */
export function standingAcknowledgment(
  entries: readonly Entry[],
): Entry<'clinic-acknowledged'> | undefined {
  for (let i = entries.length - 1; i >= 0; i--) {
    const e = entries[i]!;
    if (isKind(e, 'clinic-acknowledged')) return e;
    if (isKind(e, 'check-in') || isKind(e, 'session-ended')) return undefined;
    if (isKind(e, 'escalation-action') && e.data.action === 'resolved') return undefined;
  }
  return undefined;
}
