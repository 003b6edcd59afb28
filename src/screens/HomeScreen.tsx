import { BeforeTheDay } from '../components/BeforeTheDay';
import { ScreenHeading } from '../components/ScreenHeading';
import { StorageStatusCard } from '../components/StorageStatusCard';
import { formatDuration } from '../domain/format/duration';
import { weekdayDateTime } from '../domain/format/time';
import { lookBackPath, navigate, PATHS, sessionPath, sharePath } from '../platform/router';
import { usePastSessions, type PastSession } from '../state/use-past-sessions';
import { useStorageStatus } from '../state/use-storage-status';

/** The first screen: what Sitwell is, start a session, past sessions, storage status. */
export function HomeScreen() {
  const { sessions, error } = usePastSessions();
  const { status, ask } = useStorageStatus();

  return (
    <main class="stack" aria-labelledby="home-heading">
      <ScreenHeading id="home-heading">Sitwell</ScreenHeading>
      <p>A calm check-in timer and log for the sober sitter at an at-home ketamine session.</p>
      <button class="primary block" onClick={() => navigate(PATHS.prepare)}>
        Prepare and start
      </button>
      <button class="small" onClick={() => navigate(PATHS.start)}>
        Skip to start session
      </button>
      {sessions && <BeforeTheDay open={sessions.length === 0} />}

      <section aria-labelledby="past-heading">
        <h2 id="past-heading">Past sessions</h2>
        {error && (
          <p class="banner error" role="alert">
            {error.message}
          </p>
        )}
        {!sessions && !error && (
          <p class="muted" role="status">
            Loading…
          </p>
        )}
        {sessions?.length === 0 && (
          <p class="muted">
            No sessions yet. When you end a session it appears here with its check-ins.
          </p>
        )}
        {sessions && sessions.length > 0 && (
          <ul class="list">
            {sessions.map((s) => (
              <PastSessionItem key={s.record.id} s={s} />
            ))}
          </ul>
        )}
      </section>

      <section class="stack" aria-labelledby="more-heading">
        <h2 id="more-heading">For the patient and the provider</h2>
        <button class="block" onClick={() => navigate(PATHS.series)}>
          Your sessions over time
        </button>
        <button class="block" onClick={() => navigate(PATHS.records)}>
          Open a session record
        </button>
      </section>
      <StorageStatusCard status={status} onAsk={ask} />
      <button class="block" onClick={() => navigate(PATHS.settings)}>
        Settings
      </button>
    </main>
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
