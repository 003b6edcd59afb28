import type { Sha256Hex } from '../domain/log/hash-chain';
import { sha256TextHex } from '../lib/sha256';

/** SHA-256 of UTF-8 text as lowercase hex, with WebCrypto (browsers and Node 20 alike). */
export const sha256Hex: Sha256Hex = async (text) => {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
};

/** A random UUID (v4). */
export function newId(): string {
  return crypto.randomUUID();
}

/**
 * The same SHA-256 as `sha256Hex`, computed synchronously in script (lib/sha256.ts): much faster
 * for thousands of short texts, as when exporting or verifying a whole record.
 */
export const quickSha256Hex: Sha256Hex = (text) => Promise.resolve(sha256TextHex(text));
