import { describe, expect, it } from 'vitest';
import { evaluate } from '../../../src/domain/escalation/evaluate';
import {
  isResolutionOutcome,
  RESOLUTION_LABEL,
  RESOLUTION_WORDS_MAX,
  resolutionLabel,
  resolutionWords,
  resolvedAction,
} from '../../../src/domain/escalation/resolution';
import { unresolvedEmergency } from '../../../src/domain/escalation/status';
import { RESOLUTION_OUTCOMES } from '../../../src/domain/log/resolution-outcome';
import { DEFAULT_PROTOCOL } from '../../../src/domain/protocol/protocol';
import { escalationLog, mins } from '../../fixtures/escalation-log';

describe('the answers to "What happened?"', () => {
  it('offers the issue’s choices in order, each with its own words, "Something else" last', () => {
    expect(RESOLUTION_OUTCOMES).toEqual([
      'breathing-normally',
      'responding-again',
      'ambulance-came',
      'provider-advised',
      'false-alarm',
      'other',
    ]);
    const labels = RESOLUTION_OUTCOMES.map((o) => RESOLUTION_LABEL[o]);
    expect(new Set(labels).size).toBe(labels.length);
    expect(RESOLUTION_LABEL['breathing-normally']).toBe('Breathing normally again');
    expect(RESOLUTION_LABEL.other).toBe('Something else happened');
  });

  it('reads only a known answer: an older log (none) or a stray value has no label', () => {
    expect(isResolutionOutcome('false-alarm')).toBe(true);
    expect(isResolutionOutcome('help-arrived')).toBe(false);
    expect(isResolutionOutcome(3)).toBe(false);
    expect(resolutionLabel('ambulance-came')).toBe('The ambulance came');
    expect(resolutionLabel(undefined)).toBeUndefined();
    expect(resolutionLabel('__proto__')).toBeUndefined();
  });
});

describe('resolutionWords', () => {
  it('drops bidirectional controls, so the words cannot display as other text', () => {
    expect(resolutionWords('Sam \u202Egm 003\u202C sat up')).toBe('Sam gm 003 sat up');
    expect(resolutionWords('\u2066ok\u2069\u200F')).toBe('ok');
  });

  it('keeps them on one line, trimmed; blank words are none', () => {
    expect(resolutionWords('  sat up\n\nand  spoke\t')).toBe('sat up and spoke');
    expect(resolutionWords(' \n ')).toBe('');
  });

  it(`keeps at most ${RESOLUTION_WORDS_MAX} characters, never splitting one in two`, () => {
    expect(resolutionWords('a'.repeat(RESOLUTION_WORDS_MAX + 50))).toHaveLength(
      RESOLUTION_WORDS_MAX,
    );
    const emoji = resolutionWords(`${'a'.repeat(RESOLUTION_WORDS_MAX - 1)}😀😀`);
    expect([...emoji]).toHaveLength(RESOLUTION_WORDS_MAX);
    expect(emoji.endsWith('😀')).toBe(true);
  });
});

describe('resolvedAction', () => {
  it('records the answer, the cleaned words and the emergency’s rules', () => {
    expect(resolvedAction('breathing-normally', ' sat up\u202E ', ['not-breathing'])).toEqual({
      action: 'resolved',
      outcome: 'breathing-normally',
      ruleIds: ['not-breathing'],
      text: 'sat up',
    });
  });

  it('leaves out words that are blank', () => {
    expect(resolvedAction('false-alarm', '   ', [])).toEqual({
      action: 'resolved',
      outcome: 'false-alarm',
      ruleIds: [],
    });
  });

  it('closes the emergency for the rules: a crisis reading alone then asks the questions', () => {
    const b = escalationLog()
      .situation(mins(10), 'not-breathing')
      .add('escalation-shown', { tier: 'emergency', ruleIds: ['not-breathing'] }, mins(10));
    expect(unresolvedEmergency(b.entries)).toBeDefined();
    b.add(
      'escalation-action',
      resolvedAction('breathing-normally', '', ['not-breathing']),
      mins(14),
    );
    expect(unresolvedEmergency(b.entries)).toBeUndefined();
    b.checkIn(mins(20), { responsiveness: 'normal' }, { systolic: 186, diastolic: 124 });
    const fired = evaluate({ entries: b.entries, protocol: DEFAULT_PROTOCOL, now: mins(20) });
    expect(fired.map((p) => p.ruleId)).toEqual(['bp-crisis-first']);
  });
});
