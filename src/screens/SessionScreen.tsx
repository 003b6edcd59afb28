import { useState } from 'preact/hooks';
import { ForegroundNotice } from '../components/session/ForegroundNotice';
import { CallButton } from '../components/common/CallButton';
import { ClockNotice } from '../components/session/ClockNotice';
import { LastCheckIn } from '../components/session/LastCheckIn';
import { NoteForm } from '../components/session/NoteForm';
import { RecordDose } from '../components/session/RecordDose';
import { SafetyActions } from '../components/session/SafetyActions';
import { ScreenHeading } from '../components/common/ScreenHeading';
import { WakeLockBanner } from '../components/session/WakeLockBanner';
import { SessionPlanPanel } from '../components/session/SessionPlanPanel';
import { SetupStatus } from '../components/session/SetupStatus';
import { canRecordDoseLater, laterDoseData } from '../domain/before/dose-later';
import { wordsAgreement } from '../domain/before/prep';
import { RECHECK_WHY } from '../domain/check-in/recheck';
import { providerWindow, wordingsOf } from '../domain/escalation/prompt-state';
import { formatCountdown, formatDuration } from '../domain/format/duration';
import { useObservable } from '../lib/use-observable';
import { notificationPermission, requestNotifications } from '../platform/alarm-signals';
import { sound as soundState, unlockAudio } from '../platform/alarm-sound';
import { now as clockNow, useNow } from '../platform/clock';
import { newId } from '../platform/crypto';
import { navigate, PATHS } from '../platform/router';
import { requestWakeLock, useWakeLockMissing, wakeLock } from '../platform/wake-lock';
import { useSessionStore } from '../state/services';
import { useActiveSession } from '../state/use-active-session';
import { clockNotice, dismissClockNotice } from '../state/use-clock-log';
import { useContacts } from '../state/use-contacts';
import { useReminderActions } from '../state/use-reminder-actions';
import { useStorageStatus } from '../state/use-storage-status';
import { useBackupAlarm, useLiveState, useShareLive, useWatchLinks } from '../state/use-live-link';
import { BackupAlarmNote } from '../components/session/BackupAlarmNote';
import { useLiveConsent } from '../state/use-live-consent';
import { LiveConsentCard } from '../components/before/LiveConsentCard';
import { BackupContactCard } from '../components/session/BackupContactCard';
import { LiveStatusLine } from '../components/session/LiveStatusLine';
import { standingAcknowledgment } from '../domain/relay/acknowledged';
import { liveLine } from '../domain/relay/live-status';

/** The sitter's screen for the hours after the dose: one countdown, the last check-in, actions. */
export default function SessionScreen() {
  const store = useSessionStore();
  const reminders = useReminderActions();
  const now = useNow(1000);
  const view = useActiveSession(now);
  const wake = useObservable(wakeLock);
  const wakeMissing = useWakeLockMissing();
  const sound = useObservable(soundState).ready;
  const { status, ask } = useStorageStatus();
  const [perm, setPerm] = useState(notificationPermission);
  // The open note form's action id: one note per opening, however many taps reach Save.
  const [noting, setNoting] = useState<string>();
  const contacts = useContacts(view?.session);
  const clockJump = useObservable(clockNotice);
  const live = useLiveState();
  const watchLinks = useWatchLinks();
  const consent = useLiveConsent();
  const backup = useBackupAlarm(view?.session.live ? view.session.id : undefined);
  const shareLive = useShareLive();
  const [shareError, setShareError] = useState<string>();
  if (!view?.schedule) return null;
  const providerPrompt = providerWindow(view.entries, now);
  const { fold, schedule } = view;
  const overdue = schedule.msToDue < 0;
  const sinceDose = fold.doseAt !== undefined ? formatDuration(now - fold.doseAt) : 'No dose yet';

  return (
    <main class="stack session-screen" aria-labelledby="session-heading">
      <ScreenHeading id="session-heading">Session in progress</ScreenHeading>
      <div class="session-grid">
        <section class="card session-timer" aria-label="Check-in timer">
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
          {view.recheck && schedule.recheck && (
            <p class="recheck-why">{RECHECK_WHY[view.recheck.reason]}</p>
          )}
          {/* Two lines of their own: a longer time since the dose never wraps into a new line
              that would move the buttons below. */}
          <p class="muted session-meta">
            <span>Every {fold.intervalMin} min</span>
            <span>
              {fold.doseAt !== undefined ? 'Since the dose: ' : ''}
              <strong class="nowrap">{sinceDose}</strong>
            </span>
          </p>
        </section>
        <div class="session-actions stack">
          <button class="primary block" onClick={() => navigate(PATHS.checkIn)}>
            Check in now
          </button>
          <button class="block something-wrong" onClick={() => navigate(PATHS.wrong)}>
            Something’s wrong
          </button>
          <CallButton number={contacts.emergencyNumber} />
        </div>
      </div>
      {view.session.live && live && (
        <LiveStatusLine
          line={liveLine(live, view.session.live.clinic.name, now)}
          ack={standingAcknowledgment(view.entries)}
          clinicPhone={contacts.providerPhone || view.session.protocol.providerPhone}
        />
      )}
      {view.session.live && (backup.support !== 'ready' || backup.problem) && (
        <BackupAlarmNote support={backup.support} problem={backup.problem} />
      )}
      {view.session.live && <BackupContactCard onMake={watchLinks.add} />}
      {wakeMissing && <WakeLockBanner onRestore={() => void requestWakeLock()} />}
      {clockJump && <ClockNotice jump={clockJump} onDismiss={dismissClockNotice} />}
      <ForegroundNotice />
      <SafetyActions entries={view.entries} onEmergency={() => navigate(PATHS.emergency)} />
      {providerPrompt && (
        <section class="card stack" aria-labelledby="open-provider-heading">
          <h2 id="open-provider-heading">Call the provider</h2>
          <p>{wordingsOf(providerPrompt.shown)[0]?.reason}</p>
          <button class="block" onClick={() => navigate(PATHS.provider)}>
            {providerPrompt.expired
              ? '10 minutes have passed: open the provider screen'
              : `Open the provider screen (${formatCountdown(providerPrompt.remainingMs)} left)`}
          </button>
        </section>
      )}
      {canRecordDoseLater(view.entries) && (
        <RecordDose
          onRecord={(actionId) =>
            store.append({
              kind: 'dose-recorded',
              data: laterDoseData(view.entries, clockNow()),
              actionId,
            })
          }
        />
      )}
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
          wordsAgreement={wordsAgreement(view.entries)}
          onCancel={() => setNoting(undefined)}
          onSave={async ({ kind, text }) => {
            const ok = await store.append({ kind, data: { text }, actionId: noting });
            setNoting(undefined);
            return ok;
          }}
        />
      )}
      <div class="row">
        <button onClick={() => navigate(PATHS.grounding)}>Help them feel safe</button>
        <button onClick={() => setNoting(newId())}>Add note</button>
        <button onClick={() => navigate(PATHS.log)}>Session log</button>
        <button onClick={() => navigate(PATHS.end)}>End session</button>
      </div>
      {consent.clinic && !view.session.live && !consent.problem && (
        <details class="card">
          <summary>Share live with {consent.clinic.name}</summary>
          <LiveConsentCard
            clinic={consent.clinic}
            choice={undefined}
            onChoose={(answer) => {
              if (answer)
                void shareLive({ ...answer, clinic: consent.clinic! }).then(setShareError);
            }}
          />
          {shareError && (
            <p class="banner error" role="alert">
              {shareError}
            </p>
          )}
        </details>
      )}
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
