import { useState } from 'preact/hooks';
import { CorrectionForm } from '../components/record/CorrectionForm';
import { WordsMark } from '../components/record/LogEntryList';
import { ScreenHeading } from '../components/common/ScreenHeading';
import { clockTimeWithSeconds } from '../domain/format/time';
import { describeChange, isCorrectable } from '../domain/log/corrections';
import { isSaved, type CorrectionChange, type Entry } from '../domain/log/entry';
import { describeEntry } from '../domain/report/describe-entry';
import { ENTRY_LABELS } from '../domain/report/entry-labels';
import { useNow } from '../platform/clock';
import { navigate, PATHS } from '../platform/router';
import { useCorrectEntry } from '../state/correct';
import { useActiveSession } from '../state/use-active-session';

/** Every entry in order, in plain words. Entries can be corrected (a new entry), never deleted. */
export default function LogScreen() {
  const view = useActiveSession(useNow(5000));
  const correct = useCorrectEntry();
  const [correcting, setCorrecting] = useState<number>();
  if (!view) return null;
  const { rawEntries, fold, corrections } = view;

  return (
    <main aria-labelledby="log-heading">
      <ScreenHeading id="log-heading">Session log</ScreenHeading>
      <p class="muted">
        Everything recorded, oldest first. Nothing can be deleted: to fix a mistake, add a
        correction. Readings and answers that were corrected are shown with the right value.
      </p>
      <button onClick={() => navigate(PATHS.session)}>Back to the timer</button>
      <ol class="list" aria-label="Log entries">
        {rawEntries.map((e) => (
          <LogItem
            key={e.id}
            e={e}
            notes={fold.correctedSeqs.get(e.seq)}
            changes={(corrections.get(e.seq) ?? []).map((c) => describeChange(e, c))}
            correcting={correcting === e.seq}
            onCorrect={() => setCorrecting(e.seq)}
            onCancel={() => setCorrecting(undefined)}
            onSave={async (text, changes) => {
              const ok = await correct(e, text, changes);
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
  notes: string[] | undefined;
  changes: string[];
  correcting: boolean;
  onCorrect: () => void;
  onCancel: () => void;
  onSave: (text: string, changes: CorrectionChange[]) => Promise<boolean>;
}

function LogItem({ e, notes, changes, correcting, onCorrect, onCancel, onSave }: ItemProps) {
  const saved = isSaved(e);
  const line = describeEntry(e, ENTRY_LABELS);
  return (
    <li>
      <p>
        <time dateTime={new Date(e.at).toISOString()}>{clockTimeWithSeconds(e.at)}</time> — {line}
        <WordsMark kind={e.kind} private />
        {!saved && <strong> (not saved yet)</strong>}
      </p>
      {changes.map((c) => (
        <p key={c} class="small corrected">
          Corrected: {c}
        </p>
      ))}
      {notes && changes.length === 0 && (
        <p class="small warn-text">Corrected: {notes.join(' · ')}</p>
      )}
      {saved && isCorrectable(e) && !correcting && (
        <button class="small" onClick={onCorrect} aria-label={`Correct entry ${e.seq}: ${line}`}>
          Correct
        </button>
      )}
      {correcting && <CorrectionForm entry={e} onSave={onSave} onCancel={onCancel} />}
    </li>
  );
}
