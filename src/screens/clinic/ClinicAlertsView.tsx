import { AlertAudit } from '../../components/clinic/AlertAudit';
import { ScreenHeading } from '../../components/common/ScreenHeading';
import type { ClinicConsole } from '../../state/clinic-setup';
import type { BoardState } from './ClinicBoardView';

/** The audit list of alerts and acknowledgments. */
export function ClinicAlertsView({ c, board }: { c: ClinicConsole; board: BoardState }) {
  const whoOf = (id: string) =>
    board.rows.find((r) => r.id === id)?.who ?? `Session ${id.slice(0, 8)}`;
  return (
    <main class="stack" aria-labelledby="alerts-heading">
      <ScreenHeading id="alerts-heading">Alerts and acknowledgments</ScreenHeading>
      {board.alerts === undefined ? (
        <p class="muted" role="status">
          Loading…
        </p>
      ) : (
        <AlertAudit alerts={board.alerts} deviceId={c.device.deviceId} whoOf={whoOf} />
      )}
    </main>
  );
}
