import { useState } from 'preact/hooks';
import { LADDER_DEFAULTS } from '../../domain/relay/limits';
import { QrCode } from '../common/QrCode';

// A watch link for a second person (a partner, a friend): their Sitwell shows whether this
// session's check-ins happen and alerts them last, if a check-in is missed and nobody has
// answered. They see nothing else of the patient's.

/** Make a watch link and show it as text, a copy button and a QR code. */
export function BackupContactCard({
  onMake,
}: {
  /** Resolves with the link's app path, or the message to show. */
  onMake: (
    label: string | undefined,
  ) => Promise<{ ok: true; path: string } | { ok: false; message: string }>;
}) {
  const [label, setLabel] = useState('');
  const [url, setUrl] = useState<string>();
  const [message, setMessage] = useState('');
  const [busy, setBusy] = useState(false);
  const make = async (e: Event): Promise<void> => {
    e.preventDefault();
    setBusy(true);
    const made = await onMake(label.trim() || undefined);
    setBusy(false);
    if (made.ok) {
      setUrl(`${location.origin}${made.path}`);
      setMessage('');
    } else setMessage(made.message);
  };
  const copy = (): void => {
    navigator.clipboard.writeText(url!).then(
      () => setMessage('Link copied.'),
      () => setMessage('Copying was not allowed here: select the link and copy it.'),
    );
  };
  return (
    <details class="card">
      <summary>Add a backup contact</summary>
      <p>
        Someone you trust can watch from their own phone. They see only whether check-ins happen on
        time. If one is missed and nobody answers within {LADDER_DEFAULTS.backupAfterMin} minutes,
        they get an alert to call you. Nothing else about the session reaches them.
      </p>
      {!url ? (
        <form class="stack" onSubmit={(e) => void make(e)}>
          <label class="field">
            <span>Their name (optional, so you know whose link it is)</span>
            <input value={label} maxLength={80} onInput={(e) => setLabel(e.currentTarget.value)} />
          </label>
          <button type="submit" disabled={busy}>
            Make a watch link
          </button>
        </form>
      ) : (
        <div class="stack">
          <p>Send them this link, or let them scan the code:</p>
          <p class="link-text">{url}</p>
          <QrCode text={url} label="QR code of the watch link" />
          <button type="button" onClick={copy}>
            Copy the link
          </button>
        </div>
      )}
      {message && <p role="status">{message}</p>}
    </details>
  );
}
