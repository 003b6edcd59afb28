// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { NoteForm } from '../../src/components/session/NoteForm';

// The note form asks whose words a note holds: the sitter's own observation (always shared) or
// what the patient said (private unless they tick it when sharing).

afterEach(cleanup);

const description = (el: HTMLElement): string =>
  (el.getAttribute('aria-describedby') ?? '')
    .split(' ')
    .map((id) => document.getElementById(id)?.textContent ?? '')
    .join(' ');

describe('NoteForm', () => {
  it('asks whose words they are in one tap, the sitter’s own by default', async () => {
    const onSave = vi.fn(async () => true);
    render(<NoteForm onSave={onSave} onCancel={() => undefined} />);
    const group = screen.getByRole('group', { name: 'Whose words are these?' });
    expect(group).toBeTruthy();
    const own = screen.getByRole('radio', { name: 'My own observation' }) as HTMLInputElement;
    const theirs = screen.getByRole('radio', { name: 'What they said' }) as HTMLInputElement;
    expect([own.checked, theirs.checked]).toEqual([true, false]);
    expect(description(own)).toContain('always go to the provider');
    expect(description(theirs)).toContain('private unless they tick them when sharing');

    fireEvent.input(screen.getByLabelText('Note'), { target: { value: 'Turned onto her side ' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save note' }));
    await waitFor(() =>
      expect(onSave).toHaveBeenCalledWith({ kind: 'note', text: 'Turned onto her side' }),
    );
  });

  it('saves what they said as the patient’s words', async () => {
    const onSave = vi.fn(async () => true);
    render(<NoteForm onSave={onSave} onCancel={() => undefined} />);
    fireEvent.click(screen.getByRole('radio', { name: 'What they said' }));
    fireEvent.input(screen.getByLabelText('Note'), { target: { value: 'I am a cloud' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save note' }));
    await waitFor(() =>
      expect(onSave).toHaveBeenCalledWith({ kind: 'patient-words', text: 'I am a cloud' }),
    );
  });

  it('says beside the choice when they agreed not to have their words written down', () => {
    render(<NoteForm onSave={async () => true} onCancel={() => undefined} wordsAgreement="no" />);
    const theirs = screen.getByRole('radio', { name: 'What they said' });
    expect(description(theirs)).toContain(
      'They agreed beforehand that you would not write down what they say.',
    );
    cleanup();
    render(<NoteForm onSave={async () => true} onCancel={() => undefined} />);
    expect(screen.queryByText(/agreed beforehand/)).toBeNull();
  });
});
