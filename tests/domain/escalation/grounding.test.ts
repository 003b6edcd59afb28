import { describe, expect, it } from 'vitest';
import {
  BOX_BREATHING,
  boxBreathingPhase,
  FIRESIDE,
  groundingPrompts,
} from '../../../src/domain/escalation/grounding';

const ids = (lines: readonly { id: string }[]) => lines.map((l) => l.id);

describe('groundingPrompts', () => {
  it('suggests touch only when it was agreed', () => {
    const agreed = groundingPrompts({ touchAgreed: true });
    expect(ids(agreed.do)).toContain('touch');
    expect(ids(agreed.avoid)).not.toContain('no-touch');
  });

  it('omits touch and says not to touch when it was declined', () => {
    const declined = groundingPrompts({ touchAgreed: false });
    expect(ids(declined.do)).not.toContain('touch');
    expect(declined.avoid.find((l) => l.id === 'no-touch')?.text).toMatch(/agreed on no contact/);
  });

  it('treats "never discussed" like declined: they cannot agree during the session', () => {
    const unknown = groundingPrompts({ touchAgreed: undefined });
    expect(ids(unknown.do)).not.toContain('touch');
    expect(unknown.avoid.find((l) => l.id === 'no-touch')?.text).toMatch(/wasn't agreed/);
  });

  it('covers what to say, what to do and what not to do', () => {
    const p = groundingPrompts({ touchAgreed: false, answersName: true });
    expect(p.say.length).toBeGreaterThan(2);
    expect(ids(p.do)).toEqual(
      expect.arrayContaining(['light', 'blanket', 'water', 'music', 'eye-mask']),
    );
    expect(ids(p.avoid)).toEqual(
      expect.arrayContaining(['asking', 'talk-through', 'sitting', 'difficult', 'death-word']),
    );
  });

  it('offers water only to someone who answers their name; otherwise says not to (choking)', () => {
    const awake = groundingPrompts({ touchAgreed: true, answersName: true });
    expect(ids(awake.do)).toContain('water');
    expect(ids(awake.avoid)).not.toContain('no-drink');
    for (const answersName of [false, undefined]) {
      const drowsy = groundingPrompts({ touchAgreed: true, answersName });
      expect(ids(drowsy.do), String(answersName)).not.toContain('water');
      expect(ids(drowsy.avoid), String(answersName)).toContain('no-drink');
    }
  });

  it('never uses the word "death" in what the sitter says', () => {
    const p = groundingPrompts({ touchAgreed: true });
    for (const line of p.say) expect(line.text.toLowerCase()).not.toContain('death');
  });

  it('keeps ids unique within each list', () => {
    const p = groundingPrompts({ touchAgreed: true });
    for (const list of [p.say, p.do, p.avoid]) expect(new Set(ids(list)).size).toBe(list.length);
  });
});

describe('boxBreathingPhase', () => {
  it('is four phases of four seconds', () => {
    expect(BOX_BREATHING.map((p) => p.label)).toEqual([
      'Breathe in',
      'Hold',
      'Breathe out',
      'Hold',
    ]);
    expect(BOX_BREATHING.every((p) => p.seconds === 4)).toBe(true);
  });

  it.each([
    [0, 'Breathe in', 4, 0],
    [999, 'Breathe in', 4, 0],
    [1000, 'Breathe in', 3, 0],
    [3999, 'Breathe in', 1, 0],
    [4000, 'Hold', 4, 1],
    [8000, 'Breathe out', 4, 2],
    [12_500, 'Hold', 4, 3],
    [15_999, 'Hold', 1, 3],
    [16_000, 'Breathe in', 4, 0],
    [16_000 * 10 + 9000, 'Breathe out', 3, 2],
  ])('at %i ms: %s, %i s left, phase %i', (ms, label, secondsLeft, index) => {
    expect(boxBreathingPhase(ms)).toEqual({ label, secondsLeft, index });
  });

  it('starts over for negative or invalid time', () => {
    expect(boxBreathingPhase(-500)).toEqual({ label: 'Breathe in', secondsLeft: 4, index: 0 });
    expect(boxBreathingPhase(Number.NaN)).toEqual({
      label: 'Breathe in',
      secondsLeft: 4,
      index: 0,
    });
  });
});

describe('Fireside Project', () => {
  it('has the number in both forms, for calls and texts', () => {
    expect(FIRESIDE.mnemonic).toBe('62-FIRESIDE');
    expect(FIRESIDE.phone).toBe('623-473-7433');
    expect(FIRESIDE.tel).toBe('tel:+16234737433');
    expect(FIRESIDE.sms).toBe('sms:+16234737433');
    expect(FIRESIDE.canText).toBe(true);
  });

  it('says it is not medical and that hours vary', () => {
    expect(FIRESIDE.note).toMatch(/not a medical service/);
    expect(FIRESIDE.note).toMatch(/emergency services/);
    expect(FIRESIDE.note).toMatch(/Hours vary/);
  });
});
