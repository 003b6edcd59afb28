import * as v from 'valibot';
import type { EntryKind } from '../log/entry';
import { BREATHING, COMFORT, NAUSEA, POSITION, RESPONSIVENESS } from '../log/observation';
import { RESOLUTION_OUTCOMES } from '../log/resolution-outcome';

// The shape of every entry kind's data in a received record. A record can be internally
// consistent (a valid chain, signed by whoever made it) and still be hostile, so the data is
// checked before any view reads it. Unknown members are allowed (data only grows); known
// ones must have their type.

const notList = v.custom<Record<string, unknown>>((x) => !Array.isArray(x), 'must be an object');
const obj = <E extends v.ObjectEntries>(entries: E) => v.pipe(notList, v.object(entries));
const opt = v.optional;

/** Free text; long, but bounded. */
const text = v.pipe(v.string(), v.maxLength(20_000));
const num = v.pipe(v.number(), v.finite());
const epochMs = v.pipe(v.number(), v.integer(), v.minValue(0));
const texts = v.pipe(v.array(text), v.maxLength(100));

const observation = obj({
  responsiveness: opt(v.picklist(RESPONSIVENESS)),
  breathing: opt(v.picklist(BREATHING)),
  comfort: opt(v.picklist(COMFORT)),
  position: opt(v.picklist(POSITION)),
  nausea: opt(v.picklist(NAUSEA)),
  resting: opt(v.boolean()),
});

const vitals = obj({
  systolic: opt(num),
  diastolic: opt(num),
  heartRate: opt(num),
  spo2: opt(num),
  respRate: opt(num),
});

const change = obj({
  field: text,
  from: opt(v.union([text, num])),
  to: v.union([text, num]),
});

/** The data schema of each entry kind; a new kind without a schema is a type error here. */
export const ENTRY_DATA_SCHEMAS = {
  'session-started': obj({
    sitterName: text,
    patientName: opt(text),
    intervalMin: num,
    preAlert: v.boolean(),
    withoutDose: opt(v.literal(true)),
  }),
  'prep-completed': obj({ answers: obj({}) }),
  'dose-recorded': obj({
    doseAt: epochMs,
    medication: opt(text),
    route: opt(text),
    amount: opt(text),
  }),
  'alarm-raised': obj({ dueAt: epochMs, level: v.picklist(['pre', 'due', 'urgent']) }),
  'check-in': obj({ observation, vitals: opt(vitals), note: opt(text), quick: opt(v.boolean()) }),
  vitals: obj({ vitals, context: opt(v.picklist(['pre-dose', 'recheck', 'closing', 'other'])) }),
  'check-in-missed': obj({ dueAt: epochMs, lateMs: num }),
  'escalation-shown': obj({
    ruleIds: texts,
    tier: v.picklist(['emergency', 'call-provider', 'support']),
    because: opt(texts),
  }),
  'escalation-action': obj({
    action: v.picklist([
      'called-emergency',
      'called-provider',
      'resolved',
      'provider-approved',
      'provider-not-reached',
      'provider-no-answer',
      'other',
    ]),
    ruleIds: opt(texts),
    text: opt(text),
    outcome: opt(v.picklist(RESOLUTION_OUTCOMES)),
  }),
  'situation-reported': obj({ situation: text, text: opt(text) }),
  'grounding-used': obj({ reason: opt(text) }),
  note: obj({ text }),
  'app-hidden': obj({}),
  'app-visible': obj({ hiddenMs: opt(num) }),
  'clock-changed': obj({
    deltaMs: num,
    offsetMs: num,
    wallAt: epochMs,
    undoes: opt(v.pipe(v.number(), v.integer())),
  }),
  correction: obj({
    targetSeq: v.pipe(v.number(), v.integer()),
    text,
    changes: opt(v.pipe(v.array(change), v.maxLength(100))),
  }),
  'warning-signs-checked': obj({ context: v.literal('bp-crisis'), signs: texts }),
  'recheck-scheduled': obj({
    dueAt: epochMs,
    reason: v.picklist(['responsiveness', 'bp-crisis', 'bp-predose', 'distress', 'airway']),
    ruleIds: opt(texts),
  }),
  'patient-words': obj({ text }),
  'patient-intention': obj({ text }),
  'patient-mood': obj({ moment: v.picklist(['before', 'after']), score: num }),
  'patient-reflection': obj({ text: opt(text), prompts: opt(v.record(v.string(), text)) }),
  'reminder-done': obj({ reminderId: text }),
  'reminder-skipped': obj({ reminderId: text, reason: opt(text) }),
  'session-ended': obj({ criteria: opt(v.record(v.string(), v.boolean())), reason: opt(text) }),
  'live-link': obj({
    decision: v.picklist(['agreed', 'declined']),
    clinicId: text,
    clinicName: text,
    fingerprint: text,
    includePatientWords: opt(v.boolean()),
    includePatientEntries: opt(v.boolean()),
  }),
  'clinic-acknowledged': obj({ alertId: text, by: text, ackAt: epochMs }),
} satisfies Record<EntryKind, v.GenericSchema>;

/** Every entry kind this version knows, in the order above. */
export const KNOWN_KINDS = Object.keys(ENTRY_DATA_SCHEMAS) as EntryKind[];
