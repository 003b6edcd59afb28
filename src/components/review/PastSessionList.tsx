import { useId, useState } from 'preact/hooks';
import { formatDuration } from '../../domain/format/duration';
import { weekdayDateTime } from '../../domain/format/time';
import type { SessionRecord } from '../../domain/log/session';
import type { SessionDigest } from '../../domain/log/session-digest';
import { lookBackPath, navigate, sessionPath, sharePath } from '../../platform/router';

// Home's past sessions, newest first: the latest few, and the rest on request, so that a long
// history (a maintenance course over years) neither buries "Prepare and start" nor slows home.

/** How many sessions home shows before "Show all". */
export const LATEST_SHOWN = 10;

interface PastSession {
  record: SessionRecord;
  digest: SessionDigest;
}

/** The sessions (newest first) as a list with each one's Summary, Look back and Share. */
export function PastSessionList({ sessions }: { sessions: readonly PastSession[] }) {
  const [all, setAll] = useState(false);
  const id = useId();
  const shown = all ? sessions : sessions.slice(0, LATEST_SHOWN);
  return (
    <>
      <ul class="list" id={id}>
        {shown.map((s) => (
          <PastSessionItem key={s.record.id} s={s} />
        ))}
      </ul>
      {sessions.length > LATEST_SHOWN && (
        <button aria-expanded={all} aria-controls={id} onClick={() => setAll(!all)}>
          {all ? `Show only the latest ${LATEST_SHOWN}` : `Show all ${sessions.length} sessions`}
        </button>
      )}
    </>
  );
}

function PastSessionItem({ s }: { s: PastSession }) {
  const { digest, record } = s;
  const start = digest.startedAt ?? record.createdAt;
  const duration =
    digest.durationMs !== undefined ? formatDuration(digest.durationMs) : 'not ended';
  const who = digest.patientName ? ` · with ${digest.patientName}` : '';
  return (
    <li class="stack past-session">
      <p>
        <strong>{weekdayDateTime(start)}</strong>
        <span class="muted">{who}</span>
        <br />
        <span>
          {duration} · {plural(digest.checkIns, 'check-in')} ·{' '}
          {plural(digest.missed, 'missed check-in')}
        </span>
      </p>
      <div class="row">
        <Link href={sessionPath(record.id)} label="Summary" context={weekdayDateTime(start)} />
        <Link href={lookBackPath(record.id)} label="Look back" context={weekdayDateTime(start)} />
        <Link href={sharePath(record.id)} label="Share" context={weekdayDateTime(start)} />
      </div>
    </li>
  );
}

/** An in-app link that names its session for screen readers ("Summary, Sun 8 Mar…"). */
function Link({ href, label, context }: { href: string; label: string; context: string }) {
  return (
    <a
      class="button"
      href={href}
      aria-label={`${label}, ${context}`}
      onClick={(e) => {
        e.preventDefault();
        navigate(href);
      }}
    >
      {label}
    </a>
  );
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}
