// The household’s contacts and the details read out on the emergency card. Kept in settings and
// snapshotted into each session record, so a later edit never rewrites a past session.

import { defaultEmergencyNumber, regionFromLocale, telHref } from './emergency-number';
import type { Protocol } from '../protocol/protocol';

/** Contacts and details for the emergency card. */
export interface Contacts {
  /** Emergency number dialled from the emergency screen, e.g. "911". */
  emergencyNumber: string;
  providerName: string;
  providerPhone: string;
  backupName: string;
  backupPhone: string;
  address: string;
  medications: string;
  allergies: string;
}

/** Empty contacts; the emergency number is filled from the region at first use. */
export const EMPTY_CONTACTS: Contacts = {
  emergencyNumber: '',
  providerName: '',
  providerPhone: '',
  backupName: '',
  backupPhone: '',
  address: '',
  medications: '',
  allergies: '',
};

/** Contacts with the emergency number filled from the region when it is empty. */
export function withEmergencyNumber(contacts: Contacts, locale: string): Contacts {
  if (contacts.emergencyNumber.trim()) return contacts;
  return { ...contacts, emergencyNumber: defaultEmergencyNumber(regionFromLocale(locale)) };
}

/**
 * The contacts to use now: each field from the current setting when filled in (the sitter may add a
 * phone number mid-session), else from the session's snapshot, else the provider's protocol; the
 * emergency number falls back to the region's.
 */
export function effectiveContacts(
  snapshot: Contacts | undefined,
  current: Contacts | undefined,
  protocol: Pick<Protocol, 'providerName' | 'providerPhone'> | undefined,
  locale: string,
): Contacts {
  const out = { ...EMPTY_CONTACTS };
  for (const k of Object.keys(out) as (keyof Contacts)[]) {
    out[k] = current?.[k]?.trim() || snapshot?.[k]?.trim() || '';
  }
  out.providerName ||= protocol?.providerName?.trim() ?? '';
  out.providerPhone ||= protocol?.providerPhone?.trim() ?? '';
  return withEmergencyNumber(out, locale);
}

/** A `tel:` link for a number, cleaned when dialable and as typed otherwise (the call is never withheld). */
export function dialHref(phone: string): string {
  return telHref(phone) ?? `tel:${phone.trim()}`;
}
