import { useEffect } from 'preact/hooks';
import { AlarmDialog } from '../components/session/AlarmDialog';
import { AlarmStrip } from '../components/session/AlarmStrip';
import { ClockNotice } from '../components/session/ClockNotice';
import { PendingBanner } from '../components/session/PendingBanner';
import { WakeLockBanner } from '../components/session/WakeLockBanner';
import { unresolvedEmergency } from '../domain/escalation/status';
import { useObservable } from '../lib/use-observable';
import { sound, unlockAudio } from '../platform/alarm-sound';
import { alignTicksTo, useNow } from '../platform/clock';
import { navigate, PATHS, useRoute } from '../platform/router';
import { requestWakeLock, useWakeLockMissing, wakeLock } from '../platform/wake-lock';
import { useSessionStore, useSessionSnapshot } from '../state/services';
import { alarmSetAsideFor, isAlarmSetAside, setAlarmAside } from '../state/alarm-deferral';
import { useActiveSession } from '../state/use-active-session';
import { useContacts } from '../state/use-contacts';
import { useCheckInMonitor } from '../state/use-check-in-monitor';
import { useProviderDeadline } from '../state/use-provider-deadline';
import { clockNotice, dismissClockNotice, useClockLog } from '../state/use-clock-log';
import { useReopenSnapshot } from '../state/use-reopen-snapshot';
import { useVisibilityLog } from '../state/use-visibility-log';
import { useLiveLink } from '../state/use-live-link';

/** Runs for the whole session on every screen: the clock, missed check-ins, alarms and their UI. */
export default function SessionMonitor() {
  const store = useSessionStore();
  const { resumed } = useSessionSnapshot();
  const now = useNow(1000);
  const view = useActiveSession(now);
  const path = useRoute();
  const contacts = useContacts(view?.session);
  useCheckInMonitor(view, now, store);
  useProviderDeadline(view, now, store);
  useVisibilityLog(store, view?.fold, resumed);
  useClockLog(store, view?.session.id);
  useReopenSnapshot(store, contacts.emergencyNumber);
  useLiveLink();
  const clockJump = useObservable(clockNotice);
  // Every second tick falls on the due time's millisecond: the alarm is raised on time.
  const dueAt = view?.schedule?.nextDueAt;
  useEffect(() => {
    if (dueAt !== undefined) alignTicksTo(dueAt);
  }, [dueAt]);
  const soundState = useObservable(sound);
  useEffect(() => {
    // After a reload the browser may allow sound without a tap (installed app, autoplay
    // allowed); if not, the first tap anywhere turns it on, and the alarm screen asks for one.
    void unlockAudio();
    // The wake lock is asked for again on the first tap after a reload (browsers want a
    // gesture) and whenever Sitwell comes back on screen (the browser released it when hidden).
    const keepOn = (): void => {
      if (wakeLock.get() !== 'on' && wakeLock.get() !== 'unsupported') void requestWakeLock();
    };
    const onTap = (): void => {
      void unlockAudio();
      keepOn();
    };
    const onVisible = (): void => {
      if (document.visibilityState === 'visible') keepOn();
    };
    keepOn();
    document.addEventListener('pointerdown', onTap, { capture: true });
    document.addEventListener('visibilitychange', onVisible);
    return () => {
      document.removeEventListener('pointerdown', onTap, { capture: true });
      document.removeEventListener('visibilitychange', onVisible);
    };
  }, []);
  const wakeMissing = useWakeLockMissing();
  const unsaved = view?.pending.length ?? 0;
  useEffect(() => {
    if (unsaved === 0) return;
    // A copy is kept outside IndexedDB too, but the browser's own "Leave site?" is a last guard.
    const warn = (e: BeforeUnloadEvent): void => {
      e.preventDefault();
      e.returnValue = '';
    };
    addEventListener('beforeunload', warn);
    return () => removeEventListener('beforeunload', warn);
  }, [unsaved > 0]);

  const s = view?.schedule;
  // While an emergency is open the alarm never covers its screen (see AlarmStrip), nor after
  // "Something's wrong" on the alarm: the sitter picks a situation at once.
  const emergencyOpen = view ? unresolvedEmergency(view.entries) !== undefined : false;
  const setAside = isAlarmSetAside(useObservable(alarmSetAsideFor), s?.nextDueAt);
  const stripReason = emergencyOpen ? 'emergency' : setAside ? 'situation' : undefined;
  const checkIn = (): void => {
    void unlockAudio();
    navigate(PATHS.checkIn);
  };
  const alarming = s?.phase === 'due' || s?.phase === 'urgent';
  const urgent = s?.phase === 'urgent';
  const announce = alarming
    ? urgent
      ? 'Urgent: check-in overdue. Check on the patient now.'
      : 'Check-in due. Check on the patient now.'
    : '';

  return (
    <>
      {/* Always present so screen readers announce the change the moment it happens. */}
      <div aria-live="assertive" role="status" class="visually-hidden">
        {announce}
      </div>
      {view && view.pending.length > 0 && (
        <PendingBanner
          count={view.pending.length}
          message={view.pending[0]!.error.message}
          onRetry={() => void store.retryPending()}
        />
      )}
      {/* The session screen shows it in its own flow, below the three actions. */}
      {clockJump && path !== PATHS.session && (
        <ClockNotice jump={clockJump} onDismiss={dismissClockNotice} floating />
      )}
      {/* The session screen shows it in its own flow, below the three actions. */}
      {wakeMissing && path !== PATHS.session && (
        <WakeLockBanner onRestore={() => void requestWakeLock()} />
      )}
      {alarming && path !== PATHS.checkIn && stripReason && (
        <AlarmStrip
          urgent={urgent}
          overdueMs={s.overdueMs}
          reason={stripReason}
          onCheckIn={checkIn}
        />
      )}
      {alarming && path !== PATHS.checkIn && !stripReason && (
        <AlarmDialog
          urgent={urgent}
          overdueMs={s.overdueMs}
          soundOn={soundState.ready}
          emergencyNumber={contacts.emergencyNumber}
          onCheckIn={checkIn}
          onSomethingWrong={() => {
            void unlockAudio();
            setAlarmAside(s.nextDueAt);
            navigate(PATHS.wrong);
          }}
          onEnableSound={() => void unlockAudio()}
        />
      )}
    </>
  );
}
