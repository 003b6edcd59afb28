import type { CardLine } from '../../domain/escalation/emergency-card';

/** The emergency card: large lines to read aloud to the call handler, in the order they ask. */
export function EmergencyCard({
  lines,
  tell,
}: {
  lines: readonly CardLine[];
  tell?: string | undefined;
}) {
  return (
    <section class="emergency-card" aria-labelledby="card-heading">
      <h2 id="card-heading">Emergency card: read this to the call handler</h2>
      {tell && <p>{tell}</p>}
      <dl>
        {lines.map((l) => (
          <div key={l.label}>
            <dt>{l.label}</dt>
            <dd>{l.value}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
