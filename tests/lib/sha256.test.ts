import { describe, expect, it } from 'vitest';
import { sha256BytesHex, sha256TextHex } from '../../src/lib/sha256';
import { sha256Hex } from '../../src/platform/crypto';
import { quickSha256Hex } from '../../src/platform/quick-sha256';

// The script SHA-256 must agree with WebCrypto's byte for byte: the log's hashes depend on it.

async function webCrypto(bytes: Uint8Array): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', bytes as Uint8Array<ArrayBuffer>);
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
}

describe('sha256', () => {
  it('matches the FIPS 180-4 test vectors', () => {
    expect(sha256TextHex('')).toBe(
      'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855',
    );
    expect(sha256TextHex('abc')).toBe(
      'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad',
    );
    expect(sha256TextHex('abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq')).toBe(
      '248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1',
    );
  });

  it('agrees with WebCrypto at every length around the block boundaries', async () => {
    let seed = 11;
    const byte = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) & 0xff;
    for (let n = 0; n <= 300; n++) {
      const bytes = Uint8Array.from({ length: n }, byte);
      expect(sha256BytesHex(bytes), `length ${n}`).toBe(await webCrypto(bytes));
    }
    const big = Uint8Array.from({ length: 1_000_003 }, byte);
    expect(sha256BytesHex(big)).toBe(await webCrypto(big));
  });

  it('hashes text as UTF-8 exactly as sha256Hex does, odd characters included', async () => {
    for (const text of ['Zoë', '体', '😀', 'a\ud800b', '\udc00', '\u0000', 'x'.repeat(1000)])
      expect(await quickSha256Hex(text)).toBe(await sha256Hex(text));
  });
});
