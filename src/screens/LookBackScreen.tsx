import { useState } from 'preact/hooks';
import { LockGate } from '../components/review/LockGate';
import { MoodScale } from '../components/common/MoodScale';
import { PatientEntries } from '../components/review/PatientEntries';
import { ReflectionForm } from '../components/review/ReflectionForm';
import { ScreenHeading } from '../components/common/ScreenHeading';
import { SessionTimeline } from '../components/charts/SessionTimeline';
import { VitalsChart } from '../components/charts/VitalsChart';
import { clockTime, dayDate } from '../domain/format/time';
import { isKind, type EntryInput } from '../domain/log/entry';
import { sessionStory } from '../domain/review/patient-wording';
import { sessionTimeline } from '../domain/review/timeline';
import { vitalsSeries } from '../domain/review/vitals-series';
import { goBack, navigate, sessionPath, sharePath } from '../platform/router';
import { lockGateProps, usePatientLock } from '../state/use-patient-lock';
import { useSessionAppend } from '../state/use-session-append';
import { useSessionRecord } from '../state/use-session-record';

/** The patient's own look back at a session: the story, the timeline, their words and entries. */
export default function LookBackScreen({ sessionId }: { sessionId: string }) {
  const lock = usePatientLock();
  const { session, error, reload } = useSessionRecord(sessionId);
  const append = useSessionAppend(sessionId);
  const [status, setStatus] = useState('');
  const [moodAfter, setMoodAfter] = useState<number>();

  const save = async (input: EntryInput, done: string): Promise<boolean> => {
    const result = await append(input);
    setStatus(result.ok ? done : `Not saved: ${result.message}`);
    if (result.ok) reload();
    return result.ok;
  };

  const body = () => {
    if (error)
      return (
        <p class="banner error" role="alert">
          {error}
        </p>
      );
    if (!session?.record)
      return (
        <p class="muted" role="status">
          Loading…
        </p>
      );
    const { record, entries } = session;
    const t = sessionTimeline(entries, record.protocol);
    const day = dayDate(record.createdAt);
    const hasAfter = entries.some((e) => isKind(e, 'patient-mood') && e.data.moment === 'after');
    return (
      <>
        <section class="stack" aria-labelledby="story-heading">
          <h2 id="story-heading">What happened</h2>
          {sessionStory(t, clockTime).map((s) => (
            <p key={s}>{s}</p>
          ))}
        </section>
        <SessionTimeline timeline={t} />
        <VitalsChart series={vitalsSeries(entries, record.protocol)} from={t.from} to={t.to} />
        {t.wordsAllowed && (
          <section aria-labelledby="words-heading">
            <h2 id="words-heading">What you said</h2>
            {t.words.length === 0 ? (
              <p class="muted">Nothing was written down.</p>
            ) : (
              <ul class="list">
                {t.words.map((w) => (
                  <li key={w.at}>
                    <span class="small muted">{clockTime(w.at)}</span> “{w.text}”
                  </li>
                ))}
              </ul>
            )}
          </section>
        )}
        <section class="stack" aria-labelledby="yours-heading">
          <h2 id="yours-heading">Your own words</h2>
          <p class="small muted">
            These are yours. They stay on this device and go to the provider only if you tick them
            when sharing. Nothing is ever edited: a change is a new entry.
          </p>
          <PatientEntries entries={entries} sessionDay={day} />
          {!hasAfter && (
            <form
              class="stack"
              onSubmit={(e) => {
                e.preventDefault();
                if (moodAfter !== undefined)
                  void save(
                    { kind: 'patient-mood', data: { moment: 'after', score: moodAfter } },
                    'Your mood is saved.',
                  );
              }}
            >
              <MoodScale
                legend="How do you feel now?"
                name="mood-after"
                value={moodAfter}
                onChange={setMoodAfter}
              />
              <button type="submit" class="primary" disabled={moodAfter === undefined}>
                Save my mood
              </button>
            </form>
          )}
          <ReflectionForm
            onSave={(data) =>
              save({ kind: 'patient-reflection', data }, 'Your reflection is saved.')
            }
          />
          <p role="status" class="small">
            {status}
          </p>
        </section>
        <div class="row">
          <button onClick={() => navigate(sharePath(sessionId))}>Share with the provider</button>
          <button onClick={() => navigate(sessionPath(sessionId))}>The sitter’s record</button>
          {lock.hasLock && <button onClick={lock.lockAgain}>Lock again</button>}
        </div>
      </>
    );
  };

  return (
    <main class="stack" aria-labelledby="look-back-heading">
      <ScreenHeading id="look-back-heading">Looking back</ScreenHeading>
      <LockGate {...lockGateProps(lock)}>{body()}</LockGate>
      <button class="block" onClick={goBack}>
        Back
      </button>
    </main>
  );
}
