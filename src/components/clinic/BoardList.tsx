import { Component } from 'preact';
import { clockTime } from '../../domain/format/time';
import type { BoardRow, RowKind } from '../../domain/relay/board-rows';

// The live board: one card per session, most urgent first. The state is always in words; its
// colour and mark repeat them for a glance across the room.

const MARK: Record<RowKind, string> = {
  emergency: '!!',
  overdue: '!',
  'not-sending': '?',
  due: '•',
  'on-time': '✓',
  'no-schedule': '–',
  ended: '■',
};

/** Who acknowledged, in words ("this device", "another clinic device", "the backup contact"). */
export function acknowledgedBy(by: string, thisDevice: string): string {
  if (by === `device:${thisDevice}`) return 'this device';
  if (by.startsWith('device:')) return 'another clinic device';
  return by.startsWith('watcher:') ? 'the backup contact' : 'someone';
}

/** What a row's buttons do. */
export interface RowActions {
  onAck: (sessionId: string) => void;
  onOpen: (sessionId: string) => void;
  /** The open button's words ("Open session" on the board). */
  openLabel?: string;
}

interface RowProps {
  row: BoardRow;
  deviceId: string;
  actions: RowActions;
  message: string | undefined;
}

// A row redraws only when its own props change: a new board shares the rows it did not touch
// only by value, so compare the row's words rather than its identity.
class Row extends Component<RowProps> {
  override shouldComponentUpdate(next: RowProps): boolean {
    const p = this.props;
    return (
      p.message !== next.message ||
      p.deviceId !== next.deviceId ||
      p.actions !== next.actions ||
      !sameRow(p.row, next.row)
    );
  }
  override render() {
    return <RowView {...this.props} />;
  }
}

function sameRow(a: BoardRow, b: BoardRow): boolean {
  return (
    a === b ||
    (a.who === b.who &&
      a.kind === b.kind &&
      a.state === b.state &&
      a.detail === b.detail &&
      a.sinceDose === b.sinceDose &&
      a.lastCheckIn === b.lastCheckIn &&
      a.nextDue === b.nextDue &&
      a.unacknowledged.length === b.unacknowledged.length &&
      a.acknowledged?.at === b.acknowledged?.at)
  );
}

function RowView({ row, deviceId, actions, message }: RowProps) {
  const head = `row-${row.id}`;
  const needs = row.unacknowledged.length > 0;
  return (
    <li class={`board-row kind-${row.kind}`}>
      <article aria-labelledby={head} class="stack">
        <h2 id={head} class="board-who">
          {row.who}
        </h2>
        <p class="board-state">
          <span class="board-mark" aria-hidden="true">
            {MARK[row.kind]}
          </span>{' '}
          <strong>{row.state}</strong>
          {row.detail && <span class="board-detail"> · {row.detail}</span>}
        </p>
        <dl class="board-facts">
          <div>
            <dt>Since the dose</dt>
            <dd>{row.sinceDose ?? 'no dose recorded'}</dd>
          </div>
          <div>
            <dt>Last check-in</dt>
            <dd>{row.lastCheckIn ?? 'none yet'}</dd>
          </div>
          <div>
            <dt>Next due</dt>
            <dd>{row.nextDue ?? '—'}</dd>
          </div>
        </dl>
        {row.acknowledged && (
          <p class="small">
            Acknowledged by {acknowledgedBy(row.acknowledged.by, deviceId)} at{' '}
            {clockTime(row.acknowledged.at)}: they are calling.
          </p>
        )}
        <div class="row">
          {needs && (
            <button type="button" class="primary" onClick={() => actions.onAck(row.id)}>
              Acknowledge: I’m calling
            </button>
          )}
          <button type="button" onClick={() => actions.onOpen(row.id)}>
            {actions.openLabel ?? 'Open session'}
          </button>
        </div>
        {message && (
          <p class="small" role="status">
            {message}
          </p>
        )}
      </article>
    </li>
  );
}

/** Every row; `messages` holds the outcome of a row's last action. */
export function BoardList({
  rows,
  deviceId,
  actions,
  messages,
}: {
  rows: readonly BoardRow[];
  deviceId: string;
  actions: RowActions;
  messages: Readonly<Record<string, string>>;
}) {
  if (rows.length === 0)
    return <p class="muted">No live sessions. A session shows here once a sitter starts one.</p>;
  return (
    <ul class="list board" aria-label="Live sessions, most urgent first">
      {rows.map((r) => (
        <Row key={r.id} row={r} deviceId={deviceId} actions={actions} message={messages[r.id]} />
      ))}
    </ul>
  );
}
