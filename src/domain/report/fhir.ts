import type {
  Bundle,
  BundleEntry,
  Device,
  Encounter,
  Patient,
  Provenance,
  Reference,
  RelatedPerson,
  Resource,
} from '@medplum/fhirtypes';
import { clockMadeMissed } from '../log/clock-changes';
import { applyCorrections } from '../log/corrections';
import { isKind, type Entry } from '../log/entry';
import { isoWithOffset } from '../format/time';
import { eventPartsOf } from './fhir-events';
import { derivedUuid, urnOf } from './fhir-ids';
import {
  allergyOf,
  doseAdministration,
  regularMedicines,
  substanceStatements,
} from './fhir-medications';
import { fhirPartsOf } from './fhir-observations';
import type { FhirContext, FhirPart } from './fhir-vitals';
import { sharedEntries, type SessionRecordFile } from './record-format';

// The session record as a FHIR R4 Bundle of type "collection", grouped as a FHIR engineer would:
// the Patient, the sitter as a RelatedPerson (performer of every observation), an Encounter for
// the session, Observations and QuestionnaireResponses for the check-ins and readings, the dose,
// what else was taken and allergies (fhir-medications.ts), missed check-ins, warnings, actions and
// notes (fhir-events.ts), the Device that signed, and a Provenance that carries the record's
// signature. Withheld entries are absent; corrected values are used, marked as amended.

/** A resource in the bundle and the seed of its stable id. */
interface Seeded {
  seed: string;
  resource: Resource;
}

/** The FHIR R4 Bundle (type collection) of a session record. */
export function sessionFhirBundle(doc: SessionRecordFile): Bundle {
  const sid = doc.session.id;
  const ref = <T extends Resource>(name: string): Reference<T> => ({
    reference: urnOf(derivedUuid(`${sid}/${name}`)),
  });
  const { entries, changes } = applyCorrections(sharedEntries(doc));
  const ctx: FhirContext = {
    patient: ref<Patient>('patient'),
    sitter: ref<RelatedPerson>('sitter'),
    encounter: ref<Encounter>('encounter'),
    device: ref<Device>('device'),
    refOf: ref,
    amended: new Set(changes.keys()),
  };
  const parts: Seeded[] = [
    { seed: 'patient', resource: patientOf(doc) },
    { seed: 'sitter', resource: sitterOf(doc, ctx) },
    { seed: 'encounter', resource: encounterOf(doc, entries, ctx) },
    { seed: 'device', resource: deviceOf(doc) },
    ...beforeParts(doc, entries, ctx),
    ...entryParts(doc, entries, ctx),
  ];
  const provenance = provenanceOf(doc, parts, ctx.device, ctx.sitter);
  const all = [...parts, { seed: 'provenance', resource: provenance }];
  return {
    resourceType: 'Bundle',
    type: 'collection',
    timestamp: doc.exportedAt,
    entry: all.map(({ seed, resource }) => entryOf(sid, seed, resource)),
  };
}

/** What was known before the dose: other substances today, regular medicines, allergies. */
function beforeParts(doc: SessionRecordFile, entries: Entry[], ctx: FhirContext): FhirPart[] {
  const first = entries[0];
  const asserted = { at: first?.at ?? doc.session.createdAt, tzOffset: first?.tzOffset ?? 0 };
  const { contacts } = doc.session;
  return [
    ...substanceStatements(entries, ctx),
    ...regularMedicines(contacts, asserted, ctx),
    ...allergyOf(contacts, asserted, ctx),
  ];
}

/** Each entry's resources in log order; an action answers the latest warning shown before it. */
function entryParts(doc: SessionRecordFile, entries: Entry[], ctx: FhirContext): FhirPart[] {
  const clockMissed = clockMadeMissed(entries);
  let lastShown: Entry<'escalation-shown'> | undefined;
  return entries.flatMap((e) => {
    const input = { ctx, contacts: doc.session.contacts, clockMissed, lastShown };
    const parts = [
      ...(isKind(e, 'dose-recorded') ? [doseAdministration(e, ctx)] : []),
      ...fhirPartsOf(e, ctx),
      ...eventPartsOf(e, input),
    ];
    if (isKind(e, 'escalation-shown')) lastShown = e;
    return parts;
  });
}

function entryOf(sid: string, seed: string, resource: Resource): BundleEntry {
  const id = derivedUuid(`${sid}/${seed}`);
  return { fullUrl: urnOf(id), resource: { ...resource, id } };
}

function patientOf(doc: SessionRecordFile): Patient {
  const name = doc.session.people.patientName?.trim();
  return { resourceType: 'Patient', ...(name && { name: [{ text: name }] }) };
}

function sitterOf(doc: SessionRecordFile, ctx: FhirContext): RelatedPerson {
  const name = doc.session.people.sitterName.trim();
  return {
    resourceType: 'RelatedPerson',
    patient: ctx.patient,
    relationship: [{ text: 'Sober sitter (safety monitor) for an at-home session' }],
    ...(name && { name: [{ text: name }] }),
  };
}

function encounterOf(doc: SessionRecordFile, entries: Entry[], ctx: FhirContext): Encounter {
  const first = entries[0];
  const ended = entries.findLast((e) => e.kind === 'session-ended');
  const start = first ? isoWithOffset(first.at, first.tzOffset) : undefined;
  return {
    resourceType: 'Encounter',
    status: ended ? 'finished' : 'in-progress',
    class: {
      system: 'http://terminology.hl7.org/CodeSystem/v3-ActCode',
      code: 'HH',
      display: 'home health',
    },
    type: [{ text: 'At-home ketamine session, monitored by a sober sitter' }],
    identifier: [{ type: { text: 'Sitwell session id' }, value: doc.session.id }],
    subject: ctx.patient,
    participant: [{ individual: ctx.sitter }],
    // FHIR forbids empty elements: no period at all for a record without entries.
    ...(start && {
      period: { start, ...(ended && { end: isoWithOffset(ended.at, ended.tzOffset) }) },
    }),
  };
}

function deviceOf(doc: SessionRecordFile): Device {
  return {
    resourceType: 'Device',
    deviceName: [{ name: `Sitwell ${doc.app.version}`, type: 'user-friendly-name' }],
    identifier: [
      { type: { text: 'Signing key fingerprint (ES256)' }, value: doc.signature.fingerprint },
    ],
  };
}

/** Standard base64 from base64url, as FHIR's base64Binary wants. */
function base64(url: string): string {
  const b64 = url.replace(/-/g, '+').replace(/_/g, '/');
  return b64 + '='.repeat((4 - (b64.length % 4)) % 4);
}

function provenanceOf(
  doc: SessionRecordFile,
  parts: Seeded[],
  device: Reference<Device>,
  sitter: Reference<RelatedPerson>,
): Provenance {
  const { head, signature } = doc;
  const signed =
    `Sitwell session record ${head.sessionId}: ${head.count} entries, last hash ` +
    `${head.lastHash}, session hash ${head.sessionHash}, exported ${head.exportedAt}. ` +
    'The signature is ES256 (raw r||s) over the canonical JSON of ' +
    '{format, version, sessionId, count, lastHash, exportedAt, sessionHash}.';
  return {
    resourceType: 'Provenance',
    target: parts.map((p) => ({ reference: urnOf(derivedUuid(`${doc.session.id}/${p.seed}`)) })),
    recorded: doc.exportedAt,
    agent: [
      {
        type: {
          coding: [
            {
              system: 'http://terminology.hl7.org/CodeSystem/provenance-participant-type',
              code: 'author',
              display: 'Author',
            },
          ],
        },
        who: device,
        onBehalfOf: sitter,
      },
    ],
    entity: [{ role: 'source', what: { display: signed } }],
    signature: [
      {
        type: [
          {
            system: 'urn:iso-astm:E1762-95:2013',
            code: '1.2.840.10065.1.12.1.5',
            display: 'Verification Signature',
          },
        ],
        when: head.exportedAt,
        who: device,
        sigFormat: 'application/octet-stream',
        data: base64(signature.value),
      },
    ],
  };
}
