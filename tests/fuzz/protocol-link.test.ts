import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  decodeProtocolFragment,
  encodeProtocolFragment,
  isProtocolFragment,
} from '../../src/domain/protocol/fragment';
import { DEFAULT_PROTOCOL } from '../../src/domain/protocol/protocol';
import { validateProtocolText } from '../../src/domain/protocol/validation';
import { holdsBidi, VAGUE } from './mutate';

// The protocol link (`#protocol=…`) against generated fragments: it never throws, a damaged link
// says so as a link, and whatever it carries gets exactly the protocol file's verdict.

const VALID_LINK = encodeProtocolFragment({
  values: { ...DEFAULT_PROTOCOL, providerName: 'Dr Rivera', instructions: 'Call at 8 pm' },
  issuedBy: 'Elm Clinic',
  issuedAt: '2025-03-01',
});
const bytesB64url = (bytes: Uint8Array) =>
  btoa(String.fromCharCode(...bytes))
    .replace(/\+/g, '-')
    .replace(/\//g, '_')
    .replace(/=+$/, '');
const textB64url = (text: string) => bytesB64url(new TextEncoder().encode(text));

/** A refusal says the link is at fault ("Link: …") or names the file's field. */
function checkRefusal(result: ReturnType<typeof decodeProtocolFragment>): void {
  if (result.ok) return;
  expect(result).not.toHaveProperty('values');
  expect(result.problems.length).toBeGreaterThan(0);
  for (const p of result.problems) {
    expect(p.message).not.toMatch(VAGUE);
    expect(holdsBidi(p.message + p.path)).toBe(false);
  }
  const first = result.problems[0]!;
  expect(first.path !== '' || /^(Link|File)\b/.test(first.message), first.message).toBe(true);
}

describe('protocol link, fuzzed', { timeout: 30_000 }, () => {
  it('never throws on an arbitrary fragment', () => {
    const fragment = fc.oneof(
      fc.string({ unit: 'binary', maxLength: 200 }),
      fc.string({ unit: 'binary', maxLength: 200 }).map((s) => `#protocol=${s}`),
      fc.string({ maxLength: 200 }).map((s) => `#protocol=${encodeURIComponent(s)}`),
    );
    fc.assert(
      fc.property(fragment, (hash) => checkRefusal(decodeProtocolFragment(hash))),
      { numRuns: 1000 },
    );
  });

  it('gives a link exactly the verdict its text gets as a file', () => {
    const text = fc.oneof(
      fc.string({ unit: 'binary', maxLength: 120 }),
      fc.jsonValue({ maxDepth: 3 }).map((v) => JSON.stringify(v)),
      fc
        .record({ intervalMin: fc.integer({ min: 0, max: 40 }), spo2Min: fc.integer() })
        .map((p) => JSON.stringify({ format: 'sitwell-protocol', version: 1, protocol: p })),
    );
    fc.assert(
      fc.property(text, (t) => {
        const fromLink = decodeProtocolFragment(`#protocol=${textB64url(t)}`);
        checkRefusal(fromLink);
        // An empty text is an empty link, which has its own message.
        if (t !== '') expect(fromLink).toEqual(validateProtocolText(t));
      }),
      { numRuns: 800 },
    );
  });

  it('refuses a damaged copy of a valid link as a whole, or reads it completely', () => {
    const encoded = VALID_LINK.slice('#protocol='.length);
    const damage = fc.oneof(
      // One character changed, removed or inserted.
      fc.record({
        at: fc.nat({ max: encoded.length - 1 }),
        cut: fc.constantFrom(0, 1),
        put: fc.string({ unit: 'binary', maxLength: 2 }),
      }),
      // Cut off when copied.
      fc.nat({ max: encoded.length }).map((n) => ({ at: n, cut: encoded.length, put: '' })),
    );
    fc.assert(
      fc.property(damage, ({ at, cut, put }) => {
        const damaged = encoded.slice(0, at) + put + encoded.slice(at + cut);
        const result = decodeProtocolFragment(`#protocol=${damaged}`);
        checkRefusal(result);
        if (result.ok) {
          // A change that still decodes must still be a complete valid file: the same text.
          const text = Buffer.from(damaged.replace(/=+$/, ''), 'base64url').toString('utf8');
          expect(result).toEqual(validateProtocolText(text));
        }
      }),
      { numRuns: 800 },
    );
  });

  it('says a bare or empty protocol link is empty, wherever it sits in the fragment', () => {
    const empty = fc.tuple(
      fc.constantFrom('#protocol', '#protocol=', '#protocol==', 'protocol', '#a=1&protocol'),
      fc.constantFrom('', '&from=clinic'),
    );
    fc.assert(
      fc.property(empty, ([hash, tail]) => {
        expect(isProtocolFragment(hash + tail)).toBe(true);
        const result = decodeProtocolFragment(hash + tail);
        expect(result.ok).toBe(false);
        expect(!result.ok && result.problems[0]!.message).toMatch(/^Link: empty\b/);
      }),
    );
  });
});
