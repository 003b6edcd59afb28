import { useState } from 'preact/hooks';
import { FormActions } from '../common/FormActions';

/** Whose words a note holds: the sitter's own observation, or what the patient said. */
export type NoteKind = 'note' | 'patient-words';

const WHOSE: { kind: NoteKind; label: string; hint: string }[] = [
  {
    kind: 'note',
    label: 'My own observation',
    hint: 'Your own observations always go to the provider: they are part of the safety record.',
  },
  {
    kind: 'patient-words',
    label: 'What they said',
    hint: 'Their words stay private unless they tick them when sharing.',
  },
];

// What the preparation agreement said about noting their words [Santomarco: agreed beforehand].
const AGREED: Record<'yes' | 'no', string> = {
  yes: 'They agreed beforehand that you write down what they say.',
  no: 'They agreed beforehand that you would not write down what they say.',
};

/**
 * A free-text note, and whose words it holds (the sitter's own by default); the text stays in the
 * box until it is saved. `wordsAgreement` is what preparation recorded about noting their words.
 */
export function NoteForm({
  onSave,
  onCancel,
  wordsAgreement,
}: {
  onSave: (note: { kind: NoteKind; text: string }) => Promise<boolean>;
  onCancel: () => void;
  wordsAgreement?: 'yes' | 'no';
}) {
  const [text, setText] = useState('');
  const [kind, setKind] = useState<NoteKind>('note');
  const [error, setError] = useState('');
  const save = async (e: Event): Promise<void> => {
    e.preventDefault();
    if (!text.trim()) {
      setError('Write something first, or cancel.');
      return;
    }
    if (await onSave({ kind, text: text.trim() })) setText('');
  };
  return (
    <form class="card stack" onSubmit={(e) => void save(e)}>
      <fieldset>
        <legend>Whose words are these?</legend>
        <div class="choices">
          {WHOSE.map((w) => (
            <label class="choice" key={w.kind}>
              <input
                type="radio"
                name="note-whose"
                value={w.kind}
                checked={kind === w.kind}
                onChange={() => setKind(w.kind)}
                aria-describedby={
                  w.kind === 'patient-words' && wordsAgreement
                    ? `note-hint-${w.kind} note-agreement`
                    : `note-hint-${w.kind}`
                }
              />
              <span>{w.label}</span>
            </label>
          ))}
        </div>
        {WHOSE.map((w) => (
          <p class="small muted" id={`note-hint-${w.kind}`} key={w.kind}>
            {w.hint}
          </p>
        ))}
        {wordsAgreement && (
          <p
            class={`small${wordsAgreement === 'no' ? ' warn-text' : ''}`}
            id="note-agreement"
            role="note"
          >
            {AGREED[wordsAgreement]}
          </p>
        )}
      </fieldset>
      <label for="note-text">Note</label>
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
