import { effectiveContacts, type Contacts } from '../domain/contacts/contacts';
import type { SessionRecord } from '../domain/log/session';
import { stripBidiControlsDeep } from '../domain/parse/bidi';
import { deviceRegionHint } from '../platform/region';
import { useSetting } from './use-setting';

/**
 * The contacts in force: the session's snapshot at once, then merged with the current setting once
 * read (so a number added mid-session is used). The emergency number is never empty.
 */
export function useContacts(session: SessionRecord | undefined): Contacts {
  // A failed read leaves the snapshot in use: the emergency screen must never wait on storage.
  const current = useSetting('contacts').value;
  // Stripped of bidirectional controls here too, for contacts kept before they were stripped.
  const contacts = effectiveContacts(
    session?.contacts,
    current,
    session?.protocol,
    deviceRegionHint(),
  );
  return stripBidiControlsDeep(contacts);
}
