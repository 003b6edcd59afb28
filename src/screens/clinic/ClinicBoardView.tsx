import { useState } from 'preact/hooks';
import { BoardList } from '../../components/clinic/BoardList';
import { ConnectionLine } from '../../components/clinic/ConnectionLine';
import { ScreenHeading } from '../../components/common/ScreenHeading';
import { clinicSessionPath } from '../../platform/clinic-paths';
import { navigate } from '../../platform/router';
import type { useClinicBoard } from '../../state/clinic-board';
import type { ClinicConsole } from '../../state/clinic-setup';

/** The board's state, as the console's screens share it. */
export type BoardState = ReturnType<typeof useClinicBoard>;

/** The live board: every session, most urgent first. */
export function ClinicBoardView({ c, board }: { c: ClinicConsole; board: BoardState }) {
  const [messages, setMessages] = useState<Record<string, string>>({});
  const [pushMessage, setPushMessage] = useState('');
  const say = (id: string, text: string) => setMessages((m) => ({ ...m, [id]: text }));
  return (
    <main class="stack" aria-labelledby="board-heading">
      <ScreenHeading id="board-heading">{c.device.name}: live sessions</ScreenHeading>
      <ConnectionLine {...board.conn} now={board.now} />
      <BoardList
        rows={board.rows}
        deviceId={c.device.deviceId}
        messages={messages}
        actions={{
          onAck: (id) => {
            say(id, 'Acknowledging…');
            void board.ack(id).then((text) => say(id, text));
          },
          onOpen: (id) => navigate(clinicSessionPath(id)),
        }}
      />
      <section class="card stack" aria-labelledby="board-alerting">
        <h2 id="board-alerting">How this device alerts you</h2>
        <label class="row check">
          <input
            type="checkbox"
            class="checkbox"
            checked={board.soundOn}
            onChange={(e) => void board.setSound(e.currentTarget.checked)}
          />
          <span>Sound while a session is overdue or in an emergency and nobody acknowledged</span>
        </label>
        <button
          type="button"
          onClick={() => {
            setPushMessage('Asking…');
            void board.enablePush().then(setPushMessage);
          }}
        >
          Send alerts to this device as notifications
        </button>
        <p class="small" role="status">
          {pushMessage}
        </p>
      </section>
    </main>
  );
}
