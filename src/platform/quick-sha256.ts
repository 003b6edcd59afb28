import type { Sha256Hex } from '../domain/log/hash-chain';
import { sha256TextHex } from '../lib/sha256';

// Its own module, apart from crypto.ts: only exports and verification use it, so the script
// SHA-256 loads with them and stays out of the first screen's bundle.

/**
 * The same SHA-256 as `sha256Hex`, computed synchronously in script (lib/sha256.ts): much faster
 * for thousands of short texts, as when exporting or verifying a whole record.
 */
export const quickSha256Hex: Sha256Hex = (text) => Promise.resolve(sha256TextHex(text));
