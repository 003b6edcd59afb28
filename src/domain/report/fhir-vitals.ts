import type {
  CodeableConcept,
  Device,
  Encounter,
  Observation,
  ObservationComponent,
  Patient,
  Quantity,
  Reference,
  RelatedPerson,
  Resource,
} from '@medplum/fhirtypes';
import type { Vitals } from '../log/observation';

// Measured vital signs as FHIR R4 Observations with the LOINC codes and UCUM units of the vital
// signs profile (FHIR R4 vital signs; LOINC).

/** The LOINC system. */
export const LOINC = 'http://loinc.org';
const UCUM = 'http://unitsofmeasure.org';

/** References every resource of a session shares. */
export interface FhirContext {
  patient: Reference<Patient>;
  sitter: Reference<RelatedPerson>;
  encounter: Reference<Encounter>;
  /** The Sitwell device that signed the record (and showed the warnings). */
  device: Reference<Device>;
  /** A reference to the resource made from `seed` in the same bundle. */
  refOf: <T extends Resource>(seed: string) => Reference<T>;
  /** Seqs of the entries a correction changed: their resources are marked as amended. */
  amended: ReadonlySet<number>;
}

/** A resource with the seed its id is derived from. */
export interface FhirPart {
  seed: string;
  resource: Resource;
}

/** An Observation before its code and value. */
export type ObservationBase = Omit<Observation, 'code'>;

/** A LOINC concept with its display as text. */
export const loinc = (code: string, display: string): CodeableConcept => ({
  coding: [{ system: LOINC, code, display }],
  text: display,
});

/** The vital-signs category. */
export const VITAL_SIGNS: CodeableConcept[] = [
  {
    coding: [
      {
        system: 'http://terminology.hl7.org/CodeSystem/observation-category',
        code: 'vital-signs',
        display: 'Vital Signs',
      },
    ],
  },
];

const qty = (value: number, unit: string, code: string): Quantity => ({
  value,
  unit,
  system: UCUM,
  code,
});

const SPO2: CodeableConcept = {
  coding: [
    {
      system: LOINC,
      code: '59408-5',
      display: 'Oxygen saturation in Arterial blood by Pulse oximetry',
    },
    { system: LOINC, code: '2708-6', display: 'Oxygen saturation in Arterial blood' },
  ],
  text: 'Oxygen saturation (pulse oximeter)',
};

/** One Observation per measured value; systolic and diastolic together as the BP panel. */
export function vitalObservations(id: string, v: Vitals, base: ObservationBase): FhirPart[] {
  const out: FhirPart[] = [];
  const part = (name: string, code: CodeableConcept, value: Partial<Observation>) =>
    out.push({ seed: `${id}/${name}`, resource: { ...base, code, ...value } });
  const components: ObservationComponent[] = [];
  if (v.systolic !== undefined) {
    const valueQuantity = qty(v.systolic, 'mmHg', 'mm[Hg]');
    components.push({ code: loinc('8480-6', 'Systolic blood pressure'), valueQuantity });
  }
  if (v.diastolic !== undefined) {
    const valueQuantity = qty(v.diastolic, 'mmHg', 'mm[Hg]');
    components.push({ code: loinc('8462-4', 'Diastolic blood pressure'), valueQuantity });
  }
  if (components.length > 0) {
    const panel = loinc('85354-9', 'Blood pressure panel with all children optional');
    part('bp', panel, { component: components });
  }
  if (v.heartRate !== undefined)
    part('hr', loinc('8867-4', 'Heart rate'), {
      valueQuantity: qty(v.heartRate, 'beats/min', '/min'),
    });
  if (v.respRate !== undefined) {
    const valueQuantity = qty(v.respRate, 'breaths/min', '/min');
    part('rr', loinc('9279-1', 'Respiratory rate'), { valueQuantity });
  }
  if (v.spo2 !== undefined) part('spo2', SPO2, { valueQuantity: qty(v.spo2, '%', '%') });
  return out;
}
