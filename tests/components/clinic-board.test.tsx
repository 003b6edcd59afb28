// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { acknowledgedBy, BoardList } from '../../src/components/clinic/BoardList';
import { ConnectionLine } from '../../src/components/clinic/ConnectionLine';
import type { BoardRow } from '../../src/domain/relay/board-rows';

afterEach(cleanup);

const row = (over: Partial<BoardRow>): BoardRow => ({
  id: 'a',
  who: 'Robin, with Kim sitting',
  kind: 'on-time',
  state: 'On time',
  unacknowledged: [],
  lateMs: 0,
  ...over,
});

describe('BoardList', () => {
  it('says each state in words, and offers "I’m calling" only for an unacknowledged alert', () => {
    const onAck = vi.fn();
    render(
      <BoardList
        deviceId="d1"
        messages={{}}
        actions={{ onAck, onOpen: vi.fn() }}
        rows={[
          row({
            id: 'b',
            who: 'Jo, with Ana sitting',
            kind: 'overdue',
            state: 'Overdue 6 min',
            unacknowledged: [{ id: 'x', kind: 'overdue', openedAt: 1 }],
          }),
          row({}),
        ]}
      />,
    );
    const late = screen.getByRole('article', { name: 'Jo, with Ana sitting' });
    expect(late.textContent).toContain('Overdue 6 min');
    fireEvent.click(within(late).getByRole('button', { name: 'Acknowledge: I’m calling' }));
    expect(onAck).toHaveBeenCalledWith('b');
    const calm = screen.getByRole('article', { name: 'Robin, with Kim sitting' });
    expect(calm.textContent).toContain('On time');
    expect(within(calm).queryByRole('button', { name: /Acknowledge/ })).toBeNull();
  });

  it('says who acknowledged in words', () => {
    expect(acknowledgedBy('device:d1', 'd1')).toBe('this device');
    expect(acknowledgedBy('device:d2', 'd1')).toBe('another clinic device');
    expect(acknowledgedBy('watcher:w', 'd1')).toBe('the backup contact');
  });

  it('says so when nothing is live', () => {
    render(
      <BoardList deviceId="d" messages={{}} actions={{ onAck() {}, onOpen() {} }} rows={[]} />,
    );
    expect(screen.getByText(/No live sessions/)).toBeTruthy();
  });
});

describe('ConnectionLine', () => {
  it('says how old the board is while the relay cannot be reached', () => {
    const t = Date.UTC(2026, 0, 1, 12, 0);
    render(<ConnectionLine state="down" since={t} freshAt={t - 5 * 60_000} now={t + 60_000} />);
    expect(screen.getByRole('status').textContent).toMatch(
      /cannot be reached since .*The board shows what the relay said at .*, 6 min ago\./,
    );
  });
});
