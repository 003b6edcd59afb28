import { formatDuration } from '../format/duration';
import { clockMadeMissed } from '../log/clock-changes';
import { isKind, type Entry, type EntryData } from '../log/entry';
import { countOf } from './share-choices';
import { ACTION_TEXT, resolvedOutcome } from './describe-entry';
import { ENTRY_LABELS } from './entry-labels';
import { tableBlock, type PdfSection } from './pdf-blocks';
import type { RecordContacts } from './record-format';
import { clockAt } from './record-time';

// The box that opens page 1 of the PDF: what a provider must see first. Every emergency and
// provider prompt with what came of it (reached, not reached, resolved), every call made and every
// missed check-in, each at the local time the sitter saw.

type Shown = Entry<'escalation-shown'>;
type Action = Entry<'escalation-action'>;

/** A row of the box: time, what happened, what came of it. */
export type CriticalRow = [time: string, what: string, outcome: string];

/** "Emergency: No response, even to shaking", or the bare label when no rule is named. */
const warningText = (label: string, e: Shown): string => {
  const reasons = e.data.ruleIds.map((id) => ENTRY_LABELS.ruleLabel!(id)).join('; ');
  return reasons ? `${label}: ${reasons}` : label;
};

const at = (e: Entry): string => clockAt(e.at, e.tzOffset);
const capital = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);
const lowerFirst = (s: string): string => s.charAt(0).toLowerCase() + s.slice(1);

/** The actions after `shown`, up to the next warning of the same tier. */
function answers(entries: readonly Entry[], shown: Shown): Action[] {
  const out: Action[] = [];
  for (const e of entries.slice(entries.indexOf(shown) + 1)) {
    if (isKind(e, 'escalation-shown') && e.data.tier === shown.data.tier) break;
    if (isKind(e, 'escalation-action')) out.push(e);
  }
  return out;
}

function resolvedText(a: Action): string {
  const outcome = resolvedOutcome(a.data);
  return `resolved at ${at(a)}${outcome ? ` (${lowerFirst(outcome)})` : ''}`;
}

/** What came of an emergency: the calls made, and whether and how it was resolved. */
function emergencyOutcome(actions: Action[], number: string): string {
  const parts: string[] = [];
  for (const a of actions) {
    if (a.data.action === 'called-emergency') parts.push(`${number} called at ${at(a)}`);
    else if (a.data.action === 'called-provider') parts.push(`provider called at ${at(a)}`);
    else if (a.data.action === 'resolved') {
      parts.push(resolvedText(a));
      break;
    }
  }
  if (!actions.some((a) => a.data.action === 'resolved')) parts.push('not marked resolved');
  return capital(parts.join('; '));
}

/** What came of a provider prompt: reached, not reached, or resolved, with the time. */
function providerOutcome(actions: Action[]): string {
  const first = actions.find((a) =>
    ['called-provider', 'provider-not-reached', 'resolved'].includes(a.data.action),
  );
  if (!first) return 'No call recorded';
  if (first.data.action === 'called-provider') return `Reached at ${at(first)}`;
  if (first.data.action === 'provider-not-reached') return `Not reached (${at(first)})`;
  return capital(resolvedText(first));
}

const ACTION_OUTCOME: Partial<Record<EntryData['escalation-action']['action'], string>> = {
  'called-emergency': 'Call made',
  'called-provider': 'Reached',
  'provider-not-reached': 'Not reached',
  'provider-approved': 'Approved',
};

function actionRow(a: Action): CriticalRow {
  const what = ACTION_TEXT[a.data.action];
  const text = a.data.text?.replace(/\s+/g, ' ').trim();
  const outcome =
    a.data.action === 'resolved'
      ? capital(resolvedOutcome(a.data) ?? 'resolved')
      : ACTION_OUTCOME[a.data.action];
  return [at(a), text ? `${what}: ${text}` : what, outcome ?? ''];
}

/** The rows of the box, in log order. Support-tier advice (grounding) is not critical. */
export function criticalRows(entries: readonly Entry[], contacts: RecordContacts): CriticalRow[] {
  const clockMissed = clockMadeMissed(entries);
  const number = contacts.emergencyNumber || 'Emergency services';
  const rows: CriticalRow[] = [];
  for (const e of entries) {
    if (isKind(e, 'escalation-shown') && e.data.tier === 'emergency')
      rows.push([
        at(e),
        warningText('Emergency', e),
        emergencyOutcome(answers(entries, e), number),
      ]);
    else if (isKind(e, 'escalation-shown') && e.data.tier === 'call-provider')
      rows.push([at(e), warningText('Provider prompt', e), providerOutcome(answers(entries, e))]);
    else if (isKind(e, 'escalation-action')) rows.push(actionRow(e));
    else if (isKind(e, 'check-in-missed')) {
      const { dueAt, lateMs } = e.data;
      const outcome = clockMissed.has(dueAt)
        ? 'Only the device clock jumping made it look missed'
        : `Recorded ${formatDuration(lateMs)} after it fell due`;
      rows.push([at(e), `Missed check-in (due ${clockAt(dueAt, e.tzOffset)})`, outcome]);
    }
  }
  return rows;
}

/** "1 emergency, 1 call to emergency services, 2 missed check-ins, 1 provider prompt". */
function countsLine(entries: readonly Entry[]): string {
  const n = (test: (e: Entry) => boolean) => entries.filter(test).length;
  const tier = (t: string) => (e: Entry) => isKind(e, 'escalation-shown') && e.data.tier === t;
  const action = (a: string) => (e: Entry) => isKind(e, 'escalation-action') && e.data.action === a;
  return [
    countOf(n(tier('emergency')), 'emergency', 'emergencies'),
    countOf(
      n(action('called-emergency')),
      'call to emergency services',
      'calls to emergency services',
    ),
    countOf(n(tier('call-provider')), 'provider prompt', 'provider prompts'),
    countOf(
      n((e) => e.kind === 'check-in-missed'),
      'missed check-in',
      'missed check-ins',
    ),
  ].join(', ');
}

/** The boxed section that opens the PDF. */
export function criticalSection(entries: readonly Entry[], contacts: RecordContacts): PdfSection {
  const rows = criticalRows(entries, contacts);
  const title = 'Critical events';
  if (rows.length === 0)
    return {
      title,
      boxed: true,
      blocks: [
        { kind: 'text', text: 'No emergencies, calls, provider prompts or missed check-ins.' },
      ],
    };
  return {
    title,
    boxed: true,
    blocks: [
      { kind: 'text', text: `${countsLine(entries)}.` },
      tableBlock(['Time', 'What happened', 'What came of it'], [0.8, 4.2, 2.6], rows),
    ],
  };
}
