import { describe, expect, it } from 'vitest';
import { decodePathPart, parseSessionPath, sessionPath } from '../../src/platform/router';

// Paths come from the address bar too, where anything can be typed.

describe('reading a typed path', () => {
  it('keeps a malformed escape as written instead of throwing (found by fuzzing)', () => {
    expect(() => decodeURIComponent('%E0')).toThrow(URIError);
    expect(decodePathPart('%E0')).toBe('%E0');
    expect(parseSessionPath('/sessions/%E0/share')).toEqual({ id: '%E0', view: 'share' });
  });

  it('decodes a well-formed id exactly', () => {
    expect(parseSessionPath(sessionPath('a/b ü'))).toEqual({ id: 'a/b ü', view: 'summary' });
  });
});
