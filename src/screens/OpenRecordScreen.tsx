import { useState } from 'preact/hooks';
import { FileDropZone } from '../components/common/FileDropZone';
import { ProblemList } from '../components/common/ProblemList';
import { ReceivedList } from '../components/record/ReceivedList';
import { ScreenHeading } from '../components/common/ScreenHeading';
import { stripBidiControls } from '../domain/parse/bidi';
import type { ImportProblem } from '../domain/parse/untrusted-json';
import { goBack, navigate, recordPath } from '../platform/router';
import { useOpenRecord, useReceivedList } from '../state/use-received';

/** Why the last file did not open: the sentence, every shape problem, and the file's name. */
interface Refusal {
  fileName: string;
  message: string;
  problems: readonly ImportProblem[];
  /** The entry the problem names, as the file now reads. */
  entry?: string | undefined;
}

/** "Open a session record": pick or drop a file; an intact one is kept and opened. */
export default function OpenRecordScreen() {
  const open = useOpenRecord();
  const { list, error } = useReceivedList();
  const [busy, setBusy] = useState(false);
  const [refusal, setRefusal] = useState<Refusal>();

  const onFile = async (file: File): Promise<void> => {
    setBusy(true);
    setRefusal(undefined);
    const outcome = await open(file);
    setBusy(false);
    if (outcome.ok) {
      navigate(recordPath(outcome.id));
      return;
    }
    const problems = outcome.problem?.problems ?? [];
    const seq = outcome.problem?.entrySeq;
    const entry =
      outcome.entry &&
      `As the file now reads, entry ${seq} is: ${outcome.entry.replace(/\.$/, '')}.`;
    setRefusal({
      fileName: stripBidiControls(file.name),
      message: outcome.message,
      problems,
      entry,
    });
  };

  return (
    <main class="stack" aria-labelledby="open-heading">
      <ScreenHeading id="open-heading">Open a session record</ScreenHeading>
      <p>
        Open a session record someone sent you: the JSON file, or the PDF Sitwell made (the record
        is attached to it). Sitwell checks every entry and the signature before showing it, and
        keeps it apart from the sessions recorded on this device.
      </p>
      <FileDropZone
        id="record-file"
        title="Choose a session record"
        hint="Or drop the file here. A .json file or a PDF made by Sitwell, up to 10 MB."
        accept=".json,.pdf,application/json,application/pdf"
        busy={busy}
        onFile={(f) => void onFile(f)}
      />
      {busy && (
        <p class="muted" role="status">
          Checking the record…
        </p>
      )}
      {refusal &&
        (refusal.problems.length > 1 ? (
          <ProblemList
            title={`“${refusal.fileName}” was not opened, and nothing was kept:`}
            problems={refusal.problems}
          />
        ) : (
          <div class="banner error" role="alert">
            <p>
              <strong>“{refusal.fileName}” was not opened, and nothing was kept.</strong>
            </p>
            <p>{refusal.message}</p>
            {refusal.entry && <p class="small">{refusal.entry}</p>}
          </div>
        ))}
      <section aria-labelledby="received-heading">
        <h2 id="received-heading">Received</h2>
        <p class="small muted">
          Records others sent you. They are not part of this device’s sessions and never mixed into
          its log; each is checked again whenever it is opened.
        </p>
        {error && (
          <p class="banner error" role="alert">
            {error}
          </p>
        )}
        {list?.length === 0 && <p class="muted">No records received yet.</p>}
        {list && list.length > 0 && (
          <ReceivedList
            records={list}
            hrefOf={recordPath}
            onOpen={(id) => navigate(recordPath(id))}
          />
        )}
      </section>
      <button class="block" onClick={goBack}>
        Back
      </button>
    </main>
  );
}
