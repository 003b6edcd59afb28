import { useState } from 'preact/hooks';
import { VitalsChart } from '../../components/charts/VitalsChart';
import { BoardList } from '../../components/clinic/BoardList';
import { ScreenHeading } from '../../components/common/ScreenHeading';
import { SessionRecordViews } from '../../components/record/SessionRecordViews';
import { DEFAULT_PROTOCOL } from '../../domain/protocol/protocol';
import { sharedEntries } from '../../domain/report/record-format';
import { vitalsSeries } from '../../domain/review/vitals-series';
import { CLINIC_PATHS } from '../../platform/clinic-paths';
import { navigate } from '../../platform/router';
import type { ClinicConsole } from '../../state/clinic-setup';
import type { BoardState } from './ClinicBoardView';

/** One session: its row, the live timeline and vitals, the figures and the full log. */
export function ClinicSessionView({
  c,
  board,
  sessionId,
}: {
  c: ClinicConsole;
  board: BoardState;
  sessionId: string;
}) {
  const [message, setMessage] = useState<string>();
  const s = board.board.sessions.get(sessionId);
  const row = board.rows.find((r) => r.id === sessionId);
  const heading = row?.who ?? 'Session';
  const entries = s?.entries ?? [];
  const protocol = s?.protocol ?? DEFAULT_PROTOCOL;
  const shared = sharedEntries({ entries: [...entries] });
  const from = shared[0]?.at ?? board.now;
  return (
    <main class="stack" aria-labelledby="cs-heading">
      <ScreenHeading id="cs-heading">{heading}</ScreenHeading>
      {!row ? (
        <p class="muted" role="status">
          This session is not on the board (yet): it may have ended more than a day ago, or the
          board is still loading.
        </p>
      ) : (
        <BoardList
          rows={[row]}
          deviceId={c.device.deviceId}
          messages={message ? { [row.id]: message } : {}}
          actions={{
            onAck: (id) => void board.ack(id).then(setMessage),
            onOpen: () => navigate(CLINIC_PATHS.board),
            openLabel: 'Back to the board',
          }}
        />
      )}
      {s && s.unreadable.length > 0 && (
        <div class="banner warn" role="status">
          <p>Some updates could not be read, so they are not shown:</p>
          <ul>
            {s.unreadable.map((u) => (
              <li key={u}>{u}</li>
            ))}
          </ul>
        </div>
      )}
      {entries.length > 0 && (
        <>
          <VitalsChart series={vitalsSeries(shared, protocol)} from={from} to={board.now} />
          <SessionRecordViews entries={entries} protocol={protocol} />
        </>
      )}
    </main>
  );
}
