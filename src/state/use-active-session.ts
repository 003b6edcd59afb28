import { useMemo } from 'preact/hooks';
import { foldedView, withSchedule, type ActiveSessionView } from './active-view';
import { useSessionSnapshot } from './services';

export type { ActiveSessionView } from './active-view';

/** Derive the view; undefined when no session is running. */
export function useActiveSession(now: number): ActiveSessionView | undefined {
  const snap = useSessionSnapshot();
  const folded = useMemo(() => foldedView(snap), [snap]);
  return folded && withSchedule(folded, now);
}
