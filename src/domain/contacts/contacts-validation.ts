// Checks on the contacts form: every number shown as a call link must be dialable.

import { isDialable } from './emergency-number';
import type { Contacts } from './contacts';

/** A message per field that is wrong. */
export type ContactErrors = Partial<Record<keyof Contacts, string>>;

const NOT_DIALABLE =
  'This number can’t be dialled. Use digits, with spaces, dashes or brackets if you like, and a ' +
  '+ only at the start (3 to 20 digits).';

/** The problems with a contacts form; an empty object when it can be saved. */
export function contactErrors(c: Contacts): ContactErrors {
  const errors: ContactErrors = {};
  if (!c.emergencyNumber.trim())
    errors.emergencyNumber =
      'Enter the emergency number: the emergency screen’s call button uses it.';
  else if (!isDialable(c.emergencyNumber)) errors.emergencyNumber = NOT_DIALABLE;
  for (const key of ['providerPhone', 'backupPhone'] as const) {
    // Optional, but a number that is there must work when it is tapped in a hurry.
    if (c[key].trim() && !isDialable(c[key])) errors[key] = NOT_DIALABLE;
  }
  return errors;
}
