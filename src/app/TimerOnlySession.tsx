import { useEffect, useRef, useState } from 'preact/hooks';
import { AlarmDialog } from '../components/session/AlarmDialog';
import { IntervalPicker } from '../components/before/IntervalPicker';
import { INTERVAL_MAX, INTERVAL_MIN } from '../domain/before/start-form';
import { scheduleState } from '../domain/check-in/schedule';
import { dialHref, EMPTY_CONTACTS, withEmergencyNumber } from '../domain/contacts/contacts';
import { formatCountdown } from '../domain/format/duration';
import { useObservable } from '../lib/use-observable';
import {
  playChime,
  sound,
  startAlarmTone,
  stopAlarmTone,
  unlockAudio,
} from '../platform/alarm-sound';
import { alignTicksTo, now, useNow } from '../platform/clock';
import { deviceRegionHint } from '../platform/region';
import { requestWakeLock } from '../platform/wake-lock';

// When the browser gives Sitwell no storage at all, the sitter can still have the one thing that
// matters most on the day: the check-in timer and its alarm. Nothing here is saved; the screen
// says so at the top for as long as it runs.

/** The check-in timer and alarm, in memory only. */
export default function TimerOnlySession() {
  const [interval, setIntervalText] = useState('15');
  const [anchorAt, setAnchorAt] = useState<number>();
  const [checkIns, setCheckIns] = useState(0);
  const emergency = withEmergencyNumber(EMPTY_CONTACTS, deviceRegionHint()).emergencyNumber;
  const callLink = (
    <a class="call-link" href={dialHref(emergency)}>
      Call {emergency}
    </a>
  );
  const t = useNow(1000);
  const soundOn = useObservable(sound).ready;
  const n = Number(interval);
  const valid = /^\d+$/.test(interval) && n >= INTERVAL_MIN && n <= INTERVAL_MAX;
  const s =
    anchorAt === undefined ? undefined : scheduleState({ anchorAt, intervalMin: n, now: t });
  const alarming = s?.phase === 'due' || s?.phase === 'urgent';
  const chimedFor = useRef<number>();
  const heading = useRef<HTMLHeadingElement>(null);
  // Opened from the storage screen's last button: bring the timer to the sitter.
  useEffect(() => heading.current?.focus(), []);

  useEffect(() => {
    if (s) alignTicksTo(s.nextDueAt);
  }, [s?.nextDueAt]);
  useEffect(() => {
    if (s?.phase === 'pre-alert' && chimedFor.current !== s.nextDueAt) {
      chimedFor.current = s.nextDueAt;
      playChime();
    }
    if (alarming) startAlarmTone(s.phase === 'urgent' ? 'urgent' : 'due');
    else stopAlarmTone();
  }, [s?.phase, s?.nextDueAt]);
  useEffect(() => () => stopAlarmTone(), []);

  const checkIn = (): void => {
    void unlockAudio();
    void requestWakeLock();
    stopAlarmTone();
    setAnchorAt(now());
    setCheckIns((c) => (anchorAt === undefined ? 0 : c + 1));
  };

  return (
    <section class="stack" aria-labelledby="timer-only-heading">
      <h2 id="timer-only-heading" ref={heading} tabIndex={-1}>
        Timer only: nothing is saved
      </h2>
      <p>
        The check-in timer and alarm work, but there is no log, summary or export. Write down what
        you see on paper, with the time. Keep this screen open and on.
      </p>
      {anchorAt === undefined || !s ? (
        <>
          <IntervalPicker
            value={interval}
            onChange={setIntervalText}
            error={valid ? undefined : `Choose ${INTERVAL_MIN} to ${INTERVAL_MAX} minutes.`}
          />
          <button class="primary block" disabled={!valid} onClick={checkIn}>
            Start the timer
          </button>
        </>
      ) : (
        <>
          <div class="card session-timer">
            <p class="muted">{s.msToDue < 0 ? 'Check-in overdue by' : 'Next check-in in'}</p>
            <div role="timer" aria-label="Next check-in" class="countdown">
              {formatCountdown(Math.abs(s.msToDue))}
            </div>
            <p class="muted">
              Every {n} min · {checkIns === 1 ? '1 check-in' : `${checkIns} check-ins`} so far (not
              saved)
            </p>
          </div>
          <button class="primary block" onClick={checkIn}>
            I checked on them
          </button>
        </>
      )}
      <p>If they are not breathing normally or you cannot wake them: {callLink}</p>
      {alarming && (
        <AlarmDialog
          urgent={s.phase === 'urgent'}
          overdueMs={s.overdueMs}
          soundOn={soundOn}
          emergencyNumber={emergency}
          onCheckIn={checkIn}
          onSomethingWrong={() => {
            checkIn();
            location.href = dialHref(emergency);
          }}
          onEnableSound={() => void unlockAudio()}
        />
      )}
    </section>
  );
}
