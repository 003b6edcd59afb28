import { formatDuration } from '../../domain/format/duration';
import { clockTime } from '../../domain/format/time';
import type { Entry } from '../../domain/log/entry';
import { describeObservation, describeVitals } from '../../domain/report/describe-entry';

/** The latest check-in in one glance. */
export function LastCheckIn({ entry, now }: { entry: Entry<'check-in'> | undefined; now: number }) {
  return (
    <section class="card" aria-labelledby="last-heading">
      <h2 id="last-heading">Last check-in</h2>
      {!entry ? (
        <p class="muted">No check-in yet.</p>
      ) : (
        <>
          <p>
            {clockTime(entry.at)} <span class="muted">({formatDuration(now - entry.at)} ago)</span>
          </p>
          <p>
            {[
              ...describeObservation(entry.data.observation),
              ...(entry.data.vitals ? describeVitals(entry.data.vitals) : []),
            ].join(' · ') || 'No answers recorded'}
          </p>
          {entry.data.note && <p class="muted">Note: {entry.data.note}</p>}
        </>
      )}
    </section>
  );
}
