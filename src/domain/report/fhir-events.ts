import type {
  CodeableConcept,
  Communication,
  Observation,
  Organization,
  Reference,
} from '@medplum/fhirtypes';
import { formatDuration } from '../format/duration';
import { isoWithOffset } from '../format/time';
import { isKind, type Entry, type EntryData } from '../log/entry';
import type { RecordContacts } from './record-format';
import { ACTION_TEXT, resolvedOutcome, TIER_TEXT } from './describe-entry';
import { ENTRY_LABELS } from './entry-labels';
import { loinc, type FhirContext, type FhirPart } from './fhir-vitals';
import { clockAt } from './record-time';

// What happened around the check-ins, as FHIR R4: a missed check-in as a responsiveness
// Observation that was not performed; each warning Sitwell showed as a Communication (category
// "alert") from the device to the sitter; each action the sitter recorded (a call, a provider not
// reached, an emergency resolved) as a Communication in response to that warning; and notes as
// Observations in words. Mapping and reasons: docs/fhir-mapping.md.

const CATEGORY = 'http://terminology.hl7.org/CodeSystem/communication-category';
const PHONE: CodeableConcept = {
  coding: [
    {
      system: 'http://terminology.hl7.org/CodeSystem/v3-ParticipationMode',
      code: 'PHONE',
      display: 'telephone',
    },
  ],
};

const category = (code: 'alert' | 'notification', display: string): CodeableConcept[] => [
  { coding: [{ system: CATEGORY, code, display }] },
];

/** How urgent each tier is, as FHIR's request priority. */
export const TIER_PRIORITY: Record<
  EntryData['escalation-shown']['tier'],
  Communication['priority']
> = {
  emergency: 'stat',
  'call-provider': 'urgent',
  support: 'routine',
};

/** Everything a part is made from besides its entry. */
export interface EventInput {
  ctx: FhirContext;
  contacts: RecordContacts;
  /** Due times of check-ins logged as missed only because the device clock jumped. */
  clockMissed: ReadonlySet<number>;
  /** The latest warning shown before the entry, so an action can answer it. */
  lastShown?: Entry<'escalation-shown'>;
}

/** The FHIR resources of one entry about the session's events, or none for other kinds. */
export function eventPartsOf(e: Entry, input: EventInput): FhirPart[] {
  if (isKind(e, 'check-in-missed')) return [missedCheckIn(e, input)];
  if (isKind(e, 'escalation-shown')) return [warningShown(e, input.ctx)];
  if (isKind(e, 'escalation-action')) return [actionTaken(e, input)];
  if (isKind(e, 'note') || isKind(e, 'patient-words')) return [noteOf(e, input.ctx)];
  return [];
}

function missedCheckIn(e: Entry<'check-in-missed'>, { ctx, clockMissed }: EventInput): FhirPart {
  const { dueAt, lateMs } = e.data;
  const notes = [
    `Check-in due at ${clockAt(dueAt, e.tzOffset)} not done; recorded as missed ` +
      `${formatDuration(lateMs)} after it fell due.`,
    ...(clockMissed.has(dueAt)
      ? ['Logged as missed only because the device clock jumped ahead: not a real miss.']
      : []),
  ];
  const resource: Observation = {
    resourceType: 'Observation',
    // The check-in (its first question: how they respond) was due and not performed.
    status: 'cancelled',
    code: loinc('67775-7', 'Level of responsiveness'),
    subject: ctx.patient,
    encounter: ctx.encounter,
    effectiveDateTime: isoWithOffset(dueAt, e.tzOffset),
    issued: isoWithOffset(e.at, e.tzOffset),
    dataAbsentReason: {
      coding: [
        {
          system: 'http://terminology.hl7.org/CodeSystem/data-absent-reason',
          code: 'not-performed',
          display: 'Not Performed',
        },
      ],
      text: 'Check-in missed',
    },
    note: notes.map((text) => ({ text })),
  };
  return { seed: `${e.id}/missed`, resource };
}

function warningShown(e: Entry<'escalation-shown'>, ctx: FhirContext): FhirPart {
  const { tier, ruleIds } = e.data;
  const told = `Sitwell told the sitter to ${TIER_TEXT[tier]}.`;
  const reasons = ruleIds.map((id) => ENTRY_LABELS.ruleLabel!(id));
  const resource: Communication = {
    resourceType: 'Communication',
    status: 'completed',
    category: category('alert', 'Alert'),
    priority: TIER_PRIORITY[tier],
    subject: ctx.patient,
    encounter: ctx.encounter,
    topic: { text: `Warning: ${TIER_TEXT[tier]}` },
    sent: isoWithOffset(e.at, e.tzOffset),
    sender: ctx.device,
    recipient: [ctx.sitter],
    payload: [told, ...reasons].map((contentString) => ({ contentString })),
    ...(ruleIds.length > 0 && { note: [{ text: `Sitwell rule ids: ${ruleIds.join(', ')}` }] }),
  };
  return { seed: `${e.id}/alert`, resource };
}

/** Who a call went to, by name and number where the record has them. */
function callee(action: string, contacts: RecordContacts): Reference<Organization>[] {
  if (action === 'called-emergency')
    return [{ display: `Emergency services (${contacts.emergencyNumber || 'number not set'})` }];
  const provider = [contacts.providerName, contacts.providerPhone].filter(Boolean).join(', ');
  return [{ display: provider ? `The provider: ${provider}` : 'The provider' }];
}

const CALLS = new Set(['called-emergency', 'called-provider', 'provider-not-reached']);

function actionTaken(e: Entry<'escalation-action'>, input: EventInput): FhirPart {
  const { ctx, contacts, lastShown } = input;
  const { action, text } = e.data;
  const call = CALLS.has(action);
  const outcome = resolvedOutcome(e.data);
  const said = [outcome && `Outcome: ${outcome}`, text?.trim()].filter((s): s is string => !!s);
  const topic = action === 'called-provider' ? 'Called the provider: reached' : ACTION_TEXT[action];
  const resource: Communication = {
    resourceType: 'Communication',
    status: action === 'provider-not-reached' ? 'not-done' : 'completed',
    ...(action === 'provider-not-reached' && {
      statusReason: { text: 'The sitter called and could not reach the provider' },
    }),
    ...(!call && { category: category('notification', 'Notification') }),
    ...(lastShown && { inResponseTo: [ctx.refOf<Communication>(`${lastShown.id}/alert`)] }),
    subject: ctx.patient,
    encounter: ctx.encounter,
    topic: { text: topic },
    ...(call && { medium: [PHONE], recipient: callee(action, contacts) }),
    sent: isoWithOffset(e.at, e.tzOffset),
    sender: ctx.sitter,
    ...(said.length > 0 && { payload: said.map((contentString) => ({ contentString })) }),
  };
  return { seed: `${e.id}/action`, resource };
}

const NOTE_CODE: Record<'note' | 'patient-words', string> = {
  note: 'Sitter’s note (their own observation)',
  'patient-words': 'What the patient said, as the sitter wrote it down',
};

function noteOf(e: Entry<'note' | 'patient-words'>, ctx: FhirContext): FhirPart {
  const resource: Observation = {
    resourceType: 'Observation',
    status: ctx.amended.has(e.seq) ? 'amended' : 'final',
    // No standard code names a lay sitter's note: the words are the value.
    code: { text: NOTE_CODE[e.kind] },
    subject: ctx.patient,
    encounter: ctx.encounter,
    effectiveDateTime: isoWithOffset(e.at, e.tzOffset),
    performer: [ctx.sitter],
    valueString: e.data.text,
  };
  return { seed: `${e.id}/note`, resource };
}
