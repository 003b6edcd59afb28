import { useEffect } from 'preact/hooks';
import { navigate, PATHS, useRoute } from '../platform/router';
import { HomeScreen } from '../screens/HomeScreen';
import { useSessionSnapshot } from './app-context';
import { lazyScreen } from './lazy';

// The home screen is in the first bundle; everything else loads on first use (and is precached).
const StartScreen = lazyScreen(() => import('../screens/StartScreen'));
const SessionScreen = lazyScreen(() => import('../screens/SessionScreen'));
const LogScreen = lazyScreen(() => import('../screens/LogScreen'));
const CheckInScreen = lazyScreen(() => import('../screens/CheckInScreen'));
const SessionMonitor = lazyScreen(() => import('./SessionMonitor'));

/** Picks the screen for the current path; a running session always comes first. */
export function Routes() {
  const path = useRoute();
  const { session, loaded } = useSessionSnapshot();
  const active = !!session;

  useEffect(() => {
    // Opening Sitwell (or any stale path) during a session goes straight back to it.
    if (loaded && active && (path === PATHS.home || path === PATHS.start)) navigate(PATHS.session, { replace: true });
    if (loaded && !active && path.startsWith(PATHS.session)) navigate(PATHS.home, { replace: true });
  }, [loaded, active, path]);

  return (
    <>
      {/* The monitor runs whichever screen is showing: alarms never depend on the screen. */}
      {active && <SessionMonitor />}
      {screenFor(path, active)}
    </>
  );
}

function screenFor(path: string, active: boolean) {
  if (active && path === PATHS.log) return <LogScreen />;
  if (active && path === PATHS.checkIn) return <CheckInScreen />;
  if (active) return <SessionScreen />;
  if (path === PATHS.start) return <StartScreen />;
  return <HomeScreen />;
}
