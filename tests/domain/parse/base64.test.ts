import { describe, expect, it } from 'vitest';
import { fromBase64, fromBase64Url, toBase64, toBase64Url } from '../../../src/domain/parse/base64';

const bytes = (...b: number[]) => new Uint8Array(b);

describe('base64', () => {
  it('round-trips every byte value, and matches the standard alphabet', () => {
    const all = Uint8Array.from({ length: 256 }, (_, i) => i);
    expect(fromBase64(toBase64(all))).toEqual(all);
    expect(toBase64(bytes(0xfb, 0xff))).toBe('+/8=');
    expect(toBase64(new TextEncoder().encode('Sitwell'))).toBe('U2l0d2VsbA==');
  });

  it('handles inputs larger than one chunk', () => {
    const big = Uint8Array.from({ length: 100_000 }, (_, i) => i % 251);
    expect(fromBase64(toBase64(big))).toEqual(big);
  });

  it('refuses text that is not base64', () => {
    expect(fromBase64('U2l0d2VsbA')).toBeUndefined(); // missing padding
    expect(fromBase64('U2l0 d2VsbA==')).toBeUndefined();
    expect(fromBase64('-_8=')).toBeUndefined();
  });
});

describe('base64url', () => {
  it('uses - and _ and no padding, and reads it back with or without padding', () => {
    expect(toBase64Url(bytes(0xfb, 0xff))).toBe('-_8');
    expect(fromBase64Url('-_8')).toEqual(bytes(0xfb, 0xff));
    expect(fromBase64Url('-_8=')).toEqual(bytes(0xfb, 0xff));
    expect(fromBase64Url('')).toEqual(bytes());
  });

  it('refuses text that is not base64url', () => {
    expect(fromBase64Url('+/8')).toBeUndefined();
    expect(fromBase64Url('abcde')).toBeUndefined(); // a length no encoding produces
    expect(fromBase64Url('ab cd')).toBeUndefined();
  });
});
