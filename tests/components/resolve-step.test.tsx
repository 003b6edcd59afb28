// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ResolveStep } from '../../src/components/escalation/ResolveStep';
import { RESOLUTION_WORDS_MAX } from '../../src/domain/escalation/resolution';

// "Mark emergency resolved" asks first: is it over, what happened, any words. Only the confirm
// button hands the answer on; "Not yet" goes back with nothing.

afterEach(cleanup);

function renderStep() {
  const onConfirm = vi.fn(async () => undefined);
  const onBack = vi.fn();
  render(<ResolveStep onConfirm={onConfirm} onBack={onBack} />);
  return { onConfirm, onBack };
}

describe('ResolveStep', () => {
  it('opens with its question focused and the six answers as radio buttons', () => {
    renderStep();
    const heading = screen.getByRole('heading', { level: 2, name: 'Is the emergency over?' });
    expect(document.activeElement).toBe(heading);
    const group = screen.getByRole('group', { name: 'What happened?' });
    expect(group.querySelectorAll('input[type="radio"]')).toHaveLength(6);
    expect(screen.getByRole('radio', { name: 'Breathing normally again' })).toBeTruthy();
    const words = screen.getByLabelText('In your own words (optional)') as HTMLTextAreaElement;
    expect(words.maxLength).toBe(RESOLUTION_WORDS_MAX);
  });

  it('confirms with the answer chosen and the words typed', async () => {
    const { onConfirm, onBack } = renderStep();
    fireEvent.click(screen.getByRole('radio', { name: 'False alarm' }));
    fireEvent.input(screen.getByLabelText('In your own words (optional)'), {
      target: { value: 'She was asleep, breathing deeply' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Yes, mark it resolved' }));
    await waitFor(() =>
      expect(onConfirm).toHaveBeenCalledWith('false-alarm', 'She was asleep, breathing deeply'),
    );
    expect(onBack).not.toHaveBeenCalled();
  });

  it('asks for an answer before confirming, and moves to the first one', async () => {
    const { onConfirm } = renderStep();
    fireEvent.click(screen.getByRole('button', { name: 'Yes, mark it resolved' }));
    expect(screen.getByRole('alert').textContent).toBe(
      'Choose what happened first. If none fits, choose “Something else happened”.',
    );
    expect(document.activeElement).toBe(
      screen.getByRole('radio', { name: 'Breathing normally again' }),
    );
    expect(onConfirm).not.toHaveBeenCalled();
    fireEvent.click(screen.getByRole('radio', { name: 'Something else happened' }));
    expect(screen.getByRole('alert').textContent).toBe('');
    fireEvent.click(screen.getByRole('button', { name: 'Yes, mark it resolved' }));
    await waitFor(() => expect(onConfirm).toHaveBeenCalledWith('other', ''));
  });

  it('"Not yet" goes back and confirms nothing, whatever was chosen', () => {
    const { onConfirm, onBack } = renderStep();
    fireEvent.click(screen.getByRole('radio', { name: 'The ambulance came' }));
    fireEvent.click(screen.getByRole('button', { name: 'Not yet' }));
    expect(onBack).toHaveBeenCalledTimes(1);
    expect(onConfirm).not.toHaveBeenCalled();
  });
});
