import type { PrivateCounts } from '../../domain/report/share-choices';
import { countOf } from '../../domain/report/share-choices';
import type { ExportOptions } from '../../domain/report/withhold';

// The patient's choice of what goes to the provider. Both boxes start unticked: the patient's
// words and their own entries are private unless they decide otherwise. The sitter's own notes are
// not the patient's to withhold: the line below the boxes says they always go.

/** Two checkboxes for the patient's private entries, with what leaving them out means. */
export function PrivacyChoices({
  counts,
  options,
  onChange,
}: {
  counts: PrivateCounts;
  options: ExportOptions;
  onChange: (options: ExportOptions) => void;
}) {
  return (
    <fieldset class="stack">
      <legend>What the patient chooses to share</legend>
      <p class="small">
        Only the patient decides. Unticked entries are left out of every file, but their place and
        kind stay visible, so the provider can still verify the whole record.
      </p>
      <label class="check">
        <input
          type="checkbox"
          class="checkbox"
          checked={options.includePatientWords}
          onChange={(e) => onChange({ ...options, includePatientWords: e.currentTarget.checked })}
        />
        <span>
          What they said: {countOf(counts.patientWords, 'note', 'notes')} of their words, written
          down by the sitter
        </span>
      </label>
      <label class="check">
        <input
          type="checkbox"
          class="checkbox"
          checked={options.includePatientEntries}
          onChange={(e) => onChange({ ...options, includePatientEntries: e.currentTarget.checked })}
        />
        <span>
          Their own intention, mood and reflections (
          {countOf(counts.patientEntries, 'entry', 'entries')})
        </span>
      </label>
      <p class="small">
        The sitter’s own observations always go to the provider: they are part of the safety record
        ({countOf(counts.sitterNotes, 'note', 'notes')} in this session).
      </p>
    </fieldset>
  );
}
