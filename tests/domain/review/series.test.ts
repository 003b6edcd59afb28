import { describe, expect, it } from 'vitest';
import { sessionDigest } from '../../../src/domain/log/session-digest';
import { DEFAULT_PROTOCOL } from '../../../src/domain/protocol/protocol';
import {
  moodShift,
  readyMinutes,
  seriesPoints,
  seriesRows,
  urgentCount,
  type DigestedSession,
} from '../../../src/domain/review/series';
import { sessionTimeline } from '../../../src/domain/review/timeline';
import { ALERT, MINUTE, T0, closingLog } from '../../fixtures/closing-log';
import { reviewLog } from '../../fixtures/review-log';

const DAY_MIN = 24 * 60;
const DAY = DAY_MIN * MINUTE;

/** One session `day` days after the fixture's, with the given moods and minutes to ready. */
function session(day: number, before: number, after: number, readyMin: number): DigestedSession {
  const m = day * DAY_MIN;
  const entries = closingLog()
    .started(m)
    .add(m, 'patient-mood', { moment: 'before', score: before })
    .dose(m + 1)
    .checkIn(m + readyMin + 1, ALERT)
    .add(m + readyMin + 2, 'patient-mood', { moment: 'after', score: after })
    .ended(m + readyMin + 5).entries;
  const protocol = { ...DEFAULT_PROTOCOL, minMonitoringMin: 60 };
  return {
    record: { id: `s${day}`, createdAt: entries[0]!.at },
    digest: sessionDigest(entries, protocol),
  };
}

describe('seriesRows', () => {
  // Given newest first, as home lists them; a bend at the third session.
  const sessions = [
    session(9, 5, 7, 95),
    session(6, 3, 4, 130),
    session(3, 4, 6, 110),
    session(0, 2, 5, 120),
  ];
  const rows = seriesRows(sessions);

  it('numbers sessions by start, oldest first', () => {
    expect(rows.map((r) => [r.number, r.sessionId])).toEqual([
      [1, 's0'],
      [2, 's3'],
      [3, 's6'],
      [4, 's9'],
    ]);
  });

  it('carries each session’s figures, and leaves gaps where a figure is missing', () => {
    expect(rows.map(moodShift)).toEqual([3, 2, 1, 2]);
    expect(rows.map(readyMinutes)).toEqual([120, 110, 130, 95]);
    expect(seriesPoints(rows, (r) => r.moodBefore)).toEqual([
      { number: 1, value: 2 },
      { number: 2, value: 4 },
      { number: 3, value: 3 },
      { number: 4, value: 5 },
    ]);
    const gap = seriesRows([
      ...sessions,
      {
        record: { id: 'bare', createdAt: T0 + 20 * DAY },
        digest: sessionDigest([], DEFAULT_PROTOCOL),
      },
    ]);
    expect(seriesPoints(gap, (r) => r.moodAfter).map((p) => p.number)).toEqual([1, 2, 3, 4]);
    expect(gap[4]!.startedAt).toBe(T0 + 20 * DAY);
  });

  it('counts the urgent prompts, missed check-ins and distress of a full session', () => {
    const d = sessionDigest(reviewLog().entries, DEFAULT_PROTOCOL);
    const [row] = seriesRows([{ record: { id: 'r', createdAt: 0 }, digest: d }]);
    expect(row).toMatchObject({
      doseText: '200 mg',
      highestBp: { systolic: 168, diastolic: 96 },
      distressEpisodes: 1,
      missed: 1,
      moodBefore: 4,
      moodAfter: 6,
    });
    expect(urgentCount(row!)).toBe(1);
  });
});

describe('a long series', () => {
  // How fast this is, is measured by `npm run bench` (bench-review.mjs), not by a timed test.
  it('digests and charts 50 full session logs, one row each, in order', () => {
    // 50 sessions of about 4 hours, each with 60 check-ins and readings (about 130 entries).
    const logs = Array.from({ length: 50 }, (_, s) => {
      const base = s * DAY_MIN;
      const log = closingLog()
        .started(base)
        .dose(base + 1);
      for (let m = 4; m < 240; m += 4) {
        const vitals = { systolic: 120 + (m % 30), diastolic: 80, heartRate: 70 };
        log.alarm(base + m, 'pre').checkIn(base + m, ALERT, vitals);
      }
      return log.ended(base + 241).entries;
    });
    const sessions = logs.map((entries, i) => ({
      record: { id: `s${i}`, createdAt: entries[0]!.at },
      digest: sessionDigest(entries, DEFAULT_PROTOCOL),
    }));
    const rows = seriesRows(sessions);
    expect(sessionTimeline(logs[0]!, DEFAULT_PROTOCOL).checkIns).toHaveLength(59);
    expect(rows.map((r) => r.sessionId)).toEqual(sessions.map((s) => s.record.id));
  });
});
