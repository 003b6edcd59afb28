import type { Sha256Hex } from '../domain/log/hash-chain';

/** SHA-256 of UTF-8 text as lowercase hex, with WebCrypto (browsers and Node 20 alike). */
export const sha256Hex: Sha256Hex = async (text) => {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
};

/** A random UUID (v4). */
export function newId(): string {
  return crypto.randomUUID();
}
