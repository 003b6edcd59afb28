import { useCallback, useEffect, useState } from 'preact/hooks';
import {
  readStorageStatus,
  requestPersistence,
  type StorageStatus,
} from '../platform/storage-status';

/** The browser's storage promises, and a way to ask for persistence. */
export function useStorageStatus() {
  const [status, setStatus] = useState<StorageStatus>();
  const refresh = useCallback(() => {
    void readStorageStatus().then(setStatus);
  }, []);
  useEffect(refresh, [refresh]);
  const ask = useCallback(async () => {
    await requestPersistence();
    refresh();
  }, [refresh]);
  return { status, ask };
}
