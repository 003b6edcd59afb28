import { useState } from 'preact/hooks';
import { newId } from '../platform/crypto';

/**
 * An id for one user action, made when the form or screen opens and kept while it is open. Every
 * save from it passes this id, and the log stores one entry per id, so a double tap (or a second
 * Save before the screen moved on) writes once.
 */
export function useActionId(): string {
  const [id] = useState(newId);
  return id;
}
