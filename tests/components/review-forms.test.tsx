// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { MoodScale } from '../../src/components/common/MoodScale';
import { ReflectionForm } from '../../src/components/review/ReflectionForm';
import { SelfCheckForm } from '../../src/components/review/SelfCheckForm';
import { GAD7, PHQ9 } from '../../src/domain/review/self-check-items';

afterEach(cleanup);

describe('MoodScale', () => {
  it('offers 0 to 10 with both ends named, and reports the choice', () => {
    const onChange = vi.fn();
    render(
      <MoodScale
        legend="How do you feel right now?"
        name="mood"
        value={undefined}
        onChange={onChange}
      />,
    );
    const group = screen.getByRole('group', { name: 'How do you feel right now?' });
    expect(within(group).getAllByRole('radio')).toHaveLength(11);
    expect(screen.getByRole('radio', { name: '0, Worst' })).toBeTruthy();
    expect(screen.getByRole('radio', { name: '10, Best' })).toBeTruthy();
    fireEvent.click(screen.getByRole('radio', { name: '7' }));
    expect(onChange).toHaveBeenCalledWith(7);
  });

  it('shows the current value as checked', () => {
    render(<MoodScale legend="Mood" name="m" value={3} onChange={() => undefined} />);
    expect((screen.getByRole('radio', { name: '3' }) as HTMLInputElement).checked).toBe(true);
  });
});

describe('ReflectionForm', () => {
  it('asks for something first, then saves the text and the answered prompts only', async () => {
    const onSave = vi.fn(async () => true);
    render(<ReflectionForm onSave={onSave} />);
    fireEvent.click(screen.getByRole('button', { name: 'Save reflection' }));
    expect(await screen.findByText('Write something or answer a prompt first.')).toBeTruthy();
    expect(onSave).not.toHaveBeenCalled();

    fireEvent.input(screen.getByLabelText('Your reflection'), {
      target: { value: ' Lighter today ' },
    });
    fireEvent.input(screen.getByLabelText('What felt important?'), {
      target: { value: 'My sister' },
    });
    fireEvent.input(screen.getByLabelText('What came up?'), { target: { value: '   ' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save reflection' }));
    await waitFor(() =>
      expect(onSave).toHaveBeenCalledWith({
        text: 'Lighter today',
        prompts: { important: 'My sister' },
      }),
    );
    await waitFor(() =>
      expect((screen.getByLabelText('Your reflection') as HTMLTextAreaElement).value).toBe(''),
    );
  });
});

/** Answer item `i` (0-based) of the form with the given option label. */
function answer(i: number, label: string): void {
  const item = screen.getAllByRole('group')[i]!;
  fireEvent.click(within(item).getByRole('radio', { name: label }));
}

describe('SelfCheckForm', () => {
  it('shows every PHQ-9 item with the standard answers, named by the wording', () => {
    render(<SelfCheckForm instrument="phq-9" emergencyNumber="911" onSave={async () => true} />);
    const groups = screen.getAllByRole('group');
    expect(groups).toHaveLength(9);
    expect(screen.getByRole('group', { name: `9. ${PHQ9.items[8]}` })).toBeTruthy();
    expect(
      within(groups[0]!)
        .getAllByRole('radio')
        .map((r) => r.parentElement?.textContent),
    ).toEqual(['Not at all', 'Several days', 'More than half the days', 'Nearly every day']);
    expect(screen.getByText(PHQ9.stem)).toBeTruthy();
  });

  it('shows 988 and the emergency number at once when item 9 is above "not at all"', () => {
    render(<SelfCheckForm instrument="phq-9" emergencyNumber="999" onSave={async () => true} />);
    expect(screen.queryByRole('alert')).toBeNull();
    answer(8, 'Several days');
    const alert = screen.getByRole('alert');
    expect(within(alert).getByRole('link', { name: 'Call 988' }).getAttribute('href')).toBe(
      'tel:988',
    );
    expect(within(alert).getByRole('link', { name: 'Text 988' }).getAttribute('href')).toBe(
      'sms:988',
    );
    expect(
      within(alert).getByRole('link', { name: 'Call 999 (emergency)' }).getAttribute('href'),
    ).toBe('tel:999');
    expect(alert.textContent).toContain('call emergency services');
    for (const link of within(alert).getAllByRole('link'))
      expect(link.className).toContain('crisis-link');
    answer(8, 'Not at all');
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('saves only when every item is answered, then hands over the answers', async () => {
    const onSave = vi.fn(async () => true);
    render(<SelfCheckForm instrument="gad-7" emergencyNumber="911" onSave={onSave} />);
    expect(screen.getAllByRole('group')).toHaveLength(GAD7.items.length);
    answer(0, 'Nearly every day');
    fireEvent.click(screen.getByRole('button', { name: 'Save answers' }));
    expect(await screen.findByText('Please answer every question (6 left).')).toBeTruthy();
    expect(onSave).not.toHaveBeenCalled();
    for (let i = 1; i < 7; i++) answer(i, i % 2 ? 'Several days' : 'Not at all');
    expect(screen.getByRole('status').textContent).toBe('Score: 6 of 21 (mild).');
    fireEvent.click(screen.getByRole('button', { name: 'Save answers' }));
    await waitFor(() => expect(onSave).toHaveBeenCalledWith([3, 1, 0, 1, 0, 1, 0]));
    // GAD-7 has no item 9: no safety response, whatever the answers.
    expect(screen.queryByRole('alert')).toBeNull();
  });
});
