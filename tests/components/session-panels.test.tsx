// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { PendingBanner } from '../../src/components/session/PendingBanner';
import { ReminderCard } from '../../src/components/session/ReminderCard';
import { SafetyActions } from '../../src/components/session/SafetyActions';
import type { Reminder } from '../../src/domain/check-in/reminders';
import { MIN, makeLog, started } from '../fixtures/entries';

afterEach(cleanup);

const T0 = Date.UTC(2026, 2, 10, 13, 0);
const reminder: Reminder = {
  id: 'bp-40',
  minutesAfterDose: 40,
  dueAt: T0 + 40 * MIN,
  state: 'due',
};

describe('ReminderCard', () => {
  it('hands a valid reading to onRecord and writes nothing itself', async () => {
    const onRecord = vi.fn(async () => true);
    render(<ReminderCard reminder={reminder} onRecord={onRecord} onSkip={() => undefined} />);
    fireEvent.click(screen.getByRole('button', { name: 'Record reading' }));
    fireEvent.input(screen.getByLabelText(/Top number/), { target: { value: '150' } });
    fireEvent.input(screen.getByLabelText(/Bottom number/), { target: { value: '95' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save reading' }));
    await waitFor(() => expect(onRecord).toHaveBeenCalledWith({ systolic: 150, diastolic: 95 }));
  });

  it('refuses an impossible reading with a message and does not call onRecord', () => {
    const onRecord = vi.fn(async () => true);
    render(<ReminderCard reminder={reminder} onRecord={onRecord} onSkip={() => undefined} />);
    fireEvent.click(screen.getByRole('button', { name: 'Record reading' }));
    fireEvent.input(screen.getByLabelText(/Top number/), { target: { value: '80' } });
    fireEvent.input(screen.getByLabelText(/Bottom number/), { target: { value: '95' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save reading' }));
    expect(screen.getByText(/must be higher than diastolic/)).toBeTruthy();
    expect(onRecord).not.toHaveBeenCalled();
  });

  it('passes the reason for skipping, or none when left empty', () => {
    const onSkip = vi.fn();
    render(<ReminderCard reminder={reminder} onRecord={async () => true} onSkip={onSkip} />);
    fireEvent.click(screen.getByRole('button', { name: 'Skip' }));
    fireEvent.input(screen.getByLabelText(/Why skip it/), { target: { value: '  cuff broke ' } });
    fireEvent.click(screen.getByRole('button', { name: 'Skip this re-check' }));
    expect(onSkip).toHaveBeenLastCalledWith('cuff broke');
  });
});

describe('SafetyActions', () => {
  const handlers = () => ({ onEmergency: vi.fn() });

  it('shows an unresolved emergency with a way back to its screen', () => {
    const h = handlers();
    const entries = makeLog('s1', T0, [
      started(),
      { t: MIN, kind: 'escalation-shown', data: { ruleIds: ['no-response'], tier: 'emergency' } },
    ]);
    render(<SafetyActions entries={entries} {...h} />);
    expect(screen.getByRole('heading', { name: 'Emergency not marked resolved' })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Back to the emergency screen' }));
    expect(h.onEmergency).toHaveBeenCalledOnce();
  });

  it('hides the emergency once it is marked resolved', () => {
    const h = handlers();
    const entries = makeLog('s1', T0, [
      started(),
      { t: MIN, kind: 'escalation-shown', data: { ruleIds: ['no-response'], tier: 'emergency' } },
      { t: 2 * MIN, kind: 'escalation-action', data: { action: 'resolved' } },
    ]);
    render(<SafetyActions entries={entries} {...h} />);
    expect(screen.queryByRole('heading', { name: 'Emergency not marked resolved' })).toBeNull();
  });
});

describe('PendingBanner', () => {
  it('says how many entries wait, why, and retries on request', () => {
    const onRetry = vi.fn();
    render(
      <PendingBanner count={2} message="The device is out of storage space." onRetry={onRetry} />,
    );
    expect(screen.getByRole('alert').textContent).toContain('2 entries are not saved yet.');
    expect(screen.getByRole('alert').textContent).toContain('out of storage space');
    fireEvent.click(screen.getByRole('button', { name: 'Retry saving' }));
    expect(onRetry).toHaveBeenCalledOnce();
  });
});
