/** Entries the sitter made that are not saved yet: the reason, and Retry. Nothing is dropped. */
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
  const howMany = n === 1 ? '1 entry is not saved yet.' : `${n} entries are not saved yet.`;
  return (
    <div class="banner error" role="alert">
      <p>
        <strong>{howMany}</strong> {message}
      </p>
      <p class="small">
        They are kept on this screen and count for the timer; keep Sitwell open until they are
        saved.
      </p>
      <button onClick={onRetry}>Retry saving</button>
    </div>
  );
}
