// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { IntervalPicker } from '../../src/components/IntervalPicker';
import { ProtocolEditor } from '../../src/components/ProtocolEditor';
import { DEFAULT_PROTOCOL } from '../../src/domain/protocol/protocol';

afterEach(cleanup);

describe('IntervalPicker', () => {
  it('never offers more than 15 minutes, even when handed a longer interval', () => {
    for (const max of [undefined, 30]) {
      render(<IntervalPicker value="15" onChange={() => undefined} max={max} />);
      const radios = screen.getAllByRole('radio').map((r) => Number((r as HTMLInputElement).value));
      expect(Math.max(...radios)).toBe(15);
      const other = screen.getByLabelText('Or minutes (5–15)') as HTMLInputElement;
      expect(other.max).toBe('15');
      cleanup();
    }
  });
});

describe('ProtocolEditor', () => {
  it('refuses a 20-minute interval with the reason and its basis, and makes no link', () => {
    render(<ProtocolEditor initial={DEFAULT_PROTOCOL} onApply={() => undefined} />);
    fireEvent.input(screen.getByLabelText('Check-in interval (minutes, 5 to 15)'), {
      target: { value: '20' },
    });
    fireEvent.input(
      screen.getByLabelText(/^Minimum monitoring time \(minutes after the dose, at least 120\)$/),
      {
        target: { value: '60' },
      },
    );
    fireEvent.click(screen.getByRole('button', { name: 'Create link and file' }));
    const alert = screen.getByRole('alert');
    expect(within(alert).getByText(/^Nothing was created: 2 values need fixing/)).toBeTruthy();
    expect(alert.textContent).toContain(
      'Check-in interval: 20 minutes is longer than the 15 minutes programs require ' +
        '[seed interview, MB-help]; choose 15 or less.',
    );
    expect(alert.textContent).toContain(
      'Minimum monitoring time: 60 minutes is shorter than the 2 hours (120 minutes) Spravato ' +
        'monitoring requires [SPR-hcp, FDA-REMS]; choose 120 or more.',
    );
    expect(screen.queryByLabelText('Link to send')).toBeNull();
  });
});
