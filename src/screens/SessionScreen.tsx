import { useState } from 'preact/hooks';
import { ForegroundNotice } from '../components/ForegroundNotice';
import { LastCheckIn } from '../components/LastCheckIn';
import { NoteForm } from '../components/NoteForm';
import { SafetyActions } from '../components/SafetyActions';
import { ScreenHeading } from '../components/ScreenHeading';
import { SessionPlanPanel } from '../components/SessionPlanPanel';
import { SetupStatus } from '../components/SetupStatus';
import { formatCountdown, formatDuration } from '../domain/format/duration';
import { useObservable } from '../lib/use-observable';
import { notificationPermission, requestNotifications } from '../platform/alarm-signals';
import { sound as soundState, unlockAudio } from '../platform/alarm-sound';
import { useNow } from '../platform/clock';
import { navigate, PATHS } from '../platform/router';
import { requestWakeLock, wakeLock } from '../platform/wake-lock';
import { useSessionStore } from '../state/services';
import { useActiveSession } from '../state/use-active-session';
import { useReminderActions } from '../state/use-reminder-actions';
import { useStorageStatus } from '../state/use-storage-status';

/** The sitter's screen for the hours after the dose: one countdown, the last check-in, actions. */
export default function SessionScreen() {
  const store = useSessionStore();
  const reminders = useReminderActions();
  const now = useNow(1000);
  const view = useActiveSession(now);
  const wake = useObservable(wakeLock);
  const sound = useObservable(soundState).ready;
  const { status, ask } = useStorageStatus();
  const [perm, setPerm] = useState(notificationPermission);
  const [noting, setNoting] = useState(false);
  if (!view?.schedule) return null;
  const { fold, schedule } = view;
  const overdue = schedule.msToDue < 0;
  const sinceDose = fold.doseAt !== undefined ? formatDuration(now - fold.doseAt) : '—';

  return (
    <main class="stack" aria-labelledby="session-heading">
      <ScreenHeading id="session-heading">Session in progress</ScreenHeading>
      <ForegroundNotice />
      <section class="card" aria-label="Check-in timer">
        <p class="muted" id="timer-label">
          {overdue ? 'Check-in overdue by' : 'Next check-in in'}
        </p>
        <div
          role="timer"
          aria-label="Next check-in"
          class={`countdown${overdue ? ' overdue' : ''}`}
        >
          {formatCountdown(Math.abs(schedule.msToDue))}
        </div>
        <p class="muted">
          Every {fold.intervalMin} min · Time since dose: <strong>{sinceDose}</strong>
        </p>
      </section>
      <button class="primary block" onClick={() => navigate(PATHS.checkIn)}>
        Check in now
      </button>
      <SafetyActions
        entries={view.entries}
        onEmergency={() => navigate(PATHS.emergency)}
        onSomethingWrong={() => navigate(PATHS.wrong)}
        onGrounding={() => navigate(PATHS.grounding)}
      />
      <LastCheckIn entry={fold.lastCheckIn} now={now} />
      <SessionPlanPanel
        protocol={view.session.protocol}
        entries={view.entries}
        doseAt={fold.doseAt}
        now={now}
        onRecord={reminders.record}
        onSkip={reminders.skip}
      />
      {noting && (
        <NoteForm
          onCancel={() => setNoting(false)}
          onSave={async (text) => {
            const ok = await store.append({ kind: 'note', data: { text } });
            setNoting(false);
            return ok;
          }}
        />
      )}
      <div class="row">
        <button onClick={() => setNoting(true)}>Add note</button>
        <button onClick={() => navigate(PATHS.log)}>Session log</button>
        <button onClick={() => navigate(PATHS.end)}>End session</button>
      </div>
      <SetupStatus
        wake={wake}
        sound={sound}
        notifications={perm}
        persisted={status?.persisted}
        onWake={() => void requestWakeLock()}
        onSound={() => void unlockAudio()}
        onNotifications={() => void requestNotifications().then(setPerm).then(ask)}
      />
    </main>
  );
}
