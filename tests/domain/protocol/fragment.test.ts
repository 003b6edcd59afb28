import { describe, expect, it } from 'vitest';
import {
  decodeProtocolFragment,
  encodeProtocolFragment,
  isProtocolFragment,
} from '../../../src/domain/protocol/fragment';
import { DEFAULT_PROTOCOL } from '../../../src/domain/protocol/protocol';

// base64url of arbitrary bytes, written independently of the module under test.
const b64url = (bytes: Uint8Array) =>
  btoa(String.fromCharCode(...bytes))
    .replace(/\+/g, '-')
    .replace(/\//g, '_')
    .replace(/=+$/, '');
const fromB64url = (s: string) =>
  new TextDecoder().decode(
    Uint8Array.from(atob(s.replace(/-/g, '+').replace(/_/g, '/')), (c) => c.charCodeAt(0)),
  );
const b64urlText = (text: string) => b64url(new TextEncoder().encode(text));

describe('protocol links', () => {
  it('round-trips a full protocol with its issuer', () => {
    const file = {
      values: DEFAULT_PROTOCOL,
      issuedBy: 'Dr. Rivera',
      issuedAt: '2025-03-01T09:30:00Z',
    };
    expect(decodeProtocolFragment(encodeProtocolFragment(file))).toEqual({ ok: true, ...file });
  });

  it('round-trips non-ASCII instructions (accents, CJK, emoji) exactly', () => {
    const instructions = 'Bitte ruhig atmen — «respire» 深呼吸 🌿\nLine two';
    const file = { values: { instructions, providerName: 'Dr. Şahin-Ødegård' } };
    const hash = encodeProtocolFragment(file);
    expect(hash).toMatch(/^#protocol=[A-Za-z0-9_-]+$/);
    expect(decodeProtocolFragment(hash)).toEqual({ ok: true, ...file });
  });

  it('encodes UTF-8 JSON as base64url without padding', () => {
    const hash = encodeProtocolFragment({ values: { intervalMin: 10 } });
    const json = fromB64url(hash.slice('#protocol='.length));
    expect(JSON.parse(json)).toEqual({
      format: 'sitwell-protocol',
      version: 1,
      protocol: { intervalMin: 10 },
    });
  });

  it('accepts the fragment with or without "#", among other parameters, and with padding', () => {
    const encoded = b64urlText(
      '{"format":"sitwell-protocol","version":1,"protocol":{"spo2Min":92}}',
    );
    const expected = { ok: true, values: { spo2Min: 92 } };
    expect(decodeProtocolFragment(`protocol=${encoded}`)).toEqual(expected);
    expect(decodeProtocolFragment(`#from=clinic&protocol=${encoded}`)).toEqual(expected);
    const padded = encoded + '='.repeat((4 - (encoded.length % 4)) % 4);
    expect(padded).not.toBe(encoded);
    expect(decodeProtocolFragment(`#protocol=${padded}`)).toEqual(expected);
  });

  it('passes the validator’s problems through, and applies nothing', () => {
    const hash = `#protocol=${b64urlText('{"format":"sitwell-protocol","version":1,"protocol":{"intervalMin":20}}')}`;
    expect(decodeProtocolFragment(hash)).toEqual({
      ok: false,
      problems: [
        {
          path: 'protocol.intervalMin',
          message:
            'Check-in interval: 20 minutes is longer than the 15 minutes programs require ' +
            '[seed interview, MB-help]; choose 15 or less.',
        },
      ],
    });
  });
});

describe('damaged links', () => {
  const problem = (hash: string) => {
    const result = decodeProtocolFragment(hash);
    if (result.ok) throw new Error('expected a problem');
    expect(result.problems).toHaveLength(1);
    return result.problems[0]!.message;
  };

  it('says when there is no protocol in the link', () => {
    expect(problem('')).toBe('Link: has no protocol in it (expected "#protocol=…").');
    expect(problem('#settings')).toBe('Link: has no protocol in it (expected "#protocol=…").');
  });

  it('says a bare "#protocol" or an empty "#protocol=" link is empty, not that it has none', () => {
    const empty =
      'Link: empty, it has nothing after "#protocol=" (it may have been cut off when it was ' +
      'copied); ask for the link again or import the file instead.';
    for (const hash of ['#protocol', '#protocol=', '#protocol==', '#from=clinic&protocol'])
      expect(problem(hash)).toBe(empty);
  });

  it('treats any fragment with a protocol parameter as a protocol link, even an empty one', () => {
    for (const hash of ['#protocol', '#protocol=', '#protocol=abc', '#a=1&protocol=x'])
      expect(isProtocolFragment(hash)).toBe(true);
    for (const hash of ['', '#', '#settings', '#protocols=x', '#my-protocol'])
      expect(isProtocolFragment(hash)).toBe(false);
  });

  it('shows a bidirectional control in a damaged link as a code, not as itself', () => {
    expect(problem('#protocol=ab\u202Ecd')).toBe(
      'Link: damaged, its protocol has the character "<U+202E>" at position 3; ask for the link ' +
        'again or import the file instead.',
    );
  });

  it('names a character that base64url cannot contain', () => {
    expect(problem('#protocol=abc*def')).toBe(
      'Link: damaged, its protocol has the character "*" at position 4; ask for the link again or import the file instead.',
    );
  });

  it('names a cut-off ending', () => {
    expect(problem('#protocol=abcde')).toBe(
      'Link: damaged, its protocol has a cut-off ending; ask for the link again or import the file instead.',
    );
  });

  it('refuses bytes that are not UTF-8', () => {
    expect(problem(`#protocol=${b64url(new Uint8Array([0x7b, 0xff, 0xfe, 0x7d]))}`)).toBe(
      'Link: damaged, its protocol is not valid UTF-8 text; ask for the link again or import the file instead.',
    );
  });

  it('refuses a link too long to hold an acceptable file, before decoding it', () => {
    expect(problem(`#protocol=${'A'.repeat(100_000)}`)).toBe(
      'Link: got 100,000 characters of protocol, must be at most 87,384.',
    );
  });

  it('reports JSON problems inside a well-formed link', () => {
    expect(problem(`#protocol=${b64urlText('not json')}`)).toMatch(/^File: not valid JSON/);
  });
});
