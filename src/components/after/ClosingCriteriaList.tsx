import type { ClosingCriterion } from '../../domain/after/closing-criteria';

/** Each closing criterion with its state in words (not colour alone) and what is still needed. */
export function ClosingCriteriaList({ criteria }: { criteria: readonly ClosingCriterion[] }) {
  return (
    <ul class="list criteria" aria-label="Closing checks">
      {criteria.map((c) => (
        <li key={c.id} class={c.met ? 'met' : 'unmet'}>
          <strong>
            <span aria-hidden="true">{c.met ? '✓ ' : '✗ '}</span>
            {c.label}: {c.met ? 'met' : 'not met'}
          </strong>
          <p class="small">{c.detail}</p>
        </li>
      ))}
    </ul>
  );
}
