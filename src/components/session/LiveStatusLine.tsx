import { dialHref } from '../../domain/contacts/contacts';
import type { Entry } from '../../domain/log/entry';
import type { LiveLine } from '../../domain/relay/live-status';
import { SITTER_ACKNOWLEDGED } from '../../domain/relay/messages';

// Whether the clinic sees this session, in one quiet line that changes in place (never a spinner
// or a modal), and the clinic's word back when someone has acknowledged an alert.

/** The live line, with what to do folded beneath it when the clinic cannot see the session. */
export function LiveStatusLine({
  line,
  ack,
  clinicPhone,
}: {
  line: LiveLine;
  ack?: Entry<'clinic-acknowledged'> | undefined;
  clinicPhone?: string | undefined;
}) {
  const backup = ack?.data.by.startsWith('watcher:');
  return (
    <section class="live-status stack" aria-label="Live sharing">
      <p class={`live-line ${line.tone}`} role="status">
        {line.text}
      </p>
      {line.help && (
        <details>
          <summary>Why, and what to do</summary>
          <p>{line.help}</p>
        </details>
      )}
      {ack && (
        <div class="banner ok stack" role="status">
          <p>
            <strong>
              {backup ? 'Your backup contact knows: they’ll call you' : SITTER_ACKNOWLEDGED.title}
            </strong>
          </p>
          <p>{SITTER_ACKNOWLEDGED.body}</p>
          {clinicPhone && !backup && (
            <a class="button" href={dialHref(clinicPhone)}>
              Call the clinic
            </a>
          )}
        </div>
      )}
    </section>
  );
}
