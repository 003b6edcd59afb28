// The contacts in force during a session and the lines of the emergency card read to a dispatcher.
// Pure: the caller passes the session's snapshot, the current setting and the browser's locale.

import { format } from 'date-fns';
import { isKind, type Entry } from './entry';
import { defaultEmergencyNumber, regionFromLocale, telHref } from './emergency-number';
import { EMPTY_CONTACTS, type Contacts, type Protocol } from './protocol';
import type { LatestVitals } from './session-fold';

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

/** One line of the emergency card. */
export interface CardLine {
  label: string;
  value: string;
}

/** What the card needs besides the contacts. */
export interface CardInput {
  contacts: Contacts;
  patientName: string | undefined;
  entries: readonly Entry[];
  /** Formats a time of day; defaults to "HH:mm". */
  formatTime?: (at: number) => string;
}

/** The latest dose entry, if any. */
export function latestDose(entries: readonly Entry[]): Entry<'dose-recorded'> | undefined {
  for (let i = entries.length - 1; i >= 0; i--) {
    const e = entries[i] as Entry;
    if (isKind(e, 'dose-recorded')) return e;
  }
  return undefined;
}

/** What was taken and when, in words, e.g. "Ketamine, 100 mg, oral, at 14:00". */
export function doseLine(
  dose: Entry<'dose-recorded'> | undefined,
  time: (at: number) => string,
): string {
  if (!dose) return 'Ketamine, as prescribed (time not recorded)';
  const { medication, amount, route, doseAt } = dose.data;
  const what = [
    medication?.trim() || 'Ketamine, as prescribed',
    amount?.trim(),
    route?.trim(),
  ].filter(Boolean);
  return `${what.join(', ')}, at ${time(doseAt)}`;
}

/** The card's lines in reading order; fields not entered say so, so the sitter knows not to look for them. */
export function cardLines({ contacts, patientName, entries, formatTime }: CardInput): CardLine[] {
  const time = formatTime ?? ((at: number) => format(at, 'HH:mm'));
  const or = (v: string, missing: string) => v.trim() || missing;
  const provider = [contacts.providerName.trim(), contacts.providerPhone.trim()]
    .filter(Boolean)
    .join(', ');
  const lines: CardLine[] = [
    { label: 'Patient', value: or(patientName ?? '', 'Name not entered') },
    { label: 'Address', value: or(contacts.address, 'Not entered: say the address') },
    { label: 'Taken', value: doseLine(latestDose(entries), time) },
  ];
  if (contacts.medications.trim())
    lines.push({ label: 'Other medications', value: contacts.medications.trim() });
  if (contacts.allergies.trim())
    lines.push({ label: 'Allergies', value: contacts.allergies.trim() });
  lines.push({ label: 'Provider', value: provider || 'Not entered' });
  return lines;
}

/** The latest measured values in words with their times, for the call to the provider. */
export function readingLines(v: LatestVitals, time: (at: number) => string): string[] {
  const out: string[] = [];
  const bpAt = v.systolic ?? v.diastolic;
  if (bpAt)
    out.push(
      `Blood pressure ${v.systolic?.value ?? '?'}/${v.diastolic?.value ?? '?'} at ${time(bpAt.at)}`,
    );
  if (v.heartRate) out.push(`Heart rate ${v.heartRate.value} a minute at ${time(v.heartRate.at)}`);
  if (v.spo2) out.push(`Oxygen saturation ${v.spo2.value} % at ${time(v.spo2.at)}`);
  if (v.respRate) out.push(`${v.respRate.value} breaths a minute at ${time(v.respRate.at)}`);
  return out;
}

/** A `tel:` link for a number, cleaned when dialable and as typed otherwise (the call is never withheld). */
export function dialHref(phone: string): string {
  return telHref(phone) ?? `tel:${phone.trim()}`;
}
