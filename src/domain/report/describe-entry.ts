import { format } from 'date-fns';
import { resolutionLabel } from '../escalation/resolution';
import { formatDuration } from '../format/duration';
import { describeChange } from '../log/corrections';
import type { AnyEntry, Entry, EntryData } from '../log/entry';
import {
  BREATHING_LABEL,
  COMFORT_LABEL,
  NAUSEA_LABEL,
  POSITION_LABEL,
  RESPONSIVENESS_LABEL,
  SKIN_LABEL,
  type Observation,
  type Vitals,
} from '../log/observation';

// One plain-language line per log entry, for the session log, the summary and exports.

/** Lookups owned by other modules, and how to show a time; all optional. */
export interface DescribeContext {
  /** Defaults to local "HH:mm" in the device's time zone. */
  formatTime?: (at: number) => string;
  ruleLabel?: (ruleId: string) => string;
  situationLabel?: (situationId: string) => string;
  reminderLabel?: (reminderId: string) => string;
}

const SEP = ' · ';

/** "pre-dose" → "pre dose": a readable fallback when no label lookup is given. */
const unslug = (id: string): string => id.replace(/-/g, ' ');

/** User text on one line. */
const oneLine = (text: string): string => text.replace(/\s+/g, ' ').trim();

const lowerFirst = (s: string): string => s.charAt(0).toLowerCase() + s.slice(1);

/** The observation answers in form order, e.g. ["Responds normally", "Breathing normal"]. */
export function describeObservation(o: Observation): string[] {
  const parts: string[] = [];
  // The quick answer says it all: "Breathing normal · Calm" would only repeat it.
  if (o.resting) parts.push('Resting, breathing normally (not roused)');
  if (o.responsiveness) parts.push(RESPONSIVENESS_LABEL[o.responsiveness]);
  if (o.breathing && !(o.resting && o.breathing === 'normal')) {
    // "Breathing can't tell" would read badly; every other label reads as "Breathing <label>".
    const label = BREATHING_LABEL[o.breathing];
    parts.push(
      o.breathing === 'cant-tell'
        ? `Breathing: ${lowerFirst(label)}`
        : `Breathing ${lowerFirst(label)}`,
    );
  }
  if (o.comfort && !(o.resting && o.comfort === 'calm')) parts.push(COMFORT_LABEL[o.comfort]);
  if (o.position) parts.push(POSITION_LABEL[o.position]);
  // "Nausea none" says the question was asked; "Vomited" says enough on its own.
  if (o.nausea)
    parts.push(
      o.nausea === 'none' ? `Nausea ${lowerFirst(NAUSEA_LABEL.none)}` : NAUSEA_LABEL[o.nausea],
    );
  if (o.skin && o.skin !== 'normal') parts.push(SKIN_LABEL[o.skin]);
  if (o.seizure) parts.push('Seizure');
  return parts;
}

/** Measured values, e.g. ["BP 128/82", "HR 74", "SpO2 97 %", "RR 14/min"]. */
export function describeVitals(v: Vitals): string[] {
  const parts: string[] = [];
  if (v.systolic !== undefined || v.diastolic !== undefined) {
    parts.push(`Blood pressure ${v.systolic ?? '?'}/${v.diastolic ?? '?'}`);
  }
  if (v.heartRate !== undefined) parts.push(`Heart rate ${v.heartRate}`);
  if (v.spo2 !== undefined) parts.push(`Oxygen ${v.spo2} %`);
  if (v.respRate !== undefined) parts.push(`${v.respRate} breaths a minute`);
  return parts;
}

function describeCheckIn(d: EntryData['check-in']): string {
  const parts = [...describeObservation(d.observation), ...describeVitals(d.vitals ?? {})];
  if (d.note && oneLine(d.note)) parts.push(`Note: ${oneLine(d.note)}`);
  return parts.length > 0 ? `Check-in: ${parts.join(SEP)}` : 'Check-in (nothing noted)';
}

const VITALS_CONTEXT: Record<NonNullable<EntryData['vitals']['context']>, string> = {
  'pre-dose': ' before dose',
  recheck: ' re-check',
  closing: ' at closing',
  other: '',
};

function describeVitalsEntry(d: EntryData['vitals']): string {
  const parts = describeVitals(d.vitals);
  const context = d.context ? VITALS_CONTEXT[d.context] : '';
  return parts.length > 0
    ? `Vitals${context}: ${parts.join(SEP)}`
    : `Vitals${context}: none entered`;
}

function describeAlarm(e: Entry<'alarm-raised'>, time: (at: number) => string): string {
  const { dueAt, level } = e.data;
  const late = e.at - dueAt;
  if (level === 'pre') return 'Chime: check-in in 1 minute';
  if (level === 'urgent') return `Alarm: urgent, ${formatDuration(late)} overdue`;
  // A "due" alarm raised late means the app was not on screen when the check-in fell due.
  return late >= 60_000
    ? `Alarm: check-in due since ${time(dueAt)} (${formatDuration(late)} overdue)`
    : 'Alarm: check-in due';
}

function describeDose(d: EntryData['dose-recorded'], time: (at: number) => string): string {
  const what = [d.medication, d.amount, d.route].map((s) => oneLine(s ?? '')).filter(Boolean);
  return `Dose taken at ${time(d.doseAt)}${what.length > 0 ? `: ${what.join(', ')}` : ''}`;
}

/** What each tier of warning told the sitter to do, e.g. "call emergency services". */
export const TIER_TEXT: Record<EntryData['escalation-shown']['tier'], string> = {
  emergency: 'call emergency services',
  'call-provider': 'call the provider',
  support: 'support the patient',
};

/** Each recorded action in words, e.g. "Called emergency services". */
export const ACTION_TEXT: Record<EntryData['escalation-action']['action'], string> = {
  'called-emergency': 'Called emergency services',
  'called-provider': 'Called the provider',
  resolved: 'Marked as resolved',
  'provider-approved': 'Provider approved going ahead',
  'provider-not-reached': 'Could not reach the provider',
  'provider-no-answer': 'Tried the provider, no answer yet (still trying)',
  other: 'Action taken',
};

/**
 * How a resolved emergency ended, e.g. "Breathing normally again", when the entry says
 * (`outcome` is newer than the action itself: older logs have none).
 */
export function resolvedOutcome(d: EntryData['escalation-action']): string | undefined {
  return d.action === 'resolved' ? resolutionLabel(d.outcome) : undefined;
}

function actionLine(d: EntryData['escalation-action']): string {
  const outcome = resolvedOutcome(d);
  return outcome ? `${ACTION_TEXT.resolved} (${lowerFirst(outcome)})` : ACTION_TEXT[d.action];
}

const RECHECK_REASON: Record<EntryData['recheck-scheduled']['reason'], string> = {
  responsiveness: 'harder to rouse',
  'bp-crisis': 'very high blood pressure',
  'bp-predose': 'very high blood pressure before the dose',
  distress: 'distress',
  airway: 'noisy breathing after repositioning',
};

function describeEnded(d: EntryData['session-ended']): string {
  const reason = d.reason && oneLine(d.reason) ? `: ${oneLine(d.reason)}` : '';
  const criteria = d.criteria ? Object.values(d.criteria) : [];
  const met = criteria.filter(Boolean).length;
  const checks = criteria.length > 0 ? ` (${met} of ${criteria.length} closing checks met)` : '';
  return `Session ended${reason}${checks}`;
}

/** `base` plus ": text" when the text is not blank. */
const withText = (base: string, text: string | undefined): string =>
  text && oneLine(text) ? `${base}: ${oneLine(text)}` : base;

/** A plain-language, one-line description of a log entry. */
export function describeEntry(entry: Entry, ctx: DescribeContext = {}): string {
  const e = entry as AnyEntry;
  const time = ctx.formatTime ?? ((at: number) => format(at, 'HH:mm'));
  const label = (lookup: ((id: string) => string) | undefined, id: string) =>
    lookup ? lookup(id) : unslug(id);
  switch (e.kind) {
    case 'session-started': {
      const who = e.data.patientName ? ` for ${e.data.patientName}` : '';
      const held = e.data.withoutDose ? ', without a dose' : '';
      return (
        `Session started by ${e.data.sitterName}${who} (check-ins every ` +
        `${e.data.intervalMin} min${held})`
      );
    }
    case 'prep-completed':
      return 'Preparation completed';
    case 'dose-recorded':
      return describeDose(e.data, time);
    case 'alarm-raised':
      return describeAlarm(e, time);
    case 'check-in':
      return describeCheckIn(e.data);
    case 'vitals':
      return describeVitalsEntry(e.data);
    case 'check-in-missed':
      return `Missed check-in (due ${time(e.data.dueAt)}, ${formatDuration(e.data.lateMs)} late)`;
    case 'escalation-shown': {
      const rules = e.data.ruleIds.map((id) => label(ctx.ruleLabel, id)).join('; ');
      const because = e.data.because?.length ? `; because of: ${e.data.because.join('; ')}` : '';
      return `Warning shown: ${TIER_TEXT[e.data.tier]}${rules ? ` (${rules})` : ''}${because}`;
    }
    case 'escalation-action':
      return withText(actionLine(e.data), e.data.text);
    case 'situation-reported':
      return withText(
        `Something's wrong: ${label(ctx.situationLabel, e.data.situation)}`,
        e.data.text,
      );
    case 'grounding-used':
      return withText('Grounding used', e.data.reason);
    case 'note':
      // The sitter's own observation, told apart from the patient's words below.
      return withText('Sitter’s note', e.data.text);
    case 'app-hidden':
      return 'App in background';
    case 'app-visible': {
      const ms = e.data.hiddenMs;
      return ms !== undefined
        ? `App back on screen after ${formatDuration(ms)}`
        : 'App back on screen';
    }
    case 'clock-changed':
      return clockLine(e.data);
    case 'correction': {
      const changes = (e.data.changes ?? []).map((c) => describeChange(undefined, c));
      const what = changes.length > 0 ? ` (${changes.join('; ')})` : '';
      return withText(`Correction to entry #${e.data.targetSeq}${what}`, e.data.text);
    }
    case 'reminder-done':
      return `Reminder done: ${label(ctx.reminderLabel, e.data.reminderId)}`;
    case 'reminder-skipped': {
      const reason = e.data.reason && oneLine(e.data.reason) ? ` (${oneLine(e.data.reason)})` : '';
      return `Reminder skipped: ${label(ctx.reminderLabel, e.data.reminderId)}${reason}`;
    }
    case 'session-ended':
      return describeEnded(e.data);
    case 'live-link':
      return e.data.decision === 'agreed'
        ? `Shared live with ${e.data.clinicName} (key ${e.data.fingerprint}), as agreed`
        : `Not shared live with ${e.data.clinicName}: declined, the session stayed on this device`;
    case 'clinic-acknowledged':
      return (
        `${e.data.by.startsWith('watcher:') ? 'The backup contact' : 'The clinic'} ` +
        `acknowledged the alert at ${time(e.data.ackAt)}: they will call`
      );
    case 'warning-signs-checked':
      return e.data.signs.length === 0
        ? 'Warning signs checked: none'
        : `Warning signs checked: ` +
            `${e.data.signs.map((s) => label(ctx.situationLabel, s)).join('; ')}`;
    case 'recheck-scheduled':
      return `Re-check brought forward to ${time(e.data.dueAt)} (${RECHECK_REASON[e.data.reason]})`;
    case 'patient-words':
      return withText('What they said', e.data.text);
    case 'patient-intention':
      return withText('Patient’s intention', e.data.text);
    case 'patient-mood':
      return `Patient’s mood ${e.data.moment} the session: ${e.data.score} out of 10`;
    case 'patient-reflection':
      return withText(
        'Patient’s reflection',
        e.data.text ?? Object.values(e.data.prompts ?? {}).join(' · '),
      );
    default:
      return assertNever(e);
  }
}

/** Compile-time exhaustiveness: a new entry kind makes this call a type error. */
function assertNever(e: never): string {
  return `Entry: ${(e as Entry).kind}`;
}

/** A device clock change, in words: what happened and what Sitwell did about it. */
function clockLine(d: EntryData['clock-changed']): string {
  const by = formatDuration(Math.abs(d.deltaMs));
  if (d.deltaMs > 0) return `Device clock jumped ahead ${by} (changed, or the device was asleep)`;
  const undid =
    d.undoes !== undefined
      ? `, undoing the jump in entry #${d.undoes}: check-ins it made look missed are not counted`
      : '';
  return `Device clock set back ${by}; Sitwell kept counting the time that really passed${undid}`;
}
