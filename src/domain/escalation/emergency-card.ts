// The emergency card read to a dispatcher, and the latest readings for a call to the provider.

import { format } from 'date-fns';
import { isKind, type Entry } from '../log/entry';
import type { Contacts } from '../contacts/contacts';
import type { LatestVitals } from '../log/session-fold';
import { substancesFromAnswers, substancesText } from '../log/substances';

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

/**
 * The card's lines in reading order; fields not entered say so, so the sitter knows not to look for
 * them.
 */
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
  const also = alsoTaken(entries);
  if (also) lines.push({ label: 'Also taken today', value: also });
  if (contacts.medications.trim())
    lines.push({ label: 'Other medications', value: contacts.medications.trim() });
  if (contacts.allergies.trim())
    lines.push({ label: 'Allergies', value: contacts.allergies.trim() });
  lines.push({ label: 'Provider', value: provider || 'Not entered' });
  return lines;
}

/** What else was taken today, from the preparation and from "Something's wrong" answers. */
export function alsoTaken(entries: readonly Entry[]): string | undefined {
  const prep = entries.findLast((e): e is Entry<'prep-completed'> => isKind(e, 'prep-completed'));
  const said = prep ? substancesFromAnswers(prep.data.answers) : undefined;
  const note =
    prep && typeof prep.data.answers.substancesNote === 'string'
      ? prep.data.answers.substancesNote
      : '';
  const parts: string[] = [];
  if (Array.isArray(said) && said.length > 0) parts.push(substancesText(said));
  if (note.trim()) parts.push(note.trim());
  const later = entries.filter(
    (e) =>
      isKind(e, 'situation-reported') &&
      ['extra-dose', 'sedatives-taken'].includes(e.data.situation),
  );
  if (later.length > 0) parts.push('more during the session (see the log)');
  if (parts.length === 0)
    return said === 'none' ? 'Nothing else (asked before the dose)' : undefined;
  return parts.join('; ');
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
