import { useBottomRoom } from '../common/bottom-room';

/**
 * Entries the sitter made that are not saved yet: the reason, and Retry. Nothing is dropped. It
 * floats along the bottom edge (above the alarm strip) with room kept at the page's end, so a
 * failed write never moves what is on screen, and it stays short enough on a small phone to
 * leave the call button clear.
 */
export function PendingBanner({
  count: n,
  message,
  onRetry,
}: {
  count: number;
  /** Why the first of them could not be saved. */
  message: string;
  onRetry: () => void;
}) {
  const ref = useBottomRoom<HTMLDivElement>('pending');
  const howMany = n === 1 ? '1 entry is not saved yet.' : `${n} entries are not saved yet.`;
  return (
    <div ref={ref} class="banner error pending-banner" role="alert">
      {/* Beside Retry, above the reason: a new count never moves the reason's words. */}
      <p class="pending-count">
        <strong>{howMany}</strong>
      </p>
      <p class="pending-why">{message}</p>
      <p class="small">
        They are kept on this screen and count for the timer; keep Sitwell open until they are
        saved.
      </p>
      <button onClick={onRetry}>Retry saving</button>
    </div>
  );
}
