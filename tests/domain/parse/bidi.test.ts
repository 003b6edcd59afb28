import { describe, expect, it } from 'vitest';
import {
  hasBidiControls,
  showBidiControls,
  stripBidiControls,
  stripBidiControlsDeep,
  visibleProblems,
} from '../../../src/domain/parse/bidi';

// Names must not be able to reorder the text around them: the bidirectional controls are
// stripped from names, and shown as codes where a refusal quotes what a file holds.

const ALL = '\u202A\u202B\u202C\u202D\u202E\u2066\u2067\u2068\u2069\u200E\u200F\u061C';

describe('bidirectional controls', () => {
  it('strips every embedding, override, isolate and mark', () => {
    expect(stripBidiControls(`Sam${ALL}`)).toBe('Sam');
    // "Sam" + override + "gm 003" shows as "Sam300 mg" on screen; stripped it reads as written.
    expect(stripBidiControls('Sam\u202Egm 003')).toBe('Samgm 003');
    for (const c of ALL) expect(hasBidiControls(`a${c}b`)).toBe(true);
  });

  it('keeps right-to-left letters, accents, emoji and other invisible characters', () => {
    const text = 'שרה · سارة · Zoë 🌿 a\u200Bb\u00A0c';
    expect(stripBidiControls(text)).toBe(text);
    expect(hasBidiControls(text)).toBe(false);
  });

  it('shows each control as its code point', () => {
    expect(showBidiControls('a\u202Eb\u061Cc')).toBe('a<U+202E>b<U+061C>c');
    expect(visibleProblems([{ path: 'x["\u2066"]', message: 'Got "\u200F".' }])).toEqual([
      { path: 'x["<U+2066>"]', message: 'Got "<U+200F>".' },
    ]);
  });

  it('strips every string of parsed data, leaving keys, numbers and the original alone', () => {
    const data = {
      people: { sitterName: 'Al\u202Eex', ages: [1, 2] },
      notes: ['\u2067x'],
      ok: true,
      none: null,
    };
    const copy = structuredClone(data);
    expect(stripBidiControlsDeep(data)).toEqual({
      people: { sitterName: 'Alex', ages: [1, 2] },
      notes: ['x'],
      ok: true,
      none: null,
    });
    expect(data).toEqual(copy);
  });

  it('keeps a "__proto__" key as plain data, without touching any prototype', () => {
    const data = JSON.parse('{"__proto__": {"polluted": "\u202Eyes"}}') as object;
    const out = stripBidiControlsDeep(data) as Record<string, unknown>;
    expect(Object.getPrototypeOf(out)).toBe(Object.prototype);
    expect(Object.getOwnPropertyDescriptor(out, '__proto__')?.value).toEqual({ polluted: 'yes' });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
