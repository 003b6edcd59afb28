import { describe, expect, it } from 'vitest';
import { DEFAULT_PROTOCOL } from '../../../src/domain/protocol/protocol';
import {
  inwardSpans,
  presenceOf,
  settledLevel,
  type CheckInMark,
} from '../../../src/domain/review/check-in-marks';
import { reasonsFor, sessionTimeline, wordsShown } from '../../../src/domain/review/timeline';
import { timelineRows } from '../../../src/domain/review/timeline-rows';
import { atMin, closingLog } from '../../fixtures/closing-log';
import { reviewLog } from '../../fixtures/review-log';

describe('sessionTimeline', () => {
  const t = sessionTimeline(reviewLog().entries, DEFAULT_PROTOCOL);

  it('places the session, the dose and the ready time', () => {
    expect(t).toMatchObject({
      sitterName: 'Sam',
      startedAt: atMin(0),
      endedAt: atMin(130),
      doseAt: atMin(2),
      doseRecorded: true,
      from: atMin(0),
      to: atMin(130),
    });
    // 105 is alert but before the two-hour minimum (dose at 2 → 122); 125 is the first ready.
    expect(t.readyAt).toBe(atMin(125));
  });

  it('colours each check-in by how settled they were', () => {
    expect(t.checkIns.map((c) => c.settled)).toEqual([4, 2, 4, 3, undefined, 4, 4]);
    expect(t.checkIns[3]!.text).toBe(
      'Responds normally · Restless · Blood pressure 168/96 · Heart rate 92',
    );
  });

  it('spans inward check-ins, from the first to the one where they were back', () => {
    expect(t.inward).toEqual([
      { from: atMin(15), to: atMin(60), open: false, checkIns: 3, deep: true },
      { from: atMin(90), to: atMin(105), open: false, checkIns: 1, deep: false },
    ]);
    expect(t.peak).toBe(t.inward[0]);
  });

  it('spans grounding from its use to the next calm check-in', () => {
    expect(t.grounding).toEqual([{ from: atMin(31), to: atMin(45), open: false }]);
  });

  it('keeps notes, the patient’s words (agreed), missed check-ins and escalations', () => {
    expect(t.notes).toEqual([{ at: atMin(32), text: 'Asked for the blanket' }]);
    expect(t.wordsAllowed).toBe(true);
    expect(t.words).toEqual([{ at: atMin(33), text: 'Everything is made of light' }]);
    expect(t.missed).toEqual([atMin(75)]);
    expect(t.escalations).toEqual([
      {
        at: atMin(62),
        tier: 'call-provider',
        ruleIds: ['bp-session-limit'],
        reasons: ['Blood pressure is above the limit for the session.'],
      },
    ]);
    expect(t.actions).toEqual([{ at: atMin(64), action: 'called-provider' }]);
  });

  it('leaves out the patient’s words when the agreement said no notes', () => {
    const noNotes = sessionTimeline(reviewLog('no').entries, DEFAULT_PROTOCOL);
    expect(noNotes.wordsAllowed).toBe(false);
    expect(noNotes.words).toEqual([]);
    expect(noNotes.notes).toHaveLength(1);
  });

  it('stops a running session at now and keeps open spans open', () => {
    const log = closingLog()
      .started(0)
      .dose(0)
      .checkIn(15, { responsiveness: 'shake' })
      .add(16, 'grounding-used', {});
    const running = sessionTimeline(log.entries, DEFAULT_PROTOCOL, atMin(40));
    expect(running).toMatchObject({ to: atMin(40), readyAt: undefined, endedAt: undefined });
    expect(running.inward).toEqual([
      { from: atMin(15), to: atMin(15), open: true, checkIns: 1, deep: true },
    ]);
    expect(running.grounding).toEqual([{ from: atMin(16), to: atMin(40), open: true }]);
  });

  it('copes with an empty log', () => {
    const empty = sessionTimeline([], DEFAULT_PROTOCOL, atMin(5));
    expect(empty).toMatchObject({ from: atMin(5), to: atMin(5), checkIns: [], inward: [] });
    expect(empty.peak).toBeUndefined();
  });
});

describe('settledLevel', () => {
  it('follows comfort, counts resting as settled, and never shows no response as calm', () => {
    expect(settledLevel({ comfort: 'agitated' })).toBe(0);
    expect(settledLevel({ comfort: 'distressed' })).toBe(1);
    expect(settledLevel({ resting: true })).toBe(4);
    expect(settledLevel({ responsiveness: 'drowsy' })).toBeUndefined();
    expect(settledLevel({ responsiveness: 'none', comfort: 'calm' })).toBe(0);
  });
});

describe('presence and inward spans', () => {
  it('treats anything short of a normal response as inward, and unanswered as unknown', () => {
    expect(presenceOf({ responsiveness: 'drowsy' })).toBe('inward');
    expect(presenceOf({ resting: true })).toBe('inward');
    expect(presenceOf({ responsiveness: 'normal', resting: true })).toBe('present');
    expect(presenceOf({ comfort: 'calm' })).toBe('unknown');
  });

  it('does not let an unknown check-in break a span', () => {
    const mark = (at: number, presence: CheckInMark['presence']): CheckInMark => ({
      at,
      seq: at,
      presence,
      settled: undefined,
      text: '',
    });
    const spans = inwardSpans(
      [mark(1, 'inward'), mark(2, 'unknown'), mark(3, 'inward'), mark(4, 'present')],
      new Set([3]),
    );
    expect(spans).toEqual([{ from: 1, to: 4, open: false, checkIns: 2, deep: true }]);
  });
});

describe('helpers', () => {
  it('finds plain reasons and skips unknown rules', () => {
    expect(reasonsFor(['no-response', 'nope'])).toEqual(['No response, even to shaking.']);
  });

  it('shows the patient’s words unless the latest preparation said not to write them down', () => {
    expect(wordsShown(reviewLog().entries)).toBe(true);
    expect(wordsShown(reviewLog('no').entries)).toBe(false);
    // Not asked (no preparation): the sitter marked each note of their words as theirs.
    expect(wordsShown(closingLog().started(0).entries)).toBe(true);
  });
});

describe('timelineRows', () => {
  it('lists the session in time order, in words', () => {
    const t = sessionTimeline(reviewLog().entries, DEFAULT_PROTOCOL);
    const rows = timelineRows(t, (at) => `+${(at - atMin(0)) / 60_000}`);
    expect(rows.map((r) => r.at)).toEqual([...rows.map((r) => r.at)].sort((a, b) => a - b));
    expect(rows[0]).toEqual({ at: atMin(2), kind: 'dose', text: 'Dose taken' });
    expect(rows.find((r) => r.kind === 'inward')?.text).toBe('Turned inward, deeply, until +60');
    expect(rows.find((r) => r.kind === 'check-in')?.text).toBe(
      'Check-in (settled): Drowsy, responds to name · Calm',
    );
    expect(rows.at(-1)).toEqual({ at: atMin(130), kind: 'end', text: 'Session ended' });
  });
});
