import { useState } from 'preact/hooks';
import { ScreenHeading } from '../components/common/ScreenHeading';
import { formatDuration } from '../domain/format/duration';
import { clockTime } from '../domain/format/time';
import { watchLine } from '../domain/relay/watch-view';
import { useNow } from '../platform/clock';
import { useWatch } from '../state/use-watch';

/** How old the screen's news is, or why it is not news at all. */
function freshness(problem: string | undefined, checkedAt: number | undefined, now: number) {
  const ago = checkedAt === undefined ? undefined : formatDuration(now - checkedAt);
  if (problem) return ago ? `${problem} Last answer ${ago} ago.` : problem;
  return checkedAt === undefined ? '' : `Checked ${Math.round((now - checkedAt) / 1000)} s ago.`;
}

/**
 * The backup contact's screen: whether one session's check-ins happen, "I'm calling", and the
 * alert on this phone. It shows nothing else of the session, because the relay knows nothing else.
 */
export default function WatchScreen({ relaySessionId }: { relaySessionId: string }) {
  const now = useNow(1000);
  const watch = useWatch(relaySessionId);
  const [said, setSaid] = useState('');
  const line = watch.session && watchLine(watch.session, now, clockTime);
  return (
    <main class="stack" aria-labelledby="watch-heading">
      <ScreenHeading id="watch-heading">Watching a Sitwell session</ScreenHeading>
      {!watch.token ? (
        <p class="banner error" role="alert">
          This watch link is incomplete. Ask the sitter to send it again.
        </p>
      ) : (
        <>
          <p class={`live-line ${line?.tone ?? 'ok'}`} role="status">
            {line?.text ?? (watch.problem ? 'Not known yet.' : 'Asking the server…')}
          </p>
          <p class="small muted">{freshness(watch.problem, watch.checkedAt, now)}</p>
          {line?.canAcknowledge && (
            <button class="primary block" onClick={() => void watch.acknowledge().then(setSaid)}>
              I’m calling the sitter
            </button>
          )}
          <section class="card stack" aria-labelledby="watch-alert-heading">
            <h2 id="watch-alert-heading">An alert on this phone</h2>
            <p>
              If a check-in is missed and nobody answers, the server can alert this phone even when
              this page is closed. It needs a connection, and Focus or Do Not Disturb can silence
              it.
            </p>
            <button onClick={() => void watch.alertMe().then(setSaid)}>
              Alert me on this phone
            </button>
          </section>
          {said && <p role="status">{said}</p>}
          <p class="small muted">
            You see only whether the check-ins happen on time. Everything the sitter writes stays
            between them, the patient and the clinic.
          </p>
        </>
      )}
    </main>
  );
}
