import { fromBase64Url, toBase64Url } from '../parse/base64';
import { showBidiControls } from '../parse/bidi';
import { groupDigits, type ImportProblem } from '../parse/untrusted-json';
import { PROTOCOL_FRAGMENT_KEY, protocolParameter } from './fragment-key';
import {
  MAX_PROTOCOL_FILE_BYTES,
  protocolFileObject,
  validateProtocolText,
  type ProtocolFileContent,
  type ProtocolImportResult,
} from './validation';

// A protocol carried in a link's fragment (`#protocol=…`). Browsers never send the fragment to a
// server, so the link works offline and the plan stays between the provider and the household.

export { isProtocolFragment, PROTOCOL_FRAGMENT_KEY } from './fragment-key';

// base64 turns 3 bytes into 4 characters; anything longer cannot hold a file we would accept.
const MAX_ENCODED_CHARS = Math.ceil(MAX_PROTOCOL_FILE_BYTES / 3) * 4;
const ASK_AGAIN = 'ask for the link again or import the file instead.';

/**
 * `#protocol=` followed by the protocol file as base64url-encoded UTF-8 JSON (compact, no padding).
 */
export function encodeProtocolFragment(file: ProtocolFileContent): string {
  const { values, issuedBy, issuedAt, clinic } = file;
  const json = JSON.stringify(protocolFileObject(values, issuedBy, issuedAt, clinic));
  return `#${PROTOCOL_FRAGMENT_KEY}=${toBase64Url(new TextEncoder().encode(json))}`;
}

/** Decode and validate a fragment such as `location.hash`; damaged links get a specific problem. */
export function decodeProtocolFragment(hash: string): ProtocolImportResult {
  const encoded = protocolParameter(hash);
  if (encoded === null) return fail('Link: has no protocol in it (expected "#protocol=…").');
  if (encoded.replace(/=+$/, '') === '') {
    return fail(
      'Link: empty, it has nothing after "#protocol=" (it may have been cut off when it was ' +
        `copied); ${ASK_AGAIN}`,
    );
  }
  const clean = encoded.replace(/=+$/, ''); // tolerate padding added by other encoders
  if (clean.length > MAX_ENCODED_CHARS) {
    const got = `${groupDigits(clean.length)} characters of protocol`;
    return fail(`Link: got ${got}, must be at most ${groupDigits(MAX_ENCODED_CHARS)}.`);
  }
  const bad = /[^A-Za-z0-9_-]/.exec(clean);
  if (bad || clean.length % 4 === 1) {
    const what = bad
      ? `the character "${showBidiControls(bad[0])}" at position ${bad.index + 1}`
      : 'a cut-off ending';
    return fail(`Link: damaged, its protocol has ${what}; ${ASK_AGAIN}`);
  }
  let text: string;
  try {
    const bytes = fromBase64Url(clean);
    if (!bytes) throw new Error('not base64url');
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return fail(`Link: damaged, its protocol is not valid UTF-8 text; ${ASK_AGAIN}`);
  }
  return validateProtocolText(text);
}

// The value of the `protocol` parameter ('' when it has none), or null when there is no such
// parameter. Malformed percent escapes are taken literally rather than thrown.
function fail(message: string): ProtocolImportResult {
  const problem: ImportProblem = { path: '', message };
  return { ok: false, problems: [problem] };
}
