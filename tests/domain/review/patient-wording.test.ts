import { describe, expect, it } from 'vitest';
import { DEFAULT_PROTOCOL } from '../../../src/domain/protocol/protocol';
import {
  aboutDuration,
  groundingSentences,
  inwardSentence,
  readySentence,
  sessionStory,
  urgentSentences,
} from '../../../src/domain/review/patient-wording';
import { sessionTimeline } from '../../../src/domain/review/timeline';
import { timelineRows } from '../../../src/domain/review/timeline-rows';
import { MINUTE, T0, atMin, closingLog } from '../../fixtures/closing-log';
import { reviewLog } from '../../fixtures/review-log';

// A stable clock format for tests: minutes after T0.
const time = (at: number): string => `+${(at - T0) / MINUTE}`;
const timeline = (log = reviewLog()) => sessionTimeline(log.entries, DEFAULT_PROTOCOL);

describe('aboutDuration', () => {
  it('rounds to five minutes and reads like speech', () => {
    expect(aboutDuration(2 * MINUTE)).toBe('about 5 minutes');
    expect(aboutDuration(42 * MINUTE)).toBe('about 40 minutes');
    expect(aboutDuration(58 * MINUTE)).toBe('about an hour');
    expect(aboutDuration(81 * MINUTE)).toBe('about 1 hour and 20 minutes');
    expect(aboutDuration(120 * MINUTE)).toBe('about 2 hours');
    expect(aboutDuration(155 * MINUTE)).toBe('about 2 hours and 35 minutes');
  });
});

describe('patient sentences', () => {
  it('says how long they were inward and who sat with them', () => {
    expect(inwardSentence(timeline())).toBe(
      'You were deeply inward for about 45 minutes; Sam sat with you.',
    );
  });

  it('says when they were ready after the dose, or plainly that no check-in showed it', () => {
    expect(readySentence(timeline(), time)).toBe(
      'You were alert and ready to end at +125, about 2 hours and 5 minutes after the dose.',
    );
    const early = closingLog().started(0).dose(0).checkIn(30).ended(40);
    expect(readySentence(timeline(early), time)).toMatch(/^No check-in recorded you as/);
  });

  it('describes a hard moment gently, with when it eased', () => {
    expect(groundingSentences(timeline(), time)).toEqual([
      'At +31 things felt hard for a while, and Sam helped you settle. You were calm again by +45.',
    ]);
  });

  it('states a call to the provider and what was done, plainly', () => {
    expect(urgentSentences(timeline(), time)).toEqual([
      'At +62 Sitwell told Sam to call your provider. ' +
        'The reason: blood pressure is above the limit for the session.',
      'Sam called your provider at +64.',
    ]);
  });

  it('states an emergency, the call and its resolution in order, and never softens them', () => {
    const log = closingLog()
      .started(0)
      .dose(0)
      .checkIn(40, { responsiveness: 'none' })
      .add(40, 'escalation-shown', { ruleIds: ['no-response'], tier: 'emergency' })
      .add(41, 'escalation-action', { action: 'called-emergency' })
      .add(70, 'escalation-action', { action: 'resolved', text: 'Paramedics checked them' });
    expect(urgentSentences(timeline(log), time)).toEqual([
      'At +40 Sitwell told Sam to call emergency services. ' +
        'The reason: no response, even to shaking.',
      'Sam called emergency services at +41.',
      'Sam marked it as resolved at +70. Sam wrote: “Paramedics checked them”',
    ]);
  });

  it('says how a resolved emergency ended, in the sitter’s answer and their own words', () => {
    const log = closingLog()
      .started(0)
      .dose(0)
      .add(40, 'escalation-shown', { ruleIds: ['not-breathing'], tier: 'emergency' })
      .add(46, 'escalation-action', {
        action: 'resolved',
        outcome: 'breathing-normally',
        text: 'Sat up and spoke',
      });
    expect(urgentSentences(timeline(log), time).at(-1)).toBe(
      'Sam marked it as resolved at +46: breathing normally again. Sam wrote: “Sat up and spoke”',
    );
    const rows = timelineRows(timeline(log), time).filter((r) => r.kind === 'action');
    expect(rows.map((r) => r.text)).toEqual([
      'Marked as resolved (breathing normally again): Sat up and spoke',
    ]);
  });

  it('tells the whole story in order, with "your sitter" when no name was given', () => {
    const story = sessionStory(timeline(), time);
    expect(story[0]).toBe('Sam sat with you from +0 to +130.');
    expect(story[1]).toBe('You took your dose at +2.');
    expect(story.at(-1)).toMatch(/^You were alert and ready/);
    const unnamed = closingLog()
      .add(0, 'session-started', { sitterName: ' ', intervalMin: 15, preAlert: true })
      .checkIn(10, { responsiveness: 'drowsy' })
      .checkIn(25, { responsiveness: 'normal' });
    expect(inwardSentence(timeline(unnamed))).toBe(
      'You were turned inward for about 15 minutes; your sitter sat with you.',
    );
  });

  it('speaks of one check-in when only one showed them inward, and of an open end', () => {
    const one = closingLog().started(0).checkIn(10, { responsiveness: 'shake' });
    expect(inwardSentence(timeline(one))).toBe(
      'At one check-in you were deeply inward; Sam sat with you.',
    );
    const open = closingLog()
      .started(0)
      .checkIn(10, { resting: true })
      .checkIn(50, { resting: true })
      .ended(55);
    expect(inwardSentence(timeline(open))).toBe(
      'You were turned inward for about 40 minutes, and still resting when the log ended; ' +
        'Sam sat with you.',
    );
    expect(atMin(0)).toBe(T0);
  });
});
