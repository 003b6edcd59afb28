import { LockGate } from '../components/review/LockGate';
import { ScreenHeading } from '../components/common/ScreenHeading';
import { SelfCheckChart } from '../components/review/SelfCheckChart';
import { SeriesChart } from '../components/review/SeriesChart';
import { SeriesTable } from '../components/review/SeriesTable';
import { INSTRUMENT_IDS } from '../domain/review/self-check-items';
import { seriesRows } from '../domain/review/series';
import { goBack, navigate, PATHS } from '../platform/router';
import { useSessionSnapshot } from '../state/services';
import { useContacts } from '../state/use-contacts';
import { usePastSessions } from '../state/use-past-sessions';
import { lockGateProps, usePatientLock } from '../state/use-patient-lock';
import { useSelfChecks } from '../state/use-self-checks';

/** All sessions as one path, as a chart and a table, and the patient's self-checks over time. */
export default function SeriesScreen() {
  const lock = usePatientLock();
  const { sessions, error } = usePastSessions();
  const self = useSelfChecks();
  const contacts = useContacts(useSessionSnapshot().session);
  const rows = sessions ? seriesRows(sessions) : undefined;

  return (
    <main class="stack" aria-labelledby="series-heading">
      <ScreenHeading id="series-heading">Your sessions over time</ScreenHeading>
      <LockGate {...lockGateProps(lock)}>
        <p>
          Progress is rarely a straight line: a harder session, or a bend after quick relief, is
          part of the path. This is for you and, if you choose, for your provider.
        </p>
        {error && (
          <p class="banner error" role="alert">
            {error.message}
          </p>
        )}
        {!rows && !error && (
          <p class="muted" role="status">
            Loading…
          </p>
        )}
        {rows?.length === 0 && <p class="muted">No sessions yet.</p>}
        {rows && rows.length > 0 && (
          <>
            <SeriesChart rows={rows} />
            <SeriesTable rows={rows} />
          </>
        )}
        <section class="stack" aria-labelledby="self-heading">
          <h2 id="self-heading">Weekly self-checks</h2>
          <p class="small muted">
            Optional: the PHQ-9 (low mood) and GAD-7 (anxiety) questionnaires, scored with their
            standard bands. They are for you and your provider to talk about, not a diagnosis.
          </p>
          {self.error && (
            <p class="banner error" role="alert">
              {self.error}
            </p>
          )}
          {self.checks &&
            INSTRUMENT_IDS.map((id) => (
              <SelfCheckChart
                key={id}
                checks={self.checks!}
                instrument={id}
                emergencyNumber={contacts.emergencyNumber}
              />
            ))}
          <button class="block" onClick={() => navigate(PATHS.selfCheck)}>
            Answer a self-check
          </button>
        </section>
      </LockGate>
      <button class="block" onClick={goBack}>
        Back
      </button>
    </main>
  );
}
