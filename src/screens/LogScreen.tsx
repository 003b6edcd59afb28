import { useState } from 'preact/hooks';
import { NoteForm } from '../components/NoteForm';
import { ScreenHeading } from '../components/ScreenHeading';
import { clockTimeWithSeconds } from '../domain/format/time';
import { isSaved, type Entry } from '../domain/log/entry';
import { describeEntry } from '../domain/report/describe-entry';
import { ENTRY_LABELS } from '../domain/report/entry-labels';
import { useNow } from '../platform/clock';
import { navigate, PATHS } from '../platform/router';
import { useSessionStore } from '../state/services';
import { useActiveSession } from '../state/use-active-session';

/** Every entry in order, in plain words. Entries can be corrected (a new entry), never deleted. */
export default function LogScreen() {
  const store = useSessionStore();
  const view = useActiveSession(useNow(5000));
  const [correcting, setCorrecting] = useState<number>();
  if (!view) return null;
  const { entries, fold } = view;

  return (
    <main aria-labelledby="log-heading">
      <ScreenHeading id="log-heading">Session log</ScreenHeading>
      <p class="muted">
        Everything recorded, oldest first. Nothing can be deleted: to fix a mistake, add a
        correction.
      </p>
      <button onClick={() => navigate(PATHS.session)}>Back to the timer</button>
      <ol class="list" aria-label="Log entries">
        {entries.map((e) => (
          <LogItem
            key={e.id}
            e={e}
            corrections={fold.correctedSeqs.get(e.seq)}
            correcting={correcting === e.seq}
            onCorrect={() => setCorrecting(e.seq)}
            onCancel={() => setCorrecting(undefined)}
            onSave={async (text) => {
              const ok = await store.append({
                kind: 'correction',
                data: { targetSeq: e.seq, text },
              });
              setCorrecting(undefined);
              return ok;
            }}
          />
        ))}
      </ol>
    </main>
  );
}

interface ItemProps {
  e: Entry;
  corrections: string[] | undefined;
  correcting: boolean;
  onCorrect: () => void;
  onCancel: () => void;
  onSave: (text: string) => Promise<boolean>;
}

function LogItem({ e, corrections, correcting, onCorrect, onCancel, onSave }: ItemProps) {
  const saved = isSaved(e);
  return (
    <li>
      <p>
        <time dateTime={new Date(e.at).toISOString()}>{clockTimeWithSeconds(e.at)}</time> —{' '}
        {describeEntry(e, ENTRY_LABELS)}
        {!saved && <strong> (not saved yet)</strong>}
      </p>
      {corrections && <p class="small warn-text">Corrected: {corrections.join(' · ')}</p>}
      {saved && e.kind !== 'correction' && !correcting && (
        <button
          class="small"
          onClick={onCorrect}
          aria-label={`Correct entry ${e.seq}: ${describeEntry(e, ENTRY_LABELS)}`}
        >
          Correct
        </button>
      )}
      {correcting && (
        <NoteForm label={`Correction to entry #${e.seq}`} onSave={onSave} onCancel={onCancel} />
      )}
    </li>
  );
}
