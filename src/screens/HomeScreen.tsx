import { useEffect, useState } from 'preact/hooks';
import { BeforeTheDay } from '../components/before/BeforeTheDay';
import type { PastSessionList } from '../components/review/PastSessionList';
import { ScreenHeading } from '../components/common/ScreenHeading';
import { StorageStatusCard } from '../components/common/StorageStatusCard';
import { navigate, PATHS } from '../platform/router';
import { usePastSessions } from '../state/use-past-sessions';
import { useStorageStatus } from '../state/use-storage-status';

// The list's code (and the date formats it brings) is not in the first screen's bundle: it loads
// once there are sessions to list.
const loadList = () =>
  import('../components/review/PastSessionList').then((m) => m.PastSessionList);

/** The first screen: what Sitwell is, start a session, past sessions, storage status. */
export function HomeScreen() {
  const { sessions, error } = usePastSessions();
  const { status, ask } = useStorageStatus();
  const [List, setList] = useState<typeof PastSessionList>();
  const [listFailed, setListFailed] = useState<unknown>();
  const someSessions = !!sessions && sessions.length > 0;
  useEffect(() => {
    if (someSessions) loadList().then((c) => setList(() => c), setListFailed);
  }, [someSessions]);
  if (listFailed) throw listFailed;
  // Drawn once the sessions are known, so nothing moves under a finger when they arrive.
  if (!error && (!sessions || (someSessions && !List)))
    return (
      <p role="status" class="muted">
        Opening Sitwell…
      </p>
    );

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
        {sessions?.length === 0 && (
          <p class="muted">
            No sessions yet. When you end a session it appears here with its check-ins.
          </p>
        )}
        {sessions && sessions.length > 0 && List && <List sessions={sessions} />}
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
