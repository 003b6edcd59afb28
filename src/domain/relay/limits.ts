import { MISSED_MS } from '../check-in/schedule';

// The relay's numbers in one place. The missed threshold is the app's own (check-in/schedule.ts),
// so the server's deadline falls when the app records a miss; the rest are Sitwell's conservative
// defaults [SITWELL-DEFAULT], each replaced by the protocol's value when it names one.

/** Sizes and ranges the relay enforces on every body. */
export const LIMITS = {
  /** Largest request body, bytes. */
  bodyBytes: 64 * 1024,
  /** Longest ciphertext, base64url characters (16 KB). */
  ciphertextChars: 16 * 1024,
  labelChars: 80,
  endpointChars: 1024,
  maxSeq: 2 ** 31 - 1,
  minEpochMs: Date.UTC(2020, 0, 1),
  maxEpochMs: Date.UTC(2100, 0, 1),
} as const;

/** The ladder's default minutes [SITWELL-DEFAULT unless noted]. */
export const LADDER_DEFAULTS = {
  /** Overdue this long, a due check-in is missed: the server's deadline [the app's MISSED_MS]. */
  missedAfterMin: MISSED_MS / 60_000,
  /** After the deadline, the clinic's devices are alerted unless someone checked in. */
  clinicAfterMin: 1,
  /** After the deadline, the backup contact is alerted if nobody acknowledged [SITWELL-DEFAULT]. */
  backupAfterMin: 10,
} as const;

/** Every unacknowledged alert is sent again this often [SITWELL-DEFAULT]. */
export const REALERT_MS = 60_000;

/** A backup alarm later than this is worse than none: the push TTL, seconds (≤ 300). */
export const PUSH_TTL_S = 240;
