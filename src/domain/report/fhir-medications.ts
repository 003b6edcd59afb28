import type {
  AllergyIntolerance,
  CodeableConcept,
  MedicationAdministration,
  MedicationAdministrationDosage,
  MedicationStatement,
  Quantity,
} from '@medplum/fhirtypes';
import { isoWithOffset } from '../format/time';
import { isKind, type Entry } from '../log/entry';
import { substancesFromAnswers, SUBSTANCES } from '../log/substances';
import type { FhirContext, FhirPart } from './fhir-vitals';
import type { RecordContacts } from './record-format';

// What was taken, as FHIR R4: the dose (`dose-recorded`) as a MedicationAdministration; what else
// was taken today (the preparation's answers) and the patient's regular medicines as
// MedicationStatements; allergies as an AllergyIntolerance. The sitter types most of it in their
// own words, so the text always travels, and a standard code is added only where the words name
// one without doubt. Mapping and reasons: docs/fhir-mapping.md.

const SNOMED = 'http://snomed.info/sct';
const UCUM = 'http://unitsofmeasure.org';

const snomed = (code: string, display: string) => ({ system: SNOMED, code, display });

/** SNOMED CT substances for the preparation's list; ids without one travel as text only. */
const SUBSTANCE_CODES: Record<string, ReturnType<typeof snomed> | undefined> = {
  alcohol: snomed('419442005', 'Ethyl alcohol'),
  benzodiazepine: snomed('372664007', 'Benzodiazepine'),
  opioid: snomed('404642006', 'Opioid receptor agonist'),
  cannabis: snomed('398705004', 'Cannabis'),
};

/** SNOMED CT routes (FHIR's route-codes value set), found by the words a sitter would use. */
const ROUTES: [RegExp, ReturnType<typeof snomed>][] = [
  [/sublingual|under the tongue/, snomed('37839007', 'Sublingual route')],
  [/buccal|cheek/, snomed('54471007', 'Buccal route')],
  [/nasal|nose/, snomed('46713006', 'Nasal route')],
  [/intramuscular|\bim\b|into (a|the) muscle/, snomed('78421000', 'Intramuscular route')],
  [/subcutaneous|under the skin/, snomed('34206005', 'Subcutaneous route')],
  [/intravenous|\biv\b|into a vein/, snomed('47625008', 'Intravenous route')],
  [/\boral\b|swallow|by mouth/, snomed('26643006', 'Oral route')],
];

const UCUM_UNITS: Record<string, string> = { mg: 'mg', g: 'g', mcg: 'ug', µg: 'ug', ml: 'mL' };

/** "300 mg" → 300 mg (UCUM); "2 tablets" → 2 tablets; anything else → undefined. */
export function doseQuantity(amount: string): Quantity | undefined {
  const m = /^(\d+(?:\.\d+)?)\s*([a-zµ]+(?: [a-z]+)?)?$/i.exec(amount.trim());
  if (!m) return undefined;
  const value = Number(m[1]);
  const unit = m[2];
  if (!unit) return { value };
  const ucum = UCUM_UNITS[unit.toLowerCase()];
  return ucum ? { value, unit, system: UCUM, code: ucum } : { value, unit };
}

/** The medication as typed, with SNOMED CT's ketamine when the words say ketamine. */
function medicationOf(name: string | undefined): CodeableConcept {
  const text = name?.trim() || 'Ketamine or esketamine as prescribed (name not entered)';
  // "esketamine" (a different substance) does not match: there is no word break inside it.
  const ketamine = name && /\bketamine\b/i.test(name);
  return ketamine ? { coding: [snomed('373464007', 'Ketamine')], text } : { text };
}

function routeOf(route: string): CodeableConcept {
  const code = ROUTES.find(([words]) => words.test(route.toLowerCase()))?.[1];
  return code ? { coding: [code], text: route } : { text: route };
}

/** The dose as a MedicationAdministration: self-administered at home, at the time it was taken. */
export function doseAdministration(e: Entry<'dose-recorded'>, ctx: FhirContext): FhirPart {
  const { doseAt, medication, route, amount } = e.data;
  const dose = amount ? doseQuantity(amount) : undefined;
  // FHIR needs a dose or a rate in a dosage (mad-1): an amount in other words becomes a note.
  const dosage: MedicationAdministrationDosage | undefined = dose
    ? { ...(amount && { text: amount }), ...(route && { route: routeOf(route) }), dose }
    : undefined;
  const notes = [
    'Taken at home by the patient, with a sober sitter present.',
    ...(!dose && amount ? [`Amount as written: ${amount}`] : []),
    ...(!dose && route ? [`How it was taken: ${route}`] : []),
  ];
  const resource: MedicationAdministration = {
    resourceType: 'MedicationAdministration',
    status: 'completed',
    category: {
      coding: [
        {
          system: 'http://terminology.hl7.org/CodeSystem/medication-admin-category',
          code: 'community',
          display: 'Community',
        },
      ],
    },
    medicationCodeableConcept: medicationOf(medication),
    subject: ctx.patient,
    context: ctx.encounter,
    effectiveDateTime: isoWithOffset(doseAt, e.tzOffset),
    performer: [{ actor: ctx.patient }],
    note: notes.map((text) => ({ text })),
    ...(dosage && { dosage }),
  };
  return { seed: `${e.id}/dose`, resource };
}

const STATEMENT_CATEGORY: CodeableConcept = {
  coding: [
    {
      system: 'http://terminology.hl7.org/CodeSystem/medication-statement-category',
      code: 'patientspecified',
      display: 'Patient Specified',
    },
  ],
};

/** When a session's statements were asserted: where the record says, in the session's offset. */
export interface AssertedAt {
  at: number;
  tzOffset: number;
}

/**
 * What else was taken today, from the latest `prep-completed`: one statement per substance, or one
 * "not taken" statement when the answer was none. Nothing when it was not asked.
 */
export function substanceStatements(entries: readonly Entry[], ctx: FhirContext): FhirPart[] {
  const prep = entries.findLast((e): e is Entry<'prep-completed'> => isKind(e, 'prep-completed'));
  const taken = prep && substancesFromAnswers(prep.data.answers);
  if (!prep || !taken) return [];
  const typed = prep.data.answers.substancesNote;
  const note = typeof typed === 'string' && typed.trim() ? [{ text: typed.trim() }] : [];
  const base = {
    resourceType: 'MedicationStatement' as const,
    category: STATEMENT_CATEGORY,
    subject: ctx.patient,
    context: ctx.encounter,
    // Taken some time today: the day is known, the hour is not.
    effectiveDateTime: isoWithOffset(prep.at, prep.tzOffset).slice(0, 10),
    dateAsserted: isoWithOffset(prep.at, prep.tzOffset),
    informationSource: ctx.sitter,
  };
  if (taken === 'none') {
    const none: MedicationStatement = {
      ...base,
      status: 'not-taken',
      medicationCodeableConcept: { text: 'Alcohol, sedatives, opioids or other drugs today' },
      note: [{ text: 'Asked before the dose: nothing else taken today.' }, ...note],
    };
    return [{ seed: `${prep.id}/substances/none`, resource: none }];
  }
  return taken.map((id) => {
    const label = SUBSTANCES.find((s) => s.id === id)?.label ?? id;
    const code = SUBSTANCE_CODES[id];
    const resource: MedicationStatement = {
      ...base,
      status: 'completed',
      medicationCodeableConcept: code ? { coding: [code], text: label } : { text: label },
      note: [{ text: 'Taken today before the dose, as recorded in preparation.' }, ...note],
    };
    return { seed: `${prep.id}/substances/${id}`, resource };
  });
}

/** The patient's regular medicines, as the sitter entered them with the contacts. */
export function regularMedicines(
  contacts: RecordContacts,
  asserted: AssertedAt,
  ctx: FhirContext,
): FhirPart[] {
  const text = contacts.medications.trim();
  if (!text) return [];
  const resource: MedicationStatement = {
    resourceType: 'MedicationStatement',
    status: 'active',
    category: STATEMENT_CATEGORY,
    medicationCodeableConcept: { text },
    subject: ctx.patient,
    context: ctx.encounter,
    dateAsserted: isoWithOffset(asserted.at, asserted.tzOffset),
    informationSource: ctx.sitter,
    note: [{ text: 'Other medicines the patient takes, as entered by the sitter.' }],
  };
  return [{ seed: 'medications', resource }];
}

const NONE_KNOWN = /^(none|no|nil|nkda|nka|no known( drug)? allerg(y|ies))\.?$/i;

/** Allergies as the sitter entered them: unconfirmed (a lay report); "none" as its SNOMED code. */
export function allergyOf(
  contacts: RecordContacts,
  asserted: AssertedAt,
  ctx: FhirContext,
): FhirPart[] {
  const text = contacts.allergies.trim();
  if (!text) return [];
  const code: CodeableConcept = NONE_KNOWN.test(text)
    ? { coding: [snomed('716186003', 'No known allergy')], text }
    : { text };
  const resource: AllergyIntolerance = {
    resourceType: 'AllergyIntolerance',
    clinicalStatus: {
      coding: [
        {
          system: 'http://terminology.hl7.org/CodeSystem/allergyintolerance-clinical',
          code: 'active',
          display: 'Active',
        },
      ],
    },
    verificationStatus: {
      coding: [
        {
          system: 'http://terminology.hl7.org/CodeSystem/allergyintolerance-verification',
          code: 'unconfirmed',
          display: 'Unconfirmed',
        },
      ],
    },
    code,
    patient: ctx.patient,
    encounter: ctx.encounter,
    recordedDate: isoWithOffset(asserted.at, asserted.tzOffset),
    asserter: ctx.sitter,
  };
  return [{ seed: 'allergies', resource }];
}
