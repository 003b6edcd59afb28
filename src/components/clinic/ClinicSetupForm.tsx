import { useState } from 'preact/hooks';
import { CLINIC_NAME_CHARS } from '../../domain/protocol/clinic';

/** Set-up: the clinic's name and the relay's set-up code; `onSetUp` answers with a problem. */
export function ClinicSetupForm({
  onSetUp,
}: {
  onSetUp: (input: { name: string; setupCode: string }) => Promise<string | undefined>;
}) {
  const [name, setName] = useState('');
  const [setupCode, setSetupCode] = useState('');
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string>();
  const submit = async (e: Event): Promise<void> => {
    e.preventDefault();
    setBusy(true);
    setProblem(await onSetUp({ name, setupCode }));
    setBusy(false);
  };
  return (
    <form class="stack" onSubmit={(e) => void submit(e)} noValidate>
      <div class="field">
        <label for="clinic-name">Clinic name (as sitters will see it)</label>
        <input
          id="clinic-name"
          autoComplete="organization"
          maxLength={CLINIC_NAME_CHARS}
          value={name}
          onInput={(e) => setName(e.currentTarget.value)}
        />
      </div>
      <div class="field">
        <label for="clinic-code">The relay’s set-up code</label>
        <input
          id="clinic-code"
          autoComplete="off"
          spellcheck={false}
          class="mono"
          value={setupCode}
          aria-describedby="clinic-code-hint"
          onInput={(e) => setSetupCode(e.currentTarget.value)}
        />
        <p class="small muted" id="clinic-code-hint">
          Printed once when the relay first started (or the SITWELL_SETUP_TOKEN it was given).
        </p>
      </div>
      {problem && (
        <p class="banner error" role="alert">
          {problem}
        </p>
      )}
      <button type="submit" class="primary" disabled={busy}>
        {busy ? 'Setting up…' : 'Set up this clinic'}
      </button>
    </form>
  );
}
