import { useEffect, useRef, useState } from 'preact/hooks';
import { EMPTY_PREP_DRAFT, isStartedDraft, type PrepDraft } from '../domain/before/prep-draft';
import { now } from '../platform/clock';
import { PREP_DRAFT } from '../storage/app-settings';
import { readSetting, writeSetting } from '../storage/settings';
import { toStorageError } from '../storage/storage-error';
import { useServices } from './services';

/** The preparation draft and how to change it. */
export interface PrepDraftState {
  /** Undefined until loaded. */
  draft: PrepDraft | undefined;
  /** The loaded draft already had answers in it: the sitter is picking up where they stopped. */
  resumed: boolean;
  /** The last save failed (the answers are still on screen). */
  saveError: string | undefined;
  /** Apply a change at once; resolves when it is saved (or the save failed and is shown). */
  update: (change: (d: PrepDraft) => PrepDraft) => Promise<void>;
  clear: () => Promise<void>;
}

/**
 * Load the saved preparation once, then save it after every change, one write at a time, in order.
 */
export function usePrepDraft(): PrepDraftState {
  const { db } = useServices();
  const [draft, setDraft] = useState<PrepDraft>();
  const [resumed, setResumed] = useState(false);
  const [saveError, setSaveError] = useState<string>();
  const latest = useRef<PrepDraft>(EMPTY_PREP_DRAFT);
  const queue = useRef<Promise<void>>(Promise.resolve());

  useEffect(() => {
    let live = true;
    readSetting(db, PREP_DRAFT).then(
      (d) => {
        if (!live) return;
        latest.current = d;
        setDraft(d);
        setResumed(isStartedDraft(d));
      },
      (err: unknown) => {
        if (!live) return;
        setDraft(EMPTY_PREP_DRAFT);
        setSaveError(toStorageError(err).message);
      },
    );
    return () => {
      live = false;
    };
  }, [db]);

  const save = (next: PrepDraft): Promise<void> => {
    const run = queue.current.then(() => writeSetting(db, PREP_DRAFT, next, now()));
    queue.current = run.then(
      () => setSaveError(undefined),
      (err: unknown) => setSaveError(toStorageError(err).message),
    );
    return queue.current;
  };

  const update = (change: (d: PrepDraft) => PrepDraft): Promise<void> => {
    const next = change(latest.current);
    latest.current = next;
    setDraft(next);
    return save(next);
  };

  const clear = (): Promise<void> => {
    latest.current = EMPTY_PREP_DRAFT;
    setDraft(EMPTY_PREP_DRAFT);
    setResumed(false);
    return save(EMPTY_PREP_DRAFT);
  };

  return { draft, resumed, saveError, update, clear };
}
