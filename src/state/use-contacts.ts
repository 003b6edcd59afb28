import { useEffect, useState } from 'preact/hooks';
import { useServices } from '../app/app-context';
import { effectiveContacts } from '../domain/contacts/contacts';
import type { Contacts } from '../domain/contacts/contacts';
import type { SessionRecord } from '../storage/db';
import { CONTACTS } from '../storage/app-settings';
import { readSetting } from '../storage/settings';

/**
 * The contacts in force: the session's snapshot at once, then merged with the current setting once
 * read (so a number added mid-session is used). The emergency number is never empty.
 */
export function useContacts(session: SessionRecord | undefined): Contacts {
  const { db } = useServices();
  const [current, setCurrent] = useState<Contacts>();
  useEffect(() => {
    let live = true;
    // A failed read leaves the snapshot in use: the emergency screen must never wait on storage.
    readSetting(db, CONTACTS).then(
      (c) => live && setCurrent(c),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [db]);
  return effectiveContacts(session?.contacts, current, session?.protocol, navigator.language);
}
