import { useObservable } from '../lib/use-observable';
import { storageEvents, type StorageEvent } from '../storage/storage-events';

/** The latest storage condition the user must see (another tab blocking, the database closed). */
export function useStorageEvent(): StorageEvent | undefined {
  return useObservable(storageEvents);
}
