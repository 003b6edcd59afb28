import { describe, expect, it } from 'vitest';
import { pendingRecheck, RECHECK_WHY } from '../../../src/domain/check-in/recheck';
import { cardLines, tellWithTaken } from '../../../src/domain/escalation/emergency-card';
import { evaluate, recheckFor } from '../../../src/domain/escalation/evaluate';
import { wordingsOf } from '../../../src/domain/escalation/prompt-state';
import { pastExpectedDissociation } from '../../../src/domain/escalation/signs';
import { routeFor, shownFor } from '../../../src/domain/escalation/status';
import { EMPTY_CONTACTS } from '../../../src/domain/contacts/contacts';
import type { AnyEntry, Entry } from '../../../src/domain/log/entry';
import { DEFAULT_PROTOCOL } from '../../../src/domain/protocol/protocol';
import { escalationLog, mins, type LogBuilder } from '../../fixtures/escalation-log';

// Readings before the dose (docs/clinical-basis.md, "Blood pressure before the dose"): a bottom
// number of 110–119 means do not dose and call the provider; 180/120 or more is a crisis as in the
// session; the in-session limit waits for the dose. Each case fires, and narrowly does not.

const run = (b: LogBuilder) =>
  evaluate({ entries: b.entries, protocol: DEFAULT_PROTOCOL, now: b.lastAt() });
const fired = (b: LogBuilder) => run(b).map((p) => p.ruleId);
const bp = (systolic: number, diastolic: number) => ({ systolic, diastolic });
/** A session started without a dose, its first entry the reading preparation took. */
const held = (systolic: number, diastolic: number) =>
  escalationLog({ withoutDose: true }).vitals(mins(0), bp(systolic, diastolic), 'pre-dose');
/** The log as it stands once the prompts for its last reading are shown. */
const shownAfter = (b: LogBuilder) => {
  const shown = shownFor(run(b));
  b.add('escalation-shown', shown!, b.lastAt());
  return { shown: b.entries.at(-1) as Entry<'escalation-shown'>, entries: b.entries };
};

describe('bp-predose-severe: a bottom number of 110–119 before the dose', () => {
  it('175/112 calls the provider, not the warning-sign questions, with a 5-minute re-measure', () => {
    const prompts = run(held(175, 112));
    expect(prompts.map((p) => p.ruleId)).toEqual(['bp-predose-severe']);
    const shown = shownFor(prompts)!;
    expect(routeFor(shown)).toBe('provider');
    expect(recheckFor(prompts, mins(0))).toEqual({
      dueAt: mins(5),
      reason: 'bp-predose',
      ruleIds: ['bp-predose-severe'],
    });
  });

  it('fires at 110 and 179/119, not at 109 (narrowly below the do-not-dose line)', () => {
    expect(fired(held(150, 110))).toEqual(['bp-predose-severe']);
    expect(fired(held(179, 119))).toEqual(['bp-predose-severe']);
    expect(fired(held(179, 109))).toEqual([]);
  });

  it('fires again at the re-measure while no dose is recorded, and not once the dose is', () => {
    const remeasured = held(175, 112).checkIn(mins(5), { responsiveness: 'normal' }, bp(174, 111));
    expect(fired(remeasured)).toContain('bp-predose-severe');
    const dosed = held(175, 112).dose(mins(20)).vitals(mins(40), bp(174, 111));
    expect(fired(dosed)).not.toContain('bp-predose-severe');
    // After the dose the in-session limit speaks instead.
    expect(fired(dosed)).toContain('bp-session-limit');
  });

  it('leaves 180/120 or more to the crisis rules, which ask the questions as in the session', () => {
    const prompts = run(held(185, 125));
    expect(prompts.map((p) => p.ruleId)).toEqual(['bp-crisis-first']);
    expect(routeFor(shownFor(prompts)!)).toBe('bp-check');
    expect(recheckFor(prompts, mins(0))?.reason).toBe('bp-crisis');
  });

  it('is asked again by a reading: the re-measure is pending until one with both numbers', () => {
    const b = held(175, 112).add(
      'recheck-scheduled',
      { dueAt: mins(5), reason: 'bp-predose', ruleIds: ['bp-predose-severe'] },
      mins(0),
    );
    expect(pendingRecheck(b.entries)).toMatchObject({ dueAt: mins(5), reason: 'bp-predose' });
    expect(RECHECK_WHY['bp-predose']).toMatch(/too high to give the dose/);
    b.checkIn(mins(5), { responsiveness: 'normal' });
    expect(pendingRecheck(b.entries)).toBeDefined();
    b.vitals(mins(6), bp(170, 108));
    expect(pendingRecheck(b.entries)).toBeUndefined();
  });
});

describe('bp-session-limit waits for the dose', () => {
  it('skips a reading marked before the dose, and fires on the same reading after it', () => {
    const before = escalationLog().vitals(mins(0), bp(165, 95), 'pre-dose');
    expect(fired(before)).toEqual([]);
    const after = escalationLog().dose(mins(0)).vitals(mins(30), bp(165, 95));
    expect(fired(after)).toEqual(['bp-session-limit']);
  });

  it('skips every reading of a session started without a dose until one is recorded', () => {
    expect(fired(escalationLog({ withoutDose: true }).vitals(mins(10), bp(165, 95)))).toEqual([]);
    const dosed = escalationLog({ withoutDose: true }).dose(mins(5)).vitals(mins(10), bp(165, 95));
    expect(fired(dosed)).toEqual(['bp-session-limit']);
  });
});

describe('bp-rise while no dose is given', () => {
  // "Risen a lot since before the dose" would be false while no dose is given: the same call to
  // the provider says the dose has not been given, and holds it.
  it('calls the provider in words that say no dose has been given', () => {
    const b = held(130, 80).vitals(mins(10), bp(172, 90));
    expect(fired(b)).toContain('bp-rise');
    const { shown, entries } = shownAfter(b);
    const words = wordingsOf(shown, entries).find((w) => w.reason.includes('risen'))!;
    expect(words.reason).toBe(
      'Blood pressure has risen a lot since the first reading. No dose has been given.',
    );
    expect(words.tell).toContain('the dose has not been given');
    expect(words.meanwhile).toMatch(/^Do not give the dose\./);
  });

  it('speaks of the dose once it is recorded', () => {
    const b = held(130, 80).dose(mins(5)).vitals(mins(45), bp(172, 90));
    const { shown, entries } = shownAfter(b);
    const words = wordingsOf(shown, entries).find((w) => w.reason.includes('risen'))!;
    expect(words.reason).toBe('Blood pressure has risen a lot since before the dose.');
  });
});

describe('words while no dose is given', () => {
  it('bp-crisis-first tells the provider the dose was not given, not when it was taken', () => {
    const { shown, entries } = shownAfter(held(185, 125));
    const [before] = wordingsOf(shown, entries);
    expect(before?.tell).toContain('the dose has not been given');
    expect(before?.tell).not.toContain('when the dose was taken');
    expect(before?.meanwhile).toMatch(/^Do not give the dose\./);
    // After a dose, the same prompt asks when it was taken.
    const dosed = escalationLog().dose(mins(0)).vitals(mins(30), bp(185, 125));
    const after = shownAfter(dosed);
    expect(wordingsOf(after.shown, after.entries)[0]?.tell).toContain('when the dose was taken');
  });

  it('bp-predose-severe says: do not give the dose, call the provider', () => {
    const { shown, entries } = shownAfter(held(175, 112));
    expect(wordingsOf(shown, entries)[0]?.title).toBe('Do not give the dose. Call the provider');
  });

  it('the emergency card and call script say the ketamine was not given', () => {
    const b = held(185, 125);
    const taken = (entries: readonly Entry[]) =>
      cardLines({ contacts: EMPTY_CONTACTS, patientName: 'Jo', entries }).find(
        (l) => l.label === 'Taken',
      )?.value;
    expect(taken(b.entries)).toBe('No ketamine: the dose was not given');
    const tell = 'Say they took ketamine as prescribed, when, and what you see now.';
    expect(tellWithTaken(tell, b.entries)).toBe(
      'Say the ketamine dose was not given, and what you see now.',
    );
    b.dose(mins(10));
    expect(taken(b.entries)).toMatch(/^Ketamine, as prescribed, at /);
    expect(tellWithTaken(tell, b.entries)).toBe(tell);
  });

  it('confusion before a held dose is never expected dissociation', () => {
    const b = escalationLog({ withoutDose: true });
    expect(pastExpectedDissociation(mins(10), b.entries as AnyEntry[])).toBe(true);
    b.dose(mins(5));
    expect(pastExpectedDissociation(mins(10), b.entries as AnyEntry[])).toBe(false);
    expect(fired(escalationLog({ withoutDose: true }).situation(mins(10), 'confusion'))).toContain(
      'head-signs-late',
    );
  });
});
