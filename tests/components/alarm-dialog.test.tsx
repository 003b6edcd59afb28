// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { AlarmDialog } from '../../src/components/session/AlarmDialog';

beforeAll(() => {
  // jsdom has <dialog> but not its modal methods.
  HTMLDialogElement.prototype.showModal ??= function (this: HTMLDialogElement) {
    this.open = true;
  };
  HTMLDialogElement.prototype.close ??= function (this: HTMLDialogElement) {
    this.open = false;
  };
});
afterEach(cleanup);

const props = {
  overdueMs: 0,
  soundOn: true,
  emergencyNumber: '112',
  onCheckIn: () => undefined,
  onSomethingWrong: () => undefined,
  onEnableSound: () => undefined,
};

describe('AlarmDialog', () => {
  it('is an alert dialog named "Check-in due" whose one action is checking in', () => {
    const onCheckIn = vi.fn();
    render(<AlarmDialog {...props} urgent={false} onCheckIn={onCheckIn} />);
    const dialog = screen.getByRole('alertdialog', { name: 'Check-in due' });
    expect(dialog.getAttribute('aria-modal')).toBe('true');
    fireEvent.click(screen.getByRole('button', { name: 'Check in' }));
    expect(onCheckIn).toHaveBeenCalledOnce();
  });

  it('cannot be dismissed with Escape (the cancel event is refused)', () => {
    render(<AlarmDialog {...props} urgent={false} />);
    const dialog = screen.getByRole('alertdialog');
    const cancel = new Event('cancel', { cancelable: true });
    dialog.dispatchEvent(cancel);
    expect(cancel.defaultPrevented).toBe(true);
  });

  it('says how overdue an urgent alarm is', () => {
    render(<AlarmDialog {...props} urgent overdueMs={3 * 60_000} />);
    expect(screen.getByText('Overdue by 3 min. Go and check on them now.')).toBeTruthy();
  });

  it('offers to turn the sound on when the browser kept it silent', () => {
    const onEnableSound = vi.fn();
    render(<AlarmDialog {...props} urgent={false} soundOn={false} onEnableSound={onEnableSound} />);
    fireEvent.click(screen.getByRole('button', { name: /Sound is off/ }));
    expect(onEnableSound).toHaveBeenCalledOnce();
  });
});

describe('AlarmDialog, after the new-user walk', () => {
  it('carries the emergency number as a one-tap call link', () => {
    render(<AlarmDialog {...props} urgent={false} />);
    const dialog = screen.getByRole('alertdialog');
    const call = screen.getByRole('link', { name: 'Call 112' });
    expect(call.getAttribute('href')).toBe('tel:112');
    expect(dialog.contains(call)).toBe(true);
  });
});

describe('AlarmDialog, after the clinical review', () => {
  it('offers "Something’s wrong" next to "Check in"', () => {
    const onSomethingWrong = vi.fn();
    render(<AlarmDialog {...props} urgent={false} onSomethingWrong={onSomethingWrong} />);
    fireEvent.click(screen.getByRole('button', { name: 'Something’s wrong' }));
    expect(onSomethingWrong).toHaveBeenCalledOnce();
  });
});
