import type {
  CodeableConcept,
  Observation,
  QuestionnaireResponse,
  QuestionnaireResponseItem,
} from '@medplum/fhirtypes';
import { isoWithOffset } from '../format/time';
import type { Entry } from '../log/entry';
import {
  BREATHING_LABEL,
  COMFORT_LABEL,
  NAUSEA_LABEL,
  POSITION_LABEL,
  RESPONSIVENESS_LABEL,
  type Observation as Seen,
  type Responsiveness,
  type Vitals,
} from '../log/observation';
import {
  loinc,
  VITAL_SIGNS,
  vitalObservations,
  type FhirContext,
  type FhirPart,
  type ObservationBase,
} from './fhir-vitals';

// One check-in or reading as FHIR R4 resources: vital signs as Observations (fhir-vitals.ts), the
// level of responsiveness as an Observation with a SNOMED CT answer where one fits, and every lay
// answer of a check-in in a QuestionnaireResponse.

const SNOMED = 'http://snomed.info/sct';

/**
 * The app's lay ladder (after MOAA/S 5–2, never a pain stimulus) against AVPU's SNOMED answers:
 * - normal (readily, to their name) → Alert;
 * - drowsy (lethargic, to their name) and loud-voice → responds to Voice: both need the voice;
 * - shake (only to mild prodding or shaking) → no code: AVPU's next step is a *painful* stimulus,
 *   which a sitter never applies, so "responds to pain" would claim a test that was not done and
 *   "responds to voice" would understate it. The answer travels as text with the LOINC question;
 * - none (no response to shaking) → Unresponsive: treated as such (an emergency), though pain was
 *   not tried; the text says so.
 */
export const RESPONSIVENESS_SNOMED: Record<
  Responsiveness,
  { code: string; display: string } | undefined
> = {
  normal: { code: '248234008', display: 'Mentally alert' },
  drowsy: { code: '300202002', display: 'Responds to voice' },
  'loud-voice': { code: '300202002', display: 'Responds to voice' },
  shake: undefined,
  none: { code: '422768004', display: 'Unresponsive' },
};

const RESPONSIVENESS_TEXT: Record<Responsiveness, string> = {
  normal: 'Responds normally to their name (MOAA/S 5)',
  drowsy: 'Drowsy, responds to their name (MOAA/S 4)',
  'loud-voice': 'Responds only to a loud or repeated voice (MOAA/S 3)',
  shake: 'Responds only to mild shaking (MOAA/S 2); no painful stimulus was applied',
  none: 'No response to shaking (MOAA/S 1 or 0); no painful stimulus was applied',
};

const CONTEXT_NOTE: Record<string, string> = {
  'pre-dose': 'Before the dose',
  recheck: 'Planned re-check',
  closing: 'At closing',
};

/** The FHIR resources of one entry: readings, responsiveness, and the check-in's answers. */
export function fhirPartsOf(e: Entry, ctx: FhirContext): FhirPart[] {
  const base = observationBase(e, ctx);
  if (e.kind === 'vitals') {
    const { vitals, context } = (e as Entry<'vitals'>).data;
    const note = CONTEXT_NOTE[context ?? 'other'];
    return vitalObservations(e.id, vitals, note ? { ...base, note: [{ text: note }] } : base);
  }
  if (e.kind !== 'check-in') return [];
  const data = (e as Entry<'check-in'>).data;
  const parts = vitalObservations(e.id, data.vitals ?? ({} as Vitals), base);
  const r = data.observation.responsiveness;
  if (r) parts.push({ seed: `${e.id}/responsiveness`, resource: responsiveness(r, base) });
  const qr = checkInResponse(e as Entry<'check-in'>, ctx);
  if (qr) parts.push({ seed: `${e.id}/answers`, resource: qr });
  return parts;
}

function observationBase(e: Entry, ctx: FhirContext): ObservationBase {
  return {
    resourceType: 'Observation',
    // A corrected reading or answer carries its corrected value, marked as amended.
    status: ctx.amended.has(e.seq) ? 'amended' : 'final',
    category: VITAL_SIGNS,
    subject: ctx.patient,
    encounter: ctx.encounter,
    effectiveDateTime: isoWithOffset(e.at, e.tzOffset),
    performer: [ctx.sitter],
  };
}

function responsiveness(r: Responsiveness, base: ObservationBase): Observation {
  const answer = RESPONSIVENESS_SNOMED[r];
  const value: CodeableConcept = answer
    ? { coding: [{ system: SNOMED, ...answer }], text: RESPONSIVENESS_TEXT[r] }
    : { text: RESPONSIVENESS_TEXT[r] };
  // Responsiveness is an exam finding, not a vital sign.
  const { category: _vitalSigns, ...rest } = base;
  const code = loinc('67775-7', 'Level of responsiveness');
  return { ...rest, code, valueCodeableConcept: value };
}

function checkInResponse(
  e: Entry<'check-in'>,
  ctx: FhirContext,
): QuestionnaireResponse | undefined {
  const items = answerItems(e.data.observation, e.data.note);
  if (items.length === 0) return undefined;
  return {
    resourceType: 'QuestionnaireResponse',
    status: ctx.amended.has(e.seq) ? 'amended' : 'completed',
    subject: ctx.patient,
    encounter: ctx.encounter,
    authored: isoWithOffset(e.at, e.tzOffset),
    author: ctx.sitter,
    item: items,
  };
}

function answerItems(o: Seen, note: string | undefined): QuestionnaireResponseItem[] {
  const items: QuestionnaireResponseItem[] = [];
  const add = (linkId: string, text: string, value: string | undefined) => {
    if (value) items.push({ linkId, text, answer: [{ valueString: value }] });
  };
  if (o.resting) {
    const text = 'Resting, breathing normally';
    items.push({ linkId: 'resting', text, answer: [{ valueBoolean: true }] });
  }
  const r = o.responsiveness;
  add('responsiveness', 'How do they respond?', r && RESPONSIVENESS_LABEL[r]);
  add('breathing', 'Breathing', o.breathing && BREATHING_LABEL[o.breathing]);
  add('comfort', 'How settled are they?', o.comfort && COMFORT_LABEL[o.comfort]);
  add('position', 'Position', o.position && POSITION_LABEL[o.position]);
  add('nausea', 'Nausea', o.nausea && NAUSEA_LABEL[o.nausea]);
  add('note', 'Note', note?.trim());
  return items;
}
