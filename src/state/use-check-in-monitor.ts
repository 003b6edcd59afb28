import { useEffect, useRef } from 'preact/hooks';
import type { NewEntry } from '../storage/entries';
import { hasRaisedAlarm } from '../domain/log/session-fold';
import { missedDueTimes } from '../domain/check-in/schedule';
import { playChime, startAlarmTone, stopAlarmTone } from '../platform/alarm-sound';
import {
  clearCheckInNotification,
  setBadge,
  showCheckInNotification,
  vibrate,
} from '../platform/alarm-signals';
import type { SessionStore } from './session-store';
import type { ActiveSessionView } from './use-active-session';

/**
 * Turns the clock into log entries and alarms: records missed check-ins (5 min overdue, once per
 * due time), logs each alarm once, and drives every alarm channel. Runs in the one active tab.
 */
export function useCheckInMonitor(
  view: ActiveSessionView | undefined,
  now: number,
  store: SessionStore,
): void {
  // Entries already being written, so a tick during an in-flight append doesn't write them twice.
  const inFlight = useRef(new Set<string>());
  const once = (key: string, input: NewEntry): void => {
    if (inFlight.current.has(key)) return;
    inFlight.current.add(key);
    void store.append(input);
  };

  const s = view?.schedule;
  const f = view?.fold;
  useEffect(() => {
    if (!s || !f || f.anchorAt === undefined) return;
    for (const dueAt of missedDueTimes({
      anchorAt: f.anchorAt,
      intervalMin: f.intervalMin,
      now,
      alreadyRecorded: f.missedDueAts,
    })) {
      once(`missed:${dueAt}`, { kind: 'check-in-missed', data: { dueAt, lateMs: now - dueAt } });
    }
    if (s.phase === 'pre-alert' && !hasRaisedAlarm(f, s.nextDueAt, 'pre')) {
      once(`pre:${s.nextDueAt}`, {
        kind: 'alarm-raised',
        data: { dueAt: s.nextDueAt, level: 'pre' },
      });
      playChime();
    }
    if (s.phase === 'due' || s.phase === 'urgent') {
      for (const level of s.phase === 'urgent'
        ? (['due', 'urgent'] as const)
        : (['due'] as const)) {
        if (!hasRaisedAlarm(f, s.nextDueAt, level))
          once(`${level}:${s.nextDueAt}`, {
            kind: 'alarm-raised',
            data: { dueAt: s.nextDueAt, level },
          });
      }
    }
  }, [now, s?.phase, s?.nextDueAt, f]);

  const level = s?.phase === 'urgent' ? 'urgent' : s?.phase === 'due' ? 'due' : undefined;
  useEffect(() => {
    if (!level) {
      stopAlarmTone();
      setBadge(0);
      void clearCheckInNotification();
      return;
    }
    startAlarmTone(level);
    setBadge(1);
    const urgent = level === 'urgent';
    void showCheckInNotification(
      urgent ? 'Check-in overdue — check on them now' : 'Check-in due',
      urgent
        ? 'The check-in is more than 2 minutes late. Open Sitwell and check on the patient.'
        : 'Time to check on the patient. Open Sitwell to record it.',
    );
  }, [level, s?.nextDueAt]);

  // Vibration repeats with the tone; it stops when the alarm does.
  useEffect(() => {
    if (!level) return;
    const pattern = level === 'urgent' ? [300, 150, 300, 150, 300] : [500, 300, 500];
    vibrate(pattern);
    const id = setInterval(() => vibrate(pattern), level === 'urgent' ? 2500 : 5000);
    return () => {
      clearInterval(id);
      vibrate([]);
    };
  }, [level]);

  useEffect(
    () => () => {
      stopAlarmTone();
      setBadge(0);
    },
    [],
  );
}
