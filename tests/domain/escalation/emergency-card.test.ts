import { describe, expect, it } from 'vitest';
import {
  dialHref,
  effectiveContacts,
  withEmergencyNumber,
} from '../../../src/domain/contacts/contacts';
import { EMPTY_CONTACTS, type Contacts } from '../../../src/domain/contacts/contacts';
import { contactErrors } from '../../../src/domain/contacts/contacts-validation';
import {
  alsoTaken,
  cardLines,
  doseLine,
  readingLines,
  takenToday,
  tellWithTaken,
} from '../../../src/domain/escalation/emergency-card';
import { escalationLog, mins, T0 } from '../../fixtures/escalation-log';

const hhmm = (at: number) => new Date(at).toISOString().slice(11, 16);
const contacts = (c: Partial<Contacts>): Contacts => ({ ...EMPTY_CONTACTS, ...c });

describe('withEmergencyNumber', () => {
  it('fills an empty number from the locale and keeps a set one', () => {
    expect(withEmergencyNumber(EMPTY_CONTACTS, 'en-US').emergencyNumber).toBe('911');
    expect(withEmergencyNumber(EMPTY_CONTACTS, 'en-GB').emergencyNumber).toBe('999');
    expect(withEmergencyNumber(EMPTY_CONTACTS, 'de').emergencyNumber).toBe('112');
    expect(withEmergencyNumber(contacts({ emergencyNumber: '000' }), 'en-US').emergencyNumber).toBe(
      '000',
    );
  });
});

describe('effectiveContacts', () => {
  it('prefers the current setting, then the snapshot, then the protocol, field by field', () => {
    const snapshot = contacts({
      emergencyNumber: '911',
      address: '1 Old Road',
      providerName: 'Dr Old',
    });
    const current = contacts({ providerPhone: '555 0100', address: '' });
    const out = effectiveContacts(
      snapshot,
      current,
      { providerName: 'Clinic', providerPhone: '555 9999' },
      'en-GB',
    );
    expect(out).toMatchObject({
      emergencyNumber: '911',
      address: '1 Old Road',
      providerName: 'Dr Old',
      providerPhone: '555 0100',
    });
  });

  it('falls back to the protocol provider and the regional number when nothing is set', () => {
    const out = effectiveContacts(
      undefined,
      undefined,
      { providerName: 'Clinic', providerPhone: '555 9999' },
      'en-AU',
    );
    expect(out).toMatchObject({
      emergencyNumber: '000',
      providerName: 'Clinic',
      providerPhone: '555 9999',
    });
  });
});

describe('the emergency card', () => {
  it('lists patient, address, dose, medications, allergies and provider', () => {
    const b = escalationLog().add(
      'dose-recorded',
      { doseAt: mins(0), medication: 'Ketamine RDT', amount: '300 mg', route: 'sublingual' },
      mins(1),
    );
    const lines = cardLines({
      contacts: contacts({
        address: '12 Elm St',
        medications: 'Sertraline',
        allergies: 'Penicillin',
        providerName: 'Dr R',
        providerPhone: '555 0100',
      }),
      patientName: 'Jo',
      entries: b.entries,
      formatTime: hhmm,
    });
    expect(lines).toEqual([
      { label: 'Patient', value: 'Jo' },
      { label: 'Address', value: '12 Elm St' },
      { label: 'Taken', value: 'Ketamine RDT, 300 mg, sublingual, at 14:00' },
      { label: 'Other medications', value: 'Sertraline' },
      { label: 'Allergies', value: 'Penicillin' },
      { label: 'Provider', value: 'Dr R, 555 0100' },
    ]);
  });

  it('says what to tell the call handler for what is missing, never a form’s wording', () => {
    const lines = cardLines({
      contacts: EMPTY_CONTACTS,
      patientName: undefined,
      entries: escalationLog().entries,
      formatTime: hhmm,
    });
    expect(lines.map((l) => l.label)).toEqual(['Patient', 'Address', 'Taken', 'Provider']);
    expect(lines[0]!.value).toBe('Say their full name');
    expect(lines[1]!.value).toBe('Say your full address, including the flat number');
    expect(lines[3]!.value).toBe('Not on this phone: say who prescribed it');
    expect(lines.map((l) => l.value).join(' ')).not.toMatch(/entered/i);
    expect(lines[2]!.value).toMatch(/time not recorded/);
  });

  it('uses the latest dose and the default wording without a medication', () => {
    const b = escalationLog().dose(mins(0)).dose(mins(30));
    expect(doseLine(b.entries.at(-1) as never, hhmm)).toBe('Ketamine, as prescribed, at 14:30');
  });
});

describe('readingLines', () => {
  it('gives each latest value with its time', () => {
    const lines = readingLines(
      {
        systolic: { value: 185, at: mins(5), seq: 3 },
        diastolic: { value: 125, at: mins(5), seq: 3 },
        heartRate: { value: 90, at: mins(10), seq: 4 },
      },
      hhmm,
    );
    expect(lines).toEqual(['Blood pressure 185/125 at 14:05', 'Heart rate 90 a minute at 14:10']);
    expect(readingLines({}, hhmm)).toEqual([]);
  });
});

describe('dialHref', () => {
  it('cleans a dialable number and never withholds the link', () => {
    expect(dialHref('(555) 010-2030')).toBe('tel:5550102030');
    expect(dialHref('+44 20 7946 0000')).toBe('tel:+442079460000');
    expect(dialHref('12')).toBe('tel:12');
  });
});

describe('contactErrors', () => {
  it('needs a dialable emergency number and dialable optional phones', () => {
    expect(contactErrors(contacts({ emergencyNumber: '911' }))).toEqual({});
    expect(contactErrors(contacts({ emergencyNumber: '' }))).toHaveProperty('emergencyNumber');
    expect(contactErrors(contacts({ emergencyNumber: '9x1' })).emergencyNumber).toMatch(
      /can’t be dialled/,
    );
    const errors = contactErrors(
      contacts({ emergencyNumber: '112', providerPhone: 'call me', backupPhone: '555 0100' }),
    );
    expect(Object.keys(errors)).toEqual(['providerPhone']);
  });
});

describe('what else was taken today [PMF, CLIN-REVIEW]', () => {
  it('is on the card from the preparation answers, with the note', () => {
    const entries = escalationLog().add(
      'prep-completed',
      { answers: { substancesToday: ['alcohol', 'opioid'], substancesNote: 'one beer at noon' } },
      T0,
    ).entries;
    const line = cardLines({ contacts: EMPTY_CONTACTS, patientName: 'Sam', entries }).find(
      (l) => l.label === 'Also taken today',
    );
    expect(line?.value).toBe(
      'Alcohol; An opioid painkiller (e.g. codeine, oxycodone, tramadol); one beer at noon',
    );
  });

  it('says when nothing else was taken, and is left out when it was never asked', () => {
    const none = escalationLog().add(
      'prep-completed',
      { answers: { substancesToday: 'none' } },
      T0,
    ).entries;
    expect(alsoTaken(none)).toBe('Nothing else (asked before the dose)');
    expect(alsoTaken(escalationLog().entries)).toBeUndefined();
  });
});

describe('what else was taken today, on the card and in the call script [SPR-label, PMF]', () => {
  const prep = (taken: string[]) =>
    escalationLog().add('prep-completed', { answers: { substancesToday: taken } }, mins(0)).entries;

  it('says "ketamine and alcohol", not "as prescribed", when preparation recorded alcohol', () => {
    const entries = prep(['cannabis', 'alcohol']);
    expect(takenToday(entries)).toEqual(['alcohol', 'cannabis']);
    expect(tellWithTaken('Say they took ketamine as prescribed, when.', entries)).toBe(
      'Say they took ketamine and alcohol and cannabis, when.',
    );
    expect(doseLine(undefined, () => '14:00', true)).toBe('Ketamine (time not recorded)');
  });

  it('keeps "as prescribed" when nothing else was taken', () => {
    expect(tellWithTaken('Say they took ketamine as prescribed.', prep([]))).toBe(
      'Say they took ketamine as prescribed.',
    );
    expect(takenToday(escalationLog().entries)).toEqual([]);
  });
});
