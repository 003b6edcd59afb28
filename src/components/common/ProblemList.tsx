import type { ImportProblem } from '../../domain/parse/untrusted-json';

/** Every problem found in a file or link, each with where it is; announced as an alert. */
export function ProblemList({
  title,
  problems,
}: {
  title: string;
  problems: readonly ImportProblem[];
}) {
  return (
    <div class="banner error" role="alert">
      <p>
        <strong>{title}</strong>
      </p>
      <ul class="problems">
        {problems.map((p, i) => (
          <li key={i}>
            {p.message}
            {p.path && (
              <span class="muted small">
                {' '}
                (at <code>{p.path}</code>)
              </span>
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}
