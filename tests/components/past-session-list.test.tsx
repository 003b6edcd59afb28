// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { LATEST_SHOWN, PastSessionList } from '../../src/components/review/PastSessionList';
import { sessionDigest } from '../../src/domain/log/session-digest';
import { DEFAULT_PROTOCOL } from '../../src/domain/protocol/protocol';
import { closingLog } from '../fixtures/closing-log';
import { sessionFixture } from '../fixtures/session-record';

afterEach(cleanup);

const DAY = 24 * 60 * 60_000;

/** `n` ended sessions a day apart, newest first, as home lists them. */
function sessions(n: number) {
  const digest = sessionDigest(
    closingLog().started(0).ended(120, 'Done').entries,
    DEFAULT_PROTOCOL,
  );
  return Array.from({ length: n }, (_, i) => {
    const startedAt = (digest.startedAt ?? 0) - i * DAY;
    return {
      record: { ...sessionFixture(), id: `s${i}`, createdAt: startedAt },
      digest: { ...digest, startedAt },
    };
  });
}

describe('PastSessionList', () => {
  it('lists every session when there are only a few, without a Show all button', () => {
    render(<PastSessionList sessions={sessions(3)} />);
    expect(screen.getAllByRole('listitem')).toHaveLength(3);
    expect(screen.getAllByRole('link', { name: /^Summary, / })).toHaveLength(3);
    expect(screen.queryByRole('button')).toBeNull();
  });

  it('shows the latest ten of a long history and the rest on request', () => {
    render(<PastSessionList sessions={sessions(25)} />);
    expect(screen.getAllByRole('listitem')).toHaveLength(LATEST_SHOWN);
    const more = screen.getByRole('button', { name: 'Show all 25 sessions' });
    expect(more.getAttribute('aria-expanded')).toBe('false');
    fireEvent.click(more);
    expect(screen.getAllByRole('listitem')).toHaveLength(25);
    const fewer = screen.getByRole('button', { name: `Show only the latest ${LATEST_SHOWN}` });
    expect(fewer.getAttribute('aria-expanded')).toBe('true');
    fireEvent.click(fewer);
    expect(screen.getAllByRole('listitem')).toHaveLength(LATEST_SHOWN);
  });

  it('names each session’s links by its date, newest first', () => {
    render(<PastSessionList sessions={sessions(2)} />);
    const [first, second] = screen.getAllByRole('link', { name: /^Look back, / });
    expect(first?.getAttribute('href')).toBe('/sessions/s0/look-back');
    expect(second?.getAttribute('href')).toBe('/sessions/s1/look-back');
  });
});
