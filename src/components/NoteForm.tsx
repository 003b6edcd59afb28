import { useState } from 'preact/hooks';
import { FormActions } from './FormActions';

/** A free-text note; the text stays in the box until it is saved. */
export function NoteForm({
  onSave,
  onCancel,
  label = 'Note',
}: {
  onSave: (text: string) => Promise<boolean>;
  onCancel: () => void;
  label?: string;
}) {
  const [text, setText] = useState('');
  const [error, setError] = useState('');
  const save = async (e: Event): Promise<void> => {
    e.preventDefault();
    if (!text.trim()) {
      setError('Write something first, or cancel.');
      return;
    }
    if (await onSave(text.trim())) setText('');
  };
  return (
    <form class="card" onSubmit={(e) => void save(e)}>
      <label for="note-text">{label}</label>
      <textarea
        id="note-text"
        value={text}
        onInput={(e) => setText(e.currentTarget.value)}
        aria-invalid={!!error}
        aria-describedby={error ? 'note-error' : undefined}
        autoFocus
      />
      {error && (
        <p class="field-error" id="note-error">
          {error}
        </p>
      )}
      <FormActions save="Save note" onCancel={onCancel} />
    </form>
  );
}
