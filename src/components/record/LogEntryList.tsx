import { clockTime } from '../../domain/format/time';
import { isWithheld, type ExportedEntry } from '../../domain/log/entry';
import { describeEntry } from '../../domain/report/describe-entry';
import { ENTRY_LABELS } from '../../domain/report/entry-labels';
import { withheldLine } from '../../domain/report/withhold';

// Logged lines with their times, in plain words. An entry the patient withheld keeps its place:
// the line says what kind it was and that the patient kept it private.

/** One line: its time, then what happened (or that the patient withheld it). */
export function LogLine({ e }: { e: ExportedEntry }) {
  return (
    <li class={isWithheld(e) ? 'withheld' : undefined}>
      <time dateTime={new Date(e.at).toISOString()}>{clockTime(e.at)}</time> —{' '}
      {isWithheld(e) ? withheldLine(e.kind) : describeEntry(e, ENTRY_LABELS)}
      {!isWithheld(e) && <WordsMark kind={e.kind} />}
    </li>
  );
}

/** After a note of what the patient said: whose words they are (not the sitter's observation). */
export function WordsMark({ kind, private: kept }: { kind: string; private?: boolean }) {
  if (kind !== 'patient-words') return null;
  return (
    <span class="small words-mark">
      {kept ? ' — the patient’s words, private unless they share them' : ' — the patient’s words'}
    </span>
  );
}

/** A list of logged lines in the order given; `ordered` for the whole log. */
export function LogEntryList({
  entries,
  label,
  ordered = false,
}: {
  entries: readonly ExportedEntry[];
  label: string;
  ordered?: boolean;
}) {
  const lines = entries.map((e) => <LogLine key={e.id} e={e} />);
  return ordered ? (
    <ol class="list" aria-label={label}>
      {lines}
    </ol>
  ) : (
    <ul class="list" aria-label={label}>
      {lines}
    </ul>
  );
}
