import { clockTime } from '../../domain/format/time';
import { isSaved, type Entry } from '../../domain/log/entry';

const DONE: Record<Entry<'escalation-action'>['data']['action'], string> = {
  'called-emergency': 'You called emergency services',
  'called-provider': 'You called the provider',
  resolved: 'Marked resolved',
  'provider-approved': 'The provider approved going ahead',
  'provider-not-reached': 'You could not reach the provider',
  'provider-no-answer': 'You tried the provider: no answer yet',
  other: 'Action recorded',
};

/**
 * What the sitter recorded doing, each with its time; a live region, so a new record is announced.
 */
export function ActionRecord({ actions }: { actions: readonly Entry<'escalation-action'>[] }) {
  return (
    <div role="status" aria-live="polite" class="action-record">
      {actions.length > 0 && (
        <ul class="list">
          {actions.map((a) => (
            <li key={a.id}>
              <span aria-hidden="true">✓ </span>
              {DONE[a.data.action]} — recorded at{' '}
              <time dateTime={new Date(a.at).toISOString()}>{clockTime(a.at)}</time>
              {!isSaved(a) && <strong> (not saved yet)</strong>}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
