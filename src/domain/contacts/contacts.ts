// The household’s contacts and the details read out on the emergency card. Kept in settings and
// snapshotted into each session record, so a later edit never rewrites a past session.

import { defaultEmergencyNumber, regionOf, telHref, type RegionHint } from './emergency-number';
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
  /** The emergency number the sitter confirmed for where they are ('' until confirmed). */
  emergencyConfirmedFor: string;
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
  emergencyConfirmedFor: '',
};

/** Whether the sitter has confirmed the emergency number now in use [review: region facts]. */
export function emergencyNumberConfirmed(
  c: Pick<Contacts, 'emergencyNumber' | 'emergencyConfirmedFor'>,
): boolean {
  const n = c.emergencyNumber.trim();
  return n !== '' && c.emergencyConfirmedFor.trim() === n;
}

/** Contacts with the emergency number filled from the region when it is empty. */
export function withEmergencyNumber(contacts: Contacts, where: RegionHint | string): Contacts {
  if (contacts.emergencyNumber.trim()) return contacts;
  return { ...contacts, emergencyNumber: defaultEmergencyNumber(regionOf(where)) };
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
  where: RegionHint | string,
): Contacts {
  const out = { ...EMPTY_CONTACTS };
  for (const k of Object.keys(out) as (keyof Contacts)[]) {
    out[k] = current?.[k]?.trim() || snapshot?.[k]?.trim() || '';
  }
  out.providerName ||= protocol?.providerName?.trim() ?? '';
  out.providerPhone ||= protocol?.providerPhone?.trim() ?? '';
  return withEmergencyNumber(out, where);
}

/**
 * A `tel:` link for a number, cleaned when dialable and as typed otherwise (the call is never
 * withheld).
 */
export function dialHref(phone: string): string {
  return telHref(phone) ?? `tel:${phone.trim()}`;
}
