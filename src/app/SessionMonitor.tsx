import { useEffect } from 'preact/hooks';
import { AlarmDialog } from '../components/AlarmDialog';
import { PendingBanner } from '../components/PendingBanner';
import { WakeLockBanner } from '../components/WakeLockBanner';
import { alarmToneLevel, audioReady, onSoundChange, unlockAudio } from '../platform/alarm-sound';
import { useNow } from '../platform/clock';
import { navigate, PATHS, useRoute } from '../platform/router';
import { onWakeLock, requestWakeLock, wakeLockState } from '../platform/wake-lock';
import { useActiveSession } from '../state/use-active-session';
import { useCheckInMonitor } from '../state/use-check-in-monitor';
import { useExternal } from '../state/use-external';
import { useVisibilityLog } from '../state/use-visibility-log';
import { useServices, useSessionSnapshot } from './app-context';

const subscribeWake = (l: () => void) => onWakeLock(l);

/** Runs for the whole session on every screen: the clock, missed check-ins, alarms and their UI. */
export default function SessionMonitor() {
  const { store } = useServices();
  const { resumed } = useSessionSnapshot();
  const now = useNow(1000);
  const view = useActiveSession(now);
  const path = useRoute();
  useCheckInMonitor(view, now, store);
  useVisibilityLog(store, view?.fold, resumed);
  useExternal(onSoundChange, alarmToneLevel);
  useEffect(() => {
    // After a reload the browser may allow sound without a tap (installed app, autoplay
    // allowed); if not, the first tap anywhere turns it on, and the alarm screen asks for one.
    void unlockAudio();
    const onTap = (): void => void unlockAudio();
    document.addEventListener('pointerdown', onTap, { capture: true });
    return () => document.removeEventListener('pointerdown', onTap, { capture: true });
  }, []);
  const wake = useExternal(subscribeWake, wakeLockState);

  const s = view?.schedule;
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
        <PendingBanner pending={view.pending} onRetry={() => void store.retryPending()} />
      )}
      {wake === 'lost' && <WakeLockBanner onRestore={() => void requestWakeLock()} />}
      {alarming && path !== PATHS.checkIn && (
        <AlarmDialog
          urgent={urgent}
          overdueMs={s.overdueMs}
          soundOn={audioReady()}
          onCheckIn={() => {
            void unlockAudio();
            navigate(PATHS.checkIn);
          }}
          onEnableSound={() => void unlockAudio()}
        />
      )}
    </>
  );
}
