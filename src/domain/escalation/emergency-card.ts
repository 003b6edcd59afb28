// The emergency card read to a dispatcher, and the latest readings for a call to the provider.

import { format } from 'date-fns';
import { isKind, type Entry } from '../log/entry';
import type { Contacts } from '../contacts/contacts';
import { awaitingDose } from '../log/log-queries';
import type { LatestVitals } from '../log/session-fold';
import { SUBSTANCES, substancesFromAnswers, substancesText } from '../log/substances';

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

/**
 * What else preparation recorded as taken today, in short words for a sentence ("alcohol", "an
 * opioid painkiller"); the sedating ones first, as they matter most to a call handler [SPR-label].
 */
export function takenToday(entries: readonly Entry[]): string[] {
  const prep = entries.findLast((e): e is Entry<'prep-completed'> => isKind(e, 'prep-completed'));
  const ids = prep ? substancesFromAnswers(prep.data.answers) : undefined;
  if (!Array.isArray(ids)) return [];
  const known = SUBSTANCES.filter((s) => ids.includes(s.id));
  const ordered = [...known.filter((s) => s.sedating), ...known.filter((s) => !s.sedating)];
  return ordered.map((s) => {
    const short = s.label.replace(/\s*\(.*\)$/, '');
    return short.charAt(0).toLowerCase() + short.slice(1);
  });
}

/**
 * The words to say on a call, with what else was taken today: "they took ketamine and alcohol",
 * never "as prescribed" when that is not the whole story [SPR-label, PMF]; with the dose held,
 * that the ketamine was not given.
 */
export function tellWithTaken(tell: string, entries: readonly Entry[]): string {
  const also = takenToday(entries);
  if (awaitingDose(entries)) {
    const but = also.length > 0 ? ` but they took ${joinAnd(also)}` : '';
    return tell.replace(
      /they took ketamine as prescribed, (and )?when/,
      `the ketamine dose was not given${but}`,
    );
  }
  if (also.length === 0) return tell;
  return tell.replace(
    'they took ketamine as prescribed',
    `they took ketamine and ${joinAnd(also)}`,
  );
}

function joinAnd(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}

/** What was taken and when, in words, e.g. "Ketamine, 100 mg, oral, at 14:00". */
export function doseLine(
  dose: Entry<'dose-recorded'> | undefined,
  time: (at: number) => string,
  alsoTakenToday = false,
): string {
  // "As prescribed" only when nothing else was taken: a call handler must hear the mix.
  const ketamine = alsoTakenToday ? 'Ketamine' : 'Ketamine, as prescribed';
  if (!dose) return `${ketamine} (time not recorded)`;
  const { medication, amount, route, doseAt } = dose.data;
  const what = [medication?.trim() || ketamine, amount?.trim(), route?.trim()].filter(Boolean);
  return `${what.join(', ')}, at ${time(doseAt)}`;
}

/**
 * The card's lines in reading order. A field not entered says what to tell the call handler
 * instead, never a form's wording: the sitter reads the card aloud.
 */
export function cardLines({ contacts, patientName, entries, formatTime }: CardInput): CardLine[] {
  const time = formatTime ?? ((at: number) => format(at, 'HH:mm'));
  const or = (v: string, missing: string) => v.trim() || missing;
  const provider = [contacts.providerName.trim(), contacts.providerPhone.trim()]
    .filter(Boolean)
    .join(', ');
  const lines: CardLine[] = [
    { label: 'Patient', value: or(patientName ?? '', 'Say their full name') },
    {
      label: 'Address',
      value: or(contacts.address, 'Say your full address, including the flat number'),
    },
    {
      label: 'Taken',
      value: awaitingDose(entries)
        ? 'No ketamine: the dose was not given'
        : doseLine(latestDose(entries), time, takenToday(entries).length > 0),
    },
  ];
  const also = alsoTaken(entries);
  if (also) lines.push({ label: 'Also taken today', value: also });
  if (contacts.medications.trim())
    lines.push({ label: 'Other medications', value: contacts.medications.trim() });
  if (contacts.allergies.trim())
    lines.push({ label: 'Allergies', value: contacts.allergies.trim() });
  lines.push({ label: 'Provider', value: provider || 'Not on this phone: say who prescribed it' });
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
