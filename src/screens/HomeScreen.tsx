import { BeforeTheDay } from '../components/BeforeTheDay';
import { ScreenHeading } from '../components/ScreenHeading';
import { StorageStatusCard } from '../components/StorageStatusCard';
import { formatDuration } from '../domain/format/duration';
import { navigate, PATHS } from '../platform/router';
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
  const href = PATHS.pastSession + encodeURIComponent(record.id);
  return (
    <li>
      <a
        href={href}
        onClick={(e) => {
          e.preventDefault();
          navigate(href);
        }}
      >
        <strong>{DATE_TIME.format(start)}</strong>
      </a>
      <span class="muted">{who}</span>
      <br />
      <span>
        {duration} · {plural(digest.checkIns, 'check-in')} ·{' '}
        {plural(digest.missed, 'missed check-in')}
      </span>
    </li>
  );
}

// Intl rather than date-fns here: the home screen is the first bundle and must stay small.
const DATE_TIME = new Intl.DateTimeFormat(undefined, {
  weekday: 'short',
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
});

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}
