import type {
  AllergyIntolerance,
  Bundle,
  Communication,
  MedicationAdministration,
  MedicationStatement,
  Observation,
  Resource,
} from '@medplum/fhirtypes';
import { beforeAll, describe, expect, it } from 'vitest';
import { sessionFhirBundle } from '../../../src/domain/report/fhir';
import { doseQuantity } from '../../../src/domain/report/fhir-medications';
import type { NewEntry } from '../../../src/storage/entries';
import { MIN, signedRecord, START } from '../../fixtures/session-record';
import { bundleErrors, loadFhirR4 } from './fhir-validators';

// The dose, what else was taken, allergies, a missed check-in, an emergency and the 911 call in the
// FHIR bundle: valid R4 (both validators), each resource at its time with its codes.

beforeAll(loadFhirR4, 30_000);

const at = (m: number) => START + m * MIN;
/** Times in New York (UTC−5), as the session's own offset writes them. */
const ny = (m: number) => {
  const d = new Date(at(m) - 5 * 60 * MIN).toISOString().slice(0, 19);
  return `${d}-05:00`;
};

function inputs(): NewEntry[] {
  return [
    {
      kind: 'session-started',
      data: { sitterName: 'Alex', patientName: 'Sam', intervalMin: 15, preAlert: true },
      at: at(0),
    },
    {
      kind: 'prep-completed',
      data: {
        answers: {
          notes: 'yes',
          substancesToday: ['alcohol', 'sleep-aid'],
          substancesNote: 'One glass of wine at lunch',
        },
      },
      at: at(1),
    },
    {
      kind: 'dose-recorded',
      data: {
        doseAt: at(2),
        medication: 'Ketamine rapid-dissolve tablet',
        route: 'under the tongue',
        amount: '300 mg',
      },
      at: at(3),
    },
    { kind: 'check-in-missed', data: { dueAt: at(17), lateMs: 5 * MIN }, at: at(22) },
    { kind: 'check-in', data: { observation: { responsiveness: 'none' } }, at: at(24) },
    { kind: 'escalation-shown', data: { ruleIds: ['no-response'], tier: 'emergency' }, at: at(24) },
    { kind: 'escalation-action', data: { action: 'called-emergency' }, at: at(25) },
    {
      kind: 'escalation-action',
      data: { action: 'resolved', outcome: 'ambulance-came', text: 'Paramedics took over' },
      at: at(40),
    },
    {
      kind: 'escalation-shown',
      data: { ruleIds: ['bp-rise'], tier: 'call-provider' },
      at: at(60),
    },
    { kind: 'escalation-action', data: { action: 'provider-not-reached' }, at: at(70) },
    { kind: 'session-ended', data: { reason: 'Taken to hospital' }, at: at(90) },
  ];
}

async function bundle(allergies = 'Penicillin (rash)'): Promise<Bundle> {
  const { doc } = await signedRecord(undefined, inputs());
  doc.session.contacts.allergies = allergies;
  return sessionFhirBundle(doc);
}

const ofType = <T extends Resource>(b: Bundle, type: T['resourceType']): T[] =>
  b.entry!.map((e) => e.resource!).filter((r): r is T => r.resourceType === type);
const urlOf = (b: Bundle, r: Resource) => b.entry!.find((e) => e.resource === r)!.fullUrl;
const codes = (c?: { coding?: { system?: string; code?: string }[] }) =>
  (c?.coding ?? []).map((x) => `${x.system}|${x.code}`);
const SCT = 'http://snomed.info/sct';

describe('the FHIR bundle of a session with a dose, an emergency and a 911 call', () => {
  it('is valid R4', async () => {
    expect(bundleErrors(await bundle())).toEqual([]);
    expect(bundleErrors(await bundle('none'))).toEqual([]);
  }, 30_000);

  it('fails validation with a status outside its required value set', async () => {
    const b = await bundle();
    const [comm] = ofType<Communication>(b, 'Communication');
    (comm as { status: string }).status = 'sent';
    expect(bundleErrors(b).join()).toMatch(/Communication.status: "sent" is not in its required/);
  });

  it('has the dose as a MedicationAdministration at the time it was taken', async () => {
    const [dose] = ofType<MedicationAdministration>(await bundle(), 'MedicationAdministration');
    expect(dose).toMatchObject({
      status: 'completed',
      effectiveDateTime: ny(2),
      medicationCodeableConcept: { text: 'Ketamine rapid-dissolve tablet' },
      dosage: {
        text: '300 mg',
        route: { text: 'under the tongue' },
        dose: { value: 300, unit: 'mg', system: 'http://unitsofmeasure.org', code: 'mg' },
      },
    });
    expect(codes(dose!.medicationCodeableConcept)).toEqual([`${SCT}|373464007`]);
    expect(codes(dose!.dosage!.route)).toEqual([`${SCT}|37839007`]);
  });

  it('has what else was taken today, and the allergies, as the sitter entered them', async () => {
    const b = await bundle();
    const statements = ofType<MedicationStatement>(b, 'MedicationStatement');
    expect(statements.map((s) => [s.status, s.medicationCodeableConcept?.text])).toEqual([
      ['completed', 'Alcohol'],
      ['completed', 'Sleeping pills or another sedative'],
      ['active', 'lorazepam 0.5 mg at night'],
    ]);
    expect(codes(statements[0]!.medicationCodeableConcept)).toEqual([`${SCT}|419442005`]);
    expect(statements[0]).toMatchObject({ effectiveDateTime: '2026-03-08', dateAsserted: ny(1) });
    expect(statements[0]!.note!.map((n) => n.text)).toContain('One glass of wine at lunch');
    const [allergy] = ofType<AllergyIntolerance>(b, 'AllergyIntolerance');
    expect(allergy!.code).toEqual({ text: 'Penicillin (rash)' });
    expect(codes(allergy!.verificationStatus)).toEqual([
      'http://terminology.hl7.org/CodeSystem/allergyintolerance-verification|unconfirmed',
    ]);
    const [none] = ofType<AllergyIntolerance>(await bundle('None'), 'AllergyIntolerance');
    expect(codes(none!.code)).toEqual([`${SCT}|716186003`]);
  });

  it('has a missed check-in as a responsiveness Observation not performed, when due', async () => {
    const missed = ofType<Observation>(await bundle(), 'Observation').filter(
      (o) => o.status === 'cancelled',
    );
    expect(missed).toHaveLength(1);
    expect(missed[0]).toMatchObject({
      effectiveDateTime: ny(17),
      issued: ny(22),
      code: { coding: [{ system: 'http://loinc.org', code: '67775-7' }] },
      dataAbsentReason: { coding: [{ code: 'not-performed' }] },
    });
  });

  it('has each warning shown, and each action in response to it, with its time', async () => {
    const b = await bundle();
    const comms = ofType<Communication>(b, 'Communication');
    expect(comms.map((c) => [c.sent, c.status, c.topic?.text, c.priority])).toEqual([
      [ny(24), 'completed', 'Warning: call emergency services', 'stat'],
      [ny(25), 'completed', 'Called emergency services', undefined],
      [ny(40), 'completed', 'Marked as resolved', undefined],
      [ny(60), 'completed', 'Warning: call the provider', 'urgent'],
      [ny(70), 'not-done', 'Could not reach the provider', undefined],
    ]);
    const [emergency, call, resolved, prompt, notReached] = comms;
    expect(codes(emergency!.category![0])).toEqual([
      'http://terminology.hl7.org/CodeSystem/communication-category|alert',
    ]);
    expect(emergency!.payload!.map((p) => p.contentString)).toEqual([
      'Sitwell told the sitter to call emergency services.',
      'No response, even to shaking',
    ]);
    expect(emergency!.sender!.reference).toBe(urlOf(b, ofType(b, 'Device')[0]!));
    expect(codes(call!.medium![0])).toEqual([
      'http://terminology.hl7.org/CodeSystem/v3-ParticipationMode|PHONE',
    ]);
    expect(call!.recipient).toEqual([{ display: 'Emergency services (911)' }]);
    expect(call!.inResponseTo).toEqual([{ reference: urlOf(b, emergency!) }]);
    expect(resolved!.payload!.map((p) => p.contentString)).toEqual([
      'Outcome: The ambulance came',
      'Paramedics took over',
    ]);
    expect(notReached!.inResponseTo).toEqual([{ reference: urlOf(b, prompt!) }]);
    expect(notReached!.recipient).toEqual([{ display: 'The provider: Dr Rivera, +1 555 0100' }]);
  });
});

describe('corrections in the FHIR bundle', () => {
  it('uses the corrected reading, marked as amended', async () => {
    const reading: NewEntry = {
      kind: 'vitals',
      data: { vitals: { systolic: 134, diastolic: 86 }, context: 'recheck' },
      at: at(50),
    };
    const fix: NewEntry = {
      kind: 'correction',
      data: {
        targetSeq: 10,
        text: 'Typed the top number wrong',
        changes: [{ field: 'vitals.systolic', from: 134, to: 143 }],
      },
      at: at(51),
    };
    const all = inputs();
    const { doc } = await signedRecord(undefined, [...all.slice(0, -1), reading, fix, all.at(-1)!]);
    const bp = ofType<Observation>(sessionFhirBundle(doc), 'Observation').filter(
      (o) => o.code.coding?.[0]?.code === '85354-9',
    );
    expect(bp.map((o) => [o.status, o.component?.[0]?.valueQuantity?.value])).toEqual([
      ['amended', 143],
    ]);
  });
});

describe('doseQuantity', () => {
  it('reads a number and a unit, in UCUM where it knows the unit', () => {
    expect(doseQuantity('84 mg')).toMatchObject({ value: 84, code: 'mg' });
    expect(doseQuantity('0.5 mL')).toMatchObject({ value: 0.5, code: 'mL' });
    expect(doseQuantity('2 tablets')).toEqual({ value: 2, unit: 'tablets' });
    expect(doseQuantity('two tablets')).toBeUndefined();
    expect(doseQuantity('300 mg, then 100 mg')).toBeUndefined();
  });
});
