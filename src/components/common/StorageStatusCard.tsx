import type { StorageStatus } from '../../platform/storage-status';

/** Whether the browser will keep Sitwell's data, in plain words, with a way to ask. */
export function StorageStatusCard({
  status,
  onAsk,
}: {
  status: StorageStatus | undefined;
  onAsk: () => void;
}) {
  if (!status) return null;
  // Once the data is protected there is nothing to do: one quiet line is enough.
  if (status.persisted === true && !status.likelyPrivate) {
    return (
      <p class="small muted">
        Storage: kept on this device, protected from clean-up. Nothing is sent anywhere unless you
        export it.
      </p>
    );
  }
  return (
    <section class="card stack" aria-labelledby="storage-heading">
      <h2 id="storage-heading">Storage on this device</h2>
      {status.likelyPrivate && (
        <p class="banner warn">
          This looks like a private window: everything recorded here will be deleted when the window
          closes. Use a normal window for a real session.
        </p>
      )}
      {status.persisted === true && (
        <p>Kept: the browser has agreed not to clear Sitwell’s data on its own.</p>
      )}
      {status.persisted === false && (
        <>
          <p>
            Not yet protected: the browser may clear Sitwell’s data if the device runs short of
            space.
          </p>
          <button onClick={onAsk}>Ask the browser to keep Sitwell’s data</button>
        </>
      )}
      {status.persisted === undefined && (
        <p>This browser does not say whether it will keep Sitwell’s data.</p>
      )}
      <p class="small muted">
        Everything stays on this device. Nothing is sent anywhere unless you export it.
      </p>
    </section>
  );
}
