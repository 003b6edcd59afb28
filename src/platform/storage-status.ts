// What the browser promises about keeping our data.

/** Persistence and capacity as far as the browser tells. */
export interface StorageStatus {
  /** true: the browser will not evict our data without asking; undefined: API missing. */
  persisted: boolean | undefined;
  /** A private/incognito window is likely (small quota); data goes when the window closes. */
  likelyPrivate: boolean;
  quotaBytes: number | undefined;
  usageBytes: number | undefined;
}

// Chromium gives incognito windows a quota of roughly 100 MB or less, against gigabytes normally.
const PRIVATE_QUOTA_BELOW = 200 * 1024 * 1024;

/** Read the current status without prompting. */
export async function readStorageStatus(): Promise<StorageStatus> {
  const s = navigator.storage;
  const persisted = s?.persisted ? await s.persisted().catch(() => undefined) : undefined;
  const est = s?.estimate ? await s.estimate().catch(() => undefined) : undefined;
  const quota = est?.quota;
  return {
    persisted,
    likelyPrivate: quota !== undefined && quota < PRIVATE_QUOTA_BELOW,
    quotaBytes: quota,
    usageBytes: est?.usage,
  };
}

/**
 * Ask the browser to keep our data (may show a prompt in some browsers). Returns whether granted.
 */
export async function requestPersistence(): Promise<boolean | undefined> {
  const s = navigator.storage;
  if (!s?.persist) return undefined;
  return s.persist().catch(() => false);
}
