import { useState } from 'preact/hooks';
import { ClinicSetupForm } from '../../components/clinic/ClinicSetupForm';
import { KeyFingerprint } from '../../components/clinic/KeyFingerprint';
import { ScreenHeading } from '../../components/common/ScreenHeading';
import { CLINIC_PATHS } from '../../platform/clinic-paths';
import { navigate, useRoute } from '../../platform/router';
import { useClinicBoard } from '../../state/clinic-board';
import { useClinicInbox } from '../../state/clinic-inbox';
import { useClinicConsole, type ClinicConsole } from '../../state/clinic-setup';
import { ClinicAlertsView } from './ClinicAlertsView';
import { ClinicBoardView } from './ClinicBoardView';
import { ClinicInboxView } from './ClinicInboxView';
import { ClinicProtocolView } from './ClinicProtocolView';
import { ClinicSessionView } from './ClinicSessionView';

// The clinic console, every /clinic… path: set-up on a device that has none, else the board
// and its screens, which share one connection to the relay.

/** The console's entry: set-up, or the console. */
export default function ClinicScreen() {
  const path = useRoute();
  const { console: c, error, setUp } = useClinicConsole();
  const [fresh, setFresh] = useState(false);
  if (error)
    return (
      <main class="stack" aria-labelledby="clinic-heading">
        <ScreenHeading id="clinic-heading">Clinic console</ScreenHeading>
        <p class="banner error" role="alert">
          {error}
        </p>
      </main>
    );
  if (c === undefined)
    return (
      <p class="muted" role="status">
        Loading…
      </p>
    );
  if (c === null)
    return (
      <main class="stack" aria-labelledby="clinic-heading">
        <ScreenHeading id="clinic-heading">Set up the clinic console</ScreenHeading>
        <p>
          The console shows every live Sitwell session of your clinic and calls attention to the one
          that needs it. This device makes the clinic’s encryption key: sessions are readable only
          here, never on the relay.
        </p>
        <ClinicSetupForm
          onSetUp={async (input) => {
            const r = await setUp(input);
            if (r.ok) setFresh(true);
            return r.ok ? undefined : r.message;
          }}
        />
      </main>
    );
  if (fresh) return <SetUpDone c={c} onDone={() => setFresh(false)} />;
  return <ClinicConsoleView c={c} path={path} />;
}

function SetUpDone({ c, onDone }: { c: ClinicConsole; onDone: () => void }) {
  return (
    <main class="stack" aria-labelledby="clinic-heading">
      <ScreenHeading id="clinic-heading">The clinic is set up</ScreenHeading>
      <p role="status">
        {c.device.name} is open on this relay, and this device holds its key. Next, make the
        protocol link for a household.
      </p>
      <KeyFingerprint name={c.device.name} fingerprint={c.device.fingerprint} />
      <div class="row">
        <button
          type="button"
          class="primary"
          onClick={() => {
            onDone();
            navigate(CLINIC_PATHS.protocol);
          }}
        >
          Make a protocol link
        </button>
        <button
          type="button"
          onClick={() => {
            onDone();
            navigate(CLINIC_PATHS.board);
          }}
        >
          Open the board
        </button>
      </div>
    </main>
  );
}

const NAV: [string, string][] = [
  [CLINIC_PATHS.board, 'Board'],
  [CLINIC_PATHS.alerts, 'Alerts'],
  [CLINIC_PATHS.inbox, 'Inbox'],
  [CLINIC_PATHS.protocol, 'Protocol link'],
];

function ClinicConsoleView({ c, path }: { c: ClinicConsole; path: string }) {
  const board = useClinicBoard(c);
  const inbox = useClinicInbox(board.board);
  const session = path.startsWith(CLINIC_PATHS.session)
    ? decodeURIComponent(path.slice(CLINIC_PATHS.session.length))
    : undefined;
  return (
    <>
      <nav aria-label="Clinic console" class="row clinic-nav">
        {NAV.map(([to, label]) => (
          <button
            key={to}
            type="button"
            aria-current={path === to ? 'page' : undefined}
            onClick={() => navigate(to)}
          >
            {label}
          </button>
        ))}
      </nav>
      {session !== undefined ? (
        <ClinicSessionView c={c} board={board} sessionId={session} />
      ) : path === CLINIC_PATHS.alerts ? (
        <ClinicAlertsView c={c} board={board} />
      ) : path === CLINIC_PATHS.protocol ? (
        <ClinicProtocolView c={c} />
      ) : path === CLINIC_PATHS.inbox ? (
        <ClinicInboxView inbox={inbox} />
      ) : (
        <ClinicBoardView c={c} board={board} />
      )}
    </>
  );
}
