import { useId, useState } from 'preact/hooks';
import type { EntryData } from '../../domain/log/entry';
import {
  REFLECTION_PROMPTS,
  reflectionData,
  type ReflectionPromptId,
} from '../../domain/log/patient-entries';
import { FormActions } from '../common/FormActions';

type Prompts = Partial<Record<ReflectionPromptId, string>>;

/**
 * The patient's reflection: free text and three optional prompts. `onSave` gets the entry's data
 * (trimmed, empty prompts left out) and resolves true once saved; the form then empties.
 */
export function ReflectionForm(props: {
  onSave: (data: EntryData['patient-reflection']) => Promise<boolean>;
  onCancel?: () => void;
}) {
  const id = useId();
  const [text, setText] = useState('');
  const [prompts, setPrompts] = useState<Prompts>({});
  const [error, setError] = useState('');
  const save = async (e: Event): Promise<void> => {
    e.preventDefault();
    const data = reflectionData(text, prompts);
    if (!data) return setError('Write something or answer a prompt first.');
    setError('');
    if (await props.onSave(data)) {
      setText('');
      setPrompts({});
    }
  };
  return (
    <form class="card stack reflection-form" onSubmit={(e) => void save(e)}>
      <p class="small muted">
        This is yours. It is added to this session’s log and never changed; you can add another
        reflection later, and you choose whether your provider sees it.
      </p>
      <label for={`${id}-text`}>Your reflection</label>
      <textarea
        id={`${id}-text`}
        value={text}
        onInput={(e) => setText(e.currentTarget.value)}
        aria-invalid={!!error}
        aria-describedby={error ? `${id}-error` : undefined}
      />
      <fieldset>
        <legend>A few prompts, if they help (all optional)</legend>
        {REFLECTION_PROMPTS.map((p) => (
          <div class="field" key={p.id}>
            <label for={`${id}-${p.id}`}>{p.label}</label>
            <textarea
              id={`${id}-${p.id}`}
              value={prompts[p.id] ?? ''}
              onInput={(e) => setPrompts({ ...prompts, [p.id]: e.currentTarget.value })}
            />
          </div>
        ))}
      </fieldset>
      {error && (
        <p class="field-error" id={`${id}-error`}>
          {error}
        </p>
      )}
      <FormActions save="Save reflection" onCancel={props.onCancel} />
    </form>
  );
}
