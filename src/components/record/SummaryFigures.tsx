import { criterionName } from '../../domain/after/closing-criteria';
import { formatDuration } from '../../domain/format/duration';
import { clockTime, weekdayDateTime } from '../../domain/format/time';
import { checkInLine, type SessionSummary } from '../../domain/report/summary';

const time = (at: number): string => clockTime(at);

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

function endChecks(criteria: Record<string, boolean> | undefined): string {
  if (!criteria) return 'Not recorded';
  const ids = Object.keys(criteria);
  const unmet = ids.filter((id) => !criteria[id]).map((id) => criterionName(id));
  const met = `${ids.length - unmet.length} of ${ids.length} met`;
  return unmet.length > 0 ? `${met}; not met: ${unmet.join(', ')}` : met;
}

/** The session's figures as a description list. */
export function SummaryFigures({ s }: { s: SessionSummary }) {
  const alarms = s.alarms.due + s.alarms.urgent;
  const rows: [string, string][] = [
    ['Started', s.startedAt !== undefined ? weekdayDateTime(s.startedAt) : '—'],
    ['Ended', s.endedAt !== undefined ? time(s.endedAt) : 'Not ended'],
    ['Total monitoring time', formatDuration(s.monitoringMs)],
    [
      'Dose taken',
      s.doseAt !== undefined
        ? s.doseRecorded
          ? time(s.doseAt)
          : `Not recorded (counted from the start, ${time(s.doseAt)})`
        : '—',
    ],
    [
      'Dose to ready',
      s.readyAt !== undefined && s.doseToReadyMs !== undefined
        ? `${formatDuration(s.doseToReadyMs)} (ready at the ${time(s.readyAt)} check-in)`
        : 'Not seen at a check-in',
    ],
    ['Check-ins', checkInLine(s)],
    [
      'Longest gap between check-ins',
      s.longestGap
        ? `${formatDuration(s.longestGap.ms)} (${time(s.longestGap.from)} to ` +
          `${time(s.longestGap.to)})`
        : '—',
    ],
    [
      'Alarms',
      `${plural(alarms, 'alarm')} (${s.alarms.urgent} urgent), ` +
        `${plural(s.alarms.pre, 'one-minute chime')}`,
    ],
    ['Closing checks', endChecks(s.endCriteria)],
    ['Reason for ending', s.endReason ?? (s.endedAt !== undefined ? 'None given' : '—')],
  ];
  return (
    <div role="group" aria-label="Session figures">
      <dl class="facts">
        {rows.map(([label, value]) => (
          <div key={label}>
            <dt>{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
    </div>
  );
}
