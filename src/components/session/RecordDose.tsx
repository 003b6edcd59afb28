import { useState } from 'preact/hooks';
import { newId } from '../../platform/crypto';

/**
 * For a session started without a dose: the dose is given only if the provider says so, and this
 * records it, as given now. One action id for the card, so a double tap records one dose.
 */
export function RecordDose({ onRecord }: { onRecord: (actionId: string) => Promise<boolean> }) {
  const [actionId] = useState(newId);
  const [busy, setBusy] = useState(false);
  const record = async (): Promise<void> => {
    setBusy(true);
    await onRecord(actionId);
    setBusy(false);
  };
  return (
    <section class="card stack" aria-labelledby="record-dose-heading">
      <h2 id="record-dose-heading">No dose yet</h2>
      <p>Give the dose only if the provider says to. When it is given, record it here.</p>
      <button class="block" disabled={busy} onClick={() => void record()}>
        Record the dose
      </button>
    </section>
  );
}
