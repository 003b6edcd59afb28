import { effectiveContacts, type Contacts } from '../domain/contacts/contacts';
import type { SessionRecord } from '../domain/log/session';
import { stripBidiControlsDeep } from '../domain/parse/bidi';
import { deviceRegionHint } from '../platform/region';
import { useSetting, type SettingState } from './use-setting';

/**
 * The contacts in force: the session's snapshot at once, then merged with the current setting once
 * read (so a number added mid-session is used). The emergency number is never empty.
 */
export function useContacts(session: SessionRecord | undefined): Contacts {
  return useContactsSetting(session).contacts;
}

/** The contacts in force, and the saved setting to add a missing one to without leaving. */
export function useContactsSetting(session: SessionRecord | undefined): {
  contacts: Contacts;
  setting: SettingState<Contacts>;
} {
  // A failed read leaves the snapshot in use: the emergency screen must never wait on storage.
  const setting = useSetting('contacts');
  const current = setting.value;
  // Stripped of bidirectional controls here too, for contacts kept before they were stripped.
  const contacts = effectiveContacts(
    session?.contacts,
    current,
    session?.protocol,
    deviceRegionHint(),
  );
  return { contacts: stripBidiControlsDeep(contacts), setting };
}
