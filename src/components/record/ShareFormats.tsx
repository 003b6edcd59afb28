import type { ExportFormat } from '../../domain/report/file-names';

// One button per export format, each with a sentence on what the provider gets from it. PDF and
// CSV go to the share sheet where the browser can share files; JSON and FHIR always download.

const FORMATS: { format: ExportFormat; action: string; what: string }[] = [
  {
    format: 'pdf',
    action: 'Share the PDF',
    what:
      'A report to read and print: the figures, blood pressure, every check-in and the full ' +
      'log, with the signed record attached.',
  },
  {
    format: 'csv',
    action: 'Share the CSV',
    what: 'Every entry as a row with its time, for a spreadsheet.',
  },
  {
    format: 'json',
    action: 'Download the JSON',
    what:
      'The signed record itself: Sitwell on the provider’s side opens it, checks that nothing ' +
      'was changed, and can import it.',
  },
  {
    format: 'fhir',
    action: 'Download the FHIR file',
    what: 'The same session as a FHIR R4 bundle, for clinical record systems.',
  },
];

/** The four formats, each explained, with its button; `busy` names the one being made. */
export function ShareFormats({
  busy,
  onShare,
}: {
  busy: ExportFormat | undefined;
  onShare: (format: ExportFormat) => void;
}) {
  return (
    <ul class="list formats" aria-label="Files for the provider">
      {FORMATS.map(({ format, action, what }) => (
        <li key={format}>
          <p>{what}</p>
          <button
            class={format === 'pdf' ? 'primary block' : 'block'}
            aria-disabled={busy !== undefined}
            onClick={() => busy === undefined && onShare(format)}
          >
            {action}
          </button>
        </li>
      ))}
    </ul>
  );
}
