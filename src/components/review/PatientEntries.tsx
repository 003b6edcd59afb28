import { clockTime, dayDate } from '../../domain/format/time';
import { isKind, type Entry } from '../../domain/log/entry';
import { REFLECTION_PROMPTS } from '../../domain/log/patient-entries';

const PROMPT_LABEL = new Map<string, string>(REFLECTION_PROMPTS.map((p) => [p.id, p.label]));

/** When an entry was written, with the day when it was not the session's day. */
function when(e: Entry, sessionDay: string): string {
  const day = dayDate(e.at);
  return day === sessionDay ? clockTime(e.at) : `${day}, ${clockTime(e.at)}`;
}

/** The patient's own entries (intention, mood, reflections), each marked as theirs. */
export function PatientEntries({
  entries,
  sessionDay,
}: {
  entries: readonly Entry[];
  sessionDay: string;
}) {
  const own = entries.filter(
    (e) =>
      isKind(e, 'patient-intention') ||
      isKind(e, 'patient-mood') ||
      isKind(e, 'patient-reflection'),
  );
  if (own.length === 0) return <p class="muted">Nothing of yours yet.</p>;
  return (
    <ul class="list" aria-label="Your own entries">
      {own.map((e) => (
        <li key={e.id}>
          <p class="small muted">
            <span class="yours">Yours</span> · {when(e, sessionDay)}
          </p>
          {isKind(e, 'patient-intention') && <p>Your intention: {e.data.text}</p>}
          {isKind(e, 'patient-mood') && (
            <p>
              Your mood {e.data.moment === 'before' ? 'before' : 'after'} the session:{' '}
              {e.data.score} out of 10
            </p>
          )}
          {isKind(e, 'patient-reflection') && (
            <>
              {e.data.text && <p class="pre-line">{e.data.text}</p>}
              {Object.entries(e.data.prompts ?? {}).map(([id, text]) => (
                <p key={id}>
                  <strong>{PROMPT_LABEL.get(id) ?? id}</strong> {text}
                </p>
              ))}
            </>
          )}
        </li>
      ))}
    </ul>
  );
}
