import { useEffect } from 'preact/hooks';
import { isProtocolFragment } from '../domain/protocol/fragment-key';
import { decodePathPart, navigate, parseSessionPath, PATHS, useRoute } from '../platform/router';
import { HomeScreen } from '../screens/HomeScreen';
import { useSessionSnapshot } from '../state/services';
import { lazyScreen } from './lazy';

// The home screen is in the first bundle; everything else loads on first use (and is precached).
const PrepScreen = lazyScreen(() => import('../screens/PrepScreen'));
const StartScreen = lazyScreen(() => import('../screens/StartScreen'));
const SettingsScreen = lazyScreen(() => import('../screens/SettingsScreen'));
const ContactsScreen = lazyScreen(() => import('../screens/ContactsScreen'));
const ProtocolScreen = lazyScreen(() => import('../screens/ProtocolScreen'));
const SourcesScreen = lazyScreen(() => import('../screens/SourcesScreen'));
const SummaryScreen = lazyScreen<{ sessionId: string }>(() => import('../screens/SummaryScreen'));
const SessionScreen = lazyScreen(() => import('../screens/SessionScreen'));
const LogScreen = lazyScreen(() => import('../screens/LogScreen'));
const CheckInScreen = lazyScreen(() => import('../screens/CheckInScreen'));
const SomethingWrongScreen = lazyScreen(() => import('../screens/SomethingWrongScreen'));
const EmergencyScreen = lazyScreen(() => import('../screens/EmergencyScreen'));
const BpCheckScreen = lazyScreen(() => import('../screens/BpCheckScreen'));
const ProviderScreen = lazyScreen(() => import('../screens/ProviderScreen'));
const GroundingScreen = lazyScreen(() => import('../screens/GroundingScreen'));
const ClosingScreen = lazyScreen(() => import('../screens/ClosingScreen'));
const ShareScreen = lazyScreen<{ sessionId: string }>(() => import('../screens/ShareScreen'));
const OpenRecordScreen = lazyScreen(() => import('../screens/OpenRecordScreen'));
const ReceivedRecordScreen = lazyScreen<{ recordId: string }>(
  () => import('../screens/ReceivedRecordScreen'),
);
const SessionMonitor = lazyScreen(() => import('./SessionMonitor'));
// The clinic console: every /clinic… path, in its own chunk.
const ClinicScreen = lazyScreen(() => import('../screens/clinic/ClinicScreen'));
// The patient's screens.
const LookBackScreen = lazyScreen<{ sessionId: string }>(() => import('../screens/LookBackScreen'));
const SeriesScreen = lazyScreen(() => import('../screens/SeriesScreen'));
const SelfCheckScreen = lazyScreen(() => import('../screens/SelfCheckScreen'));
const PrivacyScreen = lazyScreen(() => import('../screens/PrivacyScreen'));
// A backup contact watching someone else's session (their own Sitwell may be idle).
const WatchScreen = lazyScreen<{ relaySessionId: string }>(() => import('../screens/WatchScreen'));

// Screens that make sense with or without a running session.
const ANYTIME: Record<string, () => preact.JSX.Element> = {
  [PATHS.settings]: () => <SettingsScreen />,
  [PATHS.contacts]: () => <ContactsScreen />,
  [PATHS.protocol]: () => <ProtocolScreen />,
  [PATHS.sources]: () => <SourcesScreen />,
  [PATHS.privacy]: () => <PrivacyScreen />,
};

const IN_SESSION: Record<string, () => preact.JSX.Element> = {
  [PATHS.log]: () => <LogScreen />,
  [PATHS.checkIn]: () => <CheckInScreen />,
  [PATHS.wrong]: () => <SomethingWrongScreen />,
  [PATHS.emergency]: () => <EmergencyScreen />,
  [PATHS.bpCheck]: () => <BpCheckScreen />,
  [PATHS.provider]: () => <ProviderScreen />,
  [PATHS.grounding]: () => <GroundingScreen />,
  [PATHS.end]: () => <ClosingScreen />,
};

// A provider's protocol link (`#protocol=…`, or a cut-off `#protocol`) opens the protocol screen,
// which previews it before applying, or says what is wrong with it.
const openProtocolLink = (): void => {
  if (isProtocolFragment(location.hash) && location.pathname !== PATHS.protocol)
    navigate(PATHS.protocol + location.hash, { replace: true });
};

// Whether a session was running when Sitwell last looked: only a hint for preloading, never for
// deciding what to show (the session store decides that).
const SESSION_HINT = 'sitwell.session-running';

/**
 * At start-up: if a session was running, load its screen and monitor now, while storage opens,
 * so reopening mid-session does not wait for them after the session is found.
 */
export function preloadRunningSession(): void {
  let running = false;
  try {
    running = localStorage.getItem(SESSION_HINT) === '1';
  } catch {
    // Storage blocked: no hint, no preloading.
  }
  if (!running) return;
  SessionScreen.preload();
  SessionMonitor.preload();
}

/** Picks the screen for the current path; a running session always comes first. */
export function Routes() {
  const path = useRoute();
  const { session, loaded } = useSessionSnapshot();
  const active = !!session;

  useEffect(() => {
    try {
      if (loaded) localStorage.setItem(SESSION_HINT, active ? '1' : '0');
    } catch {
      // Only a hint.
    }
  }, [loaded, active]);

  useEffect(() => {
    openProtocolLink();
    addEventListener('hashchange', openProtocolLink);
    return () => removeEventListener('hashchange', openProtocolLink);
  }, []);

  useEffect(() => {
    if (!loaded) return;
    // Opening Sitwell (or a stale path) during a session goes straight back to it.
    if (
      active &&
      (path === PATHS.home ||
        path === PATHS.start ||
        path === PATHS.prepare ||
        (path.startsWith(PATHS.pastSession) && parseSessionPath(path)?.view !== 'look-back') ||
        path.startsWith(PATHS.records))
    ) {
      navigate(PATHS.session, { replace: true });
    }
    // Read the live path: effects run after paint, and ending moves on to the summary before that.
    // '/sessions/…' (a past session) also starts with '/session': match the session's own paths
    // only.
    const live = location.pathname;
    if (!active && (live === PATHS.session || live.startsWith(`${PATHS.session}/`)))
      navigate(PATHS.home, { replace: true });
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
  const anytime = ANYTIME[path];
  if (anytime) return anytime();
  if (path.startsWith('/clinic')) return <ClinicScreen />;
  // The patient's own screens stay open during a session (the alarm still rings over them).
  const past = parseSessionPath(path);
  if (past?.view === 'look-back') return <LookBackScreen sessionId={past.id} />;
  if (path === PATHS.series) return <SeriesScreen />;
  if (path === PATHS.selfCheck) return <SelfCheckScreen />;
  if (path.startsWith(PATHS.watch))
    return <WatchScreen relaySessionId={decodePathPart(path.slice(PATHS.watch.length))} />;
  if (active) return (IN_SESSION[path] ?? (() => <SessionScreen />))();
  if (path === PATHS.prepare) return <PrepScreen />;
  if (path === PATHS.start) return <StartScreen />;
  if (past?.view === 'share') return <ShareScreen sessionId={past.id} />;
  if (past?.view === 'summary') return <SummaryScreen sessionId={past.id} />;
  if (path === PATHS.records) return <OpenRecordScreen />;
  if (path.startsWith(`${PATHS.records}/`))
    return <ReceivedRecordScreen recordId={decodePathPart(path.slice(PATHS.records.length + 1))} />;
  return <HomeScreen />;
}
