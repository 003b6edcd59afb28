import { describe, expect, it } from 'vitest';
import { evaluate } from '../../../src/domain/escalation/evaluate';
import { ESCALATION_RULES } from '../../../src/domain/escalation/rules';
import {
  answersName,
  actionsSince,
  latestEscalation,
  needsResponsiveness,
  openSupportAdvice,
  routeFor,
  ruleWording,
  shownFor,
  touchAgreement,
  unresolvedEmergency,
} from '../../../src/domain/escalation/status';
import { DEFAULT_PROTOCOL } from '../../../src/domain/protocol/protocol';
import { escalationLog, mins } from '../../fixtures/escalation-log';

const promptsOf = (b: ReturnType<typeof escalationLog>) =>
  evaluate({ entries: b.entries, protocol: DEFAULT_PROTOCOL, now: b.lastAt() });

describe('shownFor', () => {
  it('keeps only the most urgent tier, in table order', () => {
    const b = escalationLog()
      .dose(mins(0))
      .checkIn(mins(15), { responsiveness: 'none', nausea: 'vomited', comfort: 'distressed' });
    expect(shownFor(promptsOf(b))).toEqual({
      tier: 'emergency',
      ruleIds: ['no-response', 'vomit-not-alert'],
    });
  });

  it('is undefined when nothing fired', () => {
    expect(
      shownFor(promptsOf(escalationLog().checkIn(mins(15), { resting: true }))),
    ).toBeUndefined();
  });
});

describe('routeFor', () => {
  it('sends each tier to its screen; support without distress stays on the timer', () => {
    expect(routeFor({ tier: 'emergency', ruleIds: ['seizure'] })).toBe('emergency');
    expect(routeFor({ tier: 'call-provider', ruleIds: ['bp-rise'] })).toBe('provider');
    expect(routeFor({ tier: 'support', ruleIds: ['grounding'] })).toBe('grounding');
    expect(routeFor({ tier: 'support', ruleIds: ['vomit-care'] })).toBe('session');
  });
});

describe('unresolvedEmergency', () => {
  it('is the latest emergency shown after the last "resolved"', () => {
    const b = escalationLog().add(
      'escalation-shown',
      { tier: 'emergency', ruleIds: ['seizure'] },
      mins(5),
    );
    expect(unresolvedEmergency(b.entries)?.data.ruleIds).toEqual(['seizure']);
    b.add('escalation-action', { action: 'called-emergency', ruleIds: ['seizure'] }, mins(6));
    expect(unresolvedEmergency(b.entries)).toBeDefined();
    b.add('escalation-action', { action: 'resolved' }, mins(20));
    expect(unresolvedEmergency(b.entries)).toBeUndefined();
    b.add('escalation-shown', { tier: 'emergency', ruleIds: ['no-response'] }, mins(30));
    expect(unresolvedEmergency(b.entries)?.data.ruleIds).toEqual(['no-response']);
  });

  it('ignores provider and support warnings', () => {
    const b = escalationLog().add(
      'escalation-shown',
      { tier: 'call-provider', ruleIds: ['bp-rise'] },
      mins(5),
    );
    expect(unresolvedEmergency(b.entries)).toBeUndefined();
  });
});

describe('latestEscalation and actionsSince', () => {
  it('finds the latest warning of a tier and the actions recorded after it', () => {
    const b = escalationLog()
      .add('escalation-shown', { tier: 'emergency', ruleIds: ['seizure'] }, mins(5))
      .add('escalation-action', { action: 'called-emergency' }, mins(6))
      .add('escalation-shown', { tier: 'support', ruleIds: ['grounding'] }, mins(7))
      .add('escalation-action', { action: 'called-provider' }, mins(8));
    const emergency = latestEscalation(b.entries, 'emergency');
    expect(emergency?.at).toBe(mins(5));
    expect(latestEscalation(b.entries)?.data.tier).toBe('support');
    expect(actionsSince(b.entries, emergency).map((a) => a.data.action)).toEqual([
      'called-emergency',
      'called-provider',
    ]);
    expect(actionsSince(b.entries, latestEscalation(b.entries)).map((a) => a.data.action)).toEqual([
      'called-provider',
    ]);
    expect(actionsSince(b.entries, undefined)).toHaveLength(2);
  });
});

describe('openSupportAdvice', () => {
  it('stays until the next observation', () => {
    const b = escalationLog().checkIn(mins(15), { responsiveness: 'normal', nausea: 'vomited' });
    b.add('escalation-shown', shownFor(promptsOf(b))!, mins(15));
    expect(openSupportAdvice(b.entries)?.data.ruleIds).toEqual(['vomit-care']);
    b.add('note', { text: 'water' }, mins(16));
    expect(openSupportAdvice(b.entries)).toBeDefined();
    b.checkIn(mins(30), { resting: true });
    expect(openSupportAdvice(b.entries)).toBeUndefined();
  });

  it('is not shown for a provider or emergency warning', () => {
    const b = escalationLog().add(
      'escalation-shown',
      { tier: 'call-provider', ruleIds: ['bp-rise'] },
      mins(5),
    );
    expect(openSupportAdvice(b.entries)).toBeUndefined();
  });
});

describe('ruleWording', () => {
  it('has wording for every rule and none for an unknown id', () => {
    for (const rule of ESCALATION_RULES) expect(ruleWording(rule.id), rule.id).toBeDefined();
    expect(ruleWording('no-such-rule')).toBeUndefined();
  });
});

describe('needsResponsiveness', () => {
  it('asks for responsiveness only when vomited without it', () => {
    expect(needsResponsiveness({ nausea: 'vomited' })).toBe(true);
    expect(needsResponsiveness({ nausea: 'vomited', responsiveness: 'drowsy' })).toBe(false);
    expect(needsResponsiveness({ nausea: 'nauseous' })).toBe(false);
    expect(needsResponsiveness({})).toBe(false);
  });
});

describe('touchAgreement', () => {
  it('reads the latest preparation answer', () => {
    const b = escalationLog();
    expect(touchAgreement(b.entries)).toBeUndefined();
    b.add('prep-completed', { answers: { touch: 'declined' } }, mins(0));
    expect(touchAgreement(b.entries)).toBe(false);
    b.add('prep-completed', { answers: { touch: 'agreed' } }, mins(1));
    expect(touchAgreement(b.entries)).toBe(true);
    b.add('prep-completed', { answers: { music: 'yes' } }, mins(2));
    expect(touchAgreement(b.entries)).toBeUndefined();
  });
});

describe('answersName: whether water may be offered', () => {
  const b = () => escalationLog();
  it('is true after "drowsy, responds to name", false after "only to a loud voice"', () => {
    expect(answersName(b().checkIn(mins(10), { responsiveness: 'drowsy' }).entries)).toBe(true);
    expect(answersName(b().checkIn(mins(10), { responsiveness: 'loud-voice' }).entries)).toBe(
      false,
    );
  });
  it('reads the latest check-in that asked; unknown without one', () => {
    const l = b()
      .checkIn(mins(10), { responsiveness: 'loud-voice' })
      .checkIn(mins(15), { resting: true, breathing: 'normal' });
    expect(answersName(l.entries)).toBe(false);
    expect(answersName(b().entries)).toBeUndefined();
  });
});
