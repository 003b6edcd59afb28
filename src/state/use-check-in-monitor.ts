import { useEffect, useLayoutEffect } from 'preact/hooks';
import { ALARM_NOTICE, monitorDecision } from '../domain/check-in/monitor';
import { unresolvedEmergency } from '../domain/escalation/status';
import {
  clearCheckInNotification,
  setBadge,
  showCheckInNotification,
  vibrate,
} from '../platform/alarm-signals';
import { playChime, startAlarmTone, stopAlarmTone } from '../platform/alarm-sound';
import { useObservable } from '../lib/use-observable';
import { now as readClock } from '../platform/clock';
import { alarmSetAsideFor, isAlarmSetAside } from './alarm-deferral';
import type { SessionStore } from './session-store';
import type { ActiveSessionView } from './use-active-session';

const VIBRATION = { due: [500, 300, 500], urgent: [300, 150, 300, 150, 300] } as const;
const REPEAT_MS = { due: 5000, urgent: 2500 } as const;

/**
 * Carries out the check-in clock's decisions (see domain/check-in/monitor.ts): writes missed
 * check-ins and alarms to the log once each, and drives every alarm channel. Runs in the one
 * active tab.
 */
export function useCheckInMonitor(
  view: ActiveSessionView | undefined,
  now: number,
  store: SessionStore,
): void {
  const s = view?.schedule;
  const f = view?.fold;
  const decision = f ? monitorDecision(f, s, now) : undefined;

  useEffect(() => {
    if (!decision) return;
    for (const { key, entry } of decision.writes) {
      // The key names the event (a due time, an alarm level) and is the entry's action id: a
      // tick during an in-flight append, or another writer, cannot log it twice.
      void store.append({ ...entry, actionId: key });
    }
    if (decision.chime) playChime();
  }, [now, s?.phase, s?.nextDueAt, f]);

  const level = decision?.tone;
  // Softer while an emergency is open (the sitter must hear the call handler) or while the
  // sitter, from the alarm, is telling Sitwell what is wrong.
  const setAside = isAlarmSetAside(useObservable(alarmSetAsideFor), s?.nextDueAt);
  const quiet = setAside || (view ? unresolvedEmergency(view.entries) !== undefined : false);
  // A layout effect: the tone starts in the same task as the tick that found it due, not a frame
  // later.
  useLayoutEffect(() => {
    if (!level) {
      stopAlarmTone();
      setBadge(0);
      void clearCheckInNotification();
      return;
    }
    startAlarmTone(level, quiet);
    // For `npm run bench` (alarm on time): when the alarm was raised, against its due time.
    globalThis.performance?.mark?.('sitwell:alarm', {
      detail: { dueAt: s?.nextDueAt, level, raisedAt: readClock() },
    });
    setBadge(1);
    void showCheckInNotification(ALARM_NOTICE[level].title, ALARM_NOTICE[level].body);
  }, [level, s?.nextDueAt, quiet]);

  // Vibration repeats with the tone; it stops when the alarm does.
  useEffect(() => {
    if (!level) return;
    vibrate([...VIBRATION[level]]);
    const id = setInterval(() => vibrate([...VIBRATION[level]]), REPEAT_MS[level]);
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
