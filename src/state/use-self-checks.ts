import { useEffect, useState } from 'preact/hooks';
import type { SelfCheck } from '../domain/review/self-check';
import type { Answer, InstrumentId } from '../domain/review/self-check-items';
import { now } from '../platform/clock';
import { newId } from '../platform/crypto';
import { tzOffsetAt } from '../storage/entries';
import { addSelfCheck, listSelfChecks } from '../storage/self-checks';
import { toStorageError } from '../storage/storage-error';
import { useServices } from './services';

/** The patient's self-checks, oldest first, and how to add one. */
export function useSelfChecks(): {
  checks: SelfCheck[] | undefined;
  error: string | undefined;
  add: (instrument: InstrumentId, answers: Answer[]) => Promise<string | undefined>;
} {
  const { db } = useServices();
  const [checks, setChecks] = useState<SelfCheck[]>();
  const [error, setError] = useState<string>();
  const [version, setVersion] = useState(0);
  useEffect(() => {
    let live = true;
    listSelfChecks(db, 'oldest-first').then(
      (list) => live && setChecks(list.checks),
      (err: unknown) => live && setError(toStorageError(err).message),
    );
    return () => {
      live = false;
    };
  }, [db, version]);
  const add = async (instrument: InstrumentId, answers: Answer[]): Promise<string | undefined> => {
    const at = now();
    try {
      await addSelfCheck(db, { id: newId(), at, tzOffset: tzOffsetAt(at), instrument, answers });
      setVersion((n) => n + 1);
      return undefined;
    } catch (err) {
      return toStorageError(err).message;
    }
  };
  return { checks, error, add };
}
