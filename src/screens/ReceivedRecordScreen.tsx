import { useState } from 'preact/hooks';
import { RecordContacts } from '../components/record/RecordContacts';
import { ScreenHeading } from '../components/common/ScreenHeading';
import { SessionRecordViews } from '../components/record/SessionRecordViews';
import { dayDateTime } from '../domain/format/time';
import type { SessionRecordFile } from '../domain/report/record-format';
import { offsetLabel } from '../domain/report/record-time';
import { verdictText } from '../domain/report/verdict-text';
import { goBack, navigate, PATHS } from '../platform/router';
import { useReceivedRecord } from '../state/use-received';

/** "Sam, sat by Alex." — who the record is about and who made it. */
function whoLine(doc: SessionRecordFile): string {
  const { sitterName, patientName } = doc.session.people;
  const text = patientName ? `${patientName}, sat by ${sitterName}` : `Sat by ${sitterName}`;
  return text.endsWith('.') ? text : `${text}.`;
}

/** A note when the sitter's clock was in another offset than this device's. */
function clockNote(doc: SessionRecordFile): string | undefined {
  const first = doc.entries[0];
  if (!first) return undefined;
  const here = -new Date(first.at).getTimezoneOffset() || 0;
  if (here === first.tzOffset) return undefined;
  return (
    `Times are shown on this device’s clock (${offsetLabel(here)}); ` +
    `the sitter’s was ${offsetLabel(first.tzOffset)}.`
  );
}

/** A received record, verified again and shown read-only, apart from this device's sessions. */
export default function ReceivedRecordScreen({ recordId }: { recordId: string }) {
  const { view, error, remove } = useReceivedRecord(recordId);
  const [confirming, setConfirming] = useState(false);
  const [deleteError, setDeleteError] = useState<string>();

  const onDelete = async (): Promise<void> => {
    const result = await remove();
    if (result.ok) navigate(PATHS.records, { replace: true });
    else setDeleteError(result.message);
  };
  const back = (
    <button class="block" onClick={goBack}>
      Back to received records
    </button>
  );
  const heading = <ScreenHeading id="record-heading">Received session record</ScreenHeading>;
  if (error || view?.kind === 'missing')
    return (
      <main class="stack" aria-labelledby="record-heading">
        {heading}
        <p class="banner error" role="alert">
          {error ?? 'There is no received record with this address on this device.'}
        </p>
        {back}
      </main>
    );
  if (!view)
    return (
      <p class="muted" role="status">
        Checking the record…
      </p>
    );

  const deletion = (
    <section class="card stack export-card" aria-labelledby="delete-heading">
      <h2 id="delete-heading">Delete</h2>
      {!confirming ? (
        <button class="danger block" onClick={() => setConfirming(true)}>
          Delete this record
        </button>
      ) : (
        <>
          <p>
            Delete this record from this device? The file you received is not affected, and this
            device’s own sessions are never touched.
          </p>
          <div class="row">
            <button class="danger" onClick={() => void onDelete()}>
              Yes, delete it
            </button>
            <button onClick={() => setConfirming(false)}>Keep it</button>
          </div>
        </>
      )}
      {deleteError && (
        <p class="field-error" role="alert">
          {deleteError}
        </p>
      )}
    </section>
  );
  const arrival = `Received ${dayDateTime(view.receivedAt)} as “${view.fileName}”.`;

  if (view.kind === 'problem')
    return (
      <main class="stack" aria-labelledby="record-heading">
        {heading}
        <div class="banner error" role="alert">
          <p>
            <strong>This record no longer checks out, so it is not shown.</strong>
          </p>
          <p>{view.message}</p>
        </div>
        <p class="small muted">{arrival}</p>
        {deletion}
        {back}
      </main>
    );

  const doc = view.verified.document;
  const note = clockNote(doc);
  return (
    <main class="stack" aria-labelledby="record-heading">
      {heading}
      <p class="banner warn received-mark">
        <strong>Received — not part of this device’s sessions.</strong> {arrival}
      </p>
      <p class="banner ok" role="status">
        {verdictText(view.verified)}
      </p>
      <p>
        {whoLine(doc)} Read-only: figures come from the record’s log, with corrections applied.
        {note && ` ${note}`}
      </p>
      <SessionRecordViews entries={doc.entries} protocol={doc.session.protocol} />
      <details class="card">
        <summary>Contacts and health notes</summary>
        <RecordContacts contacts={doc.session.contacts} />
      </details>
      {deletion}
      {back}
    </main>
  );
}
