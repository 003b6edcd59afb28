import { describe, expect, it } from 'vitest';
import { evaluate, recheckFor } from '../../../src/domain/escalation/evaluate';
import {
  emergencySteps,
  PROVIDER_LIMIT_MS,
  providerTimeUp,
  providerWindow,
  quickCheckInAllowed,
} from '../../../src/domain/escalation/prompt-state';
import { latestEscalation, routeFor } from '../../../src/domain/escalation/status';
import { DEFAULT_PROTOCOL } from '../../../src/domain/protocol/protocol';
import { escalationLog as log, mins } from '../../fixtures/escalation-log';

const shown = (tier: 'emergency' | 'call-provider' | 'support', ruleIds: string[]) =>
  ({ tier, ruleIds }) as const;

describe('providerWindow: 10 minutes to reach the provider', () => {
  const prompted = () =>
    log().add('escalation-shown', shown('call-provider', ['response-shake']), mins(20));

  it('counts down from the prompt and is over after 10 minutes', () => {
    const b = prompted();
    expect(providerWindow(b.entries, mins(23))).toMatchObject({
      remainingMs: 7 * 60_000,
      expired: false,
    });
    expect(providerWindow(b.entries, mins(20) + PROVIDER_LIMIT_MS)?.expired).toBe(true);
  });

  it('closes once the provider is reached, not reached, or the prompt is resolved', () => {
    for (const action of ['called-provider', 'provider-not-reached', 'resolved'] as const) {
      const b = prompted().add('escalation-action', { action }, mins(22));
      expect(providerWindow(b.entries, mins(23)), action).toBeUndefined();
    }
  });

  it('counts from the first prompt of the episode: a re-check that prompts again does not reset it', () => {
    const b = prompted()
      .checkIn(mins(25), { responsiveness: 'shake' })
      .add('escalation-shown', shown('call-provider', ['response-shake']), mins(25));
    const w = providerWindow(b.entries, mins(30));
    expect(w?.shown.at).toBe(mins(20));
    expect(w?.latest.at).toBe(mins(25));
    expect(w?.expired).toBe(true);
    // Narrowly: 1 s before the first prompt's 10 minutes it is still running.
    expect(providerWindow(b.entries, mins(29, 59))?.expired).toBe(false);
  });

  it('stays open through a later support prompt: a lower tier never closes a higher one', () => {
    const b = prompted().add('escalation-shown', shown('support', ['grounding']), mins(24));
    expect(providerWindow(b.entries, mins(25))?.shown.at).toBe(mins(20));
  });

  it('stays open after a try with no answer, and counts the tries', () => {
    const b = prompted().add('escalation-action', { action: 'provider-no-answer' }, mins(22));
    expect(providerWindow(b.entries, mins(23))).toMatchObject({ tries: 1, expired: false });
  });

  it('closes when an emergency prompt takes over', () => {
    const b = prompted().add('escalation-shown', shown('emergency', ['no-response']), mins(24));
    expect(providerWindow(b.entries, mins(25))).toBeUndefined();
  });

  it('providerTimeUp: only once the 10 minutes are over with no outcome', () => {
    const b = prompted();
    expect(providerTimeUp(b.entries, mins(29, 59))).toBeUndefined();
    expect(providerTimeUp(b.entries, mins(30))?.shown.at).toBe(mins(20));
    b.add('escalation-action', { action: 'called-provider' }, mins(29));
    expect(providerTimeUp(b.entries, mins(31))).toBeUndefined();
  });

  it('is not open for an emergency or support prompt', () => {
    const b = log().add('escalation-shown', shown('emergency', ['no-response']), mins(20));
    expect(providerWindow(b.entries, mins(21))).toBeUndefined();
  });
});

describe('quickCheckInAllowed', () => {
  it('is allowed before any prompt', () => {
    expect(quickCheckInAllowed(log().entries)).toBe(true);
  });

  it('is not allowed after any prompt until a full check-in records "Responds normally"', () => {
    const b = log().add('escalation-shown', shown('support', ['grounding']), mins(20));
    expect(quickCheckInAllowed(b.entries)).toBe(false);
    b.checkIn(mins(25), { resting: true, breathing: 'normal', comfort: 'calm' });
    expect(quickCheckInAllowed(b.entries)).toBe(false);
    b.checkIn(mins(30), { responsiveness: 'drowsy' });
    expect(quickCheckInAllowed(b.entries)).toBe(false);
    b.checkIn(mins(35), { responsiveness: 'normal' });
    expect(quickCheckInAllowed(b.entries)).toBe(true);
  });
});

describe('emergencySteps', () => {
  const steps = (ruleIds: string[]) => {
    const b = log().add('escalation-shown', shown('emergency', ruleIds), mins(20));
    return emergencySteps(b.entries, latestEscalation(b.entries));
  };

  it('shows hands-only CPR for not breathing, whatever else fired', () => {
    expect(steps(['not-breathing'])).toBe('cpr');
    expect(steps(['breathing-slow', 'not-breathing'])).toBe('cpr');
  });

  it('shows the recovery position for slow breathing, and choking steps for choking', () => {
    expect(steps(['breathing-slow'])).toBe('recovery');
    expect(steps(['choking'])).toBe('choking');
  });

  it('asks about breathing when they do not respond, then shows what the answer calls for', () => {
    const b = log().add('escalation-shown', shown('emergency', ['no-response']), mins(20));
    expect(emergencySteps(b.entries, latestEscalation(b.entries))).toBe('ask-breathing');
    b.situation(mins(21), 'breathing-normally');
    expect(emergencySteps(b.entries, latestEscalation(b.entries))).toBe('recovery');
  });

  it('has nothing to show for an emergency without first-aid steps', () => {
    expect(steps(['chest-pain'])).toBeUndefined();
  });
});

describe('routeFor and the re-check', () => {
  it('opens the warning-sign questions for a first very high reading', () => {
    expect(routeFor(shown('call-provider', ['bp-crisis-first', 'bp-session-limit']))).toBe(
      'bp-check',
    );
    // A repeat is asked about again: signs can appear between two readings [AHA-HTN].
    expect(routeFor(shown('call-provider', ['bp-crisis-repeat']))).toBe('bp-check');
    expect(routeFor(shown('call-provider', ['response-shake']))).toBe('provider');
  });

  it('schedules one re-check, the soonest, naming the rules that asked', () => {
    const b = log()
      .checkIn(mins(10), { responsiveness: 'normal' })
      .checkIn(mins(25), { responsiveness: 'loud-voice' });
    const prompts = evaluate({ entries: b.entries, protocol: DEFAULT_PROTOCOL, now: mins(25) });
    expect(recheckFor(prompts, mins(25))).toEqual({
      dueAt: mins(30),
      reason: 'responsiveness',
      ruleIds: ['response-loud-voice'],
    });
    expect(recheckFor([], mins(25))).toBeUndefined();
  });
});
