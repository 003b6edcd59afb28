import type { Sha256Hex } from '../log/hash-chain';
import { fingerprintOf } from './fingerprint';
import {
  sessionHashOf,
  signedText,
  type PublicKeyJwk,
  type SessionRecordFile,
} from './record-format';

// The checks of a record against its signed head: the session it names, the session details it
// hashes, and the signature itself (made by the key in the record, and the expected key if known).

/** A head or signature problem, in words. */
export interface SignatureProblem {
  kind: 'head' | 'signature';
  message: string;
}

/** What checking a signature needs: the record's key, the text, the base64url signature. */
export type SignatureCheck = (jwk: PublicKeyJwk, text: string, sig: string) => Promise<boolean>;

/** Whether the head names this record's session and its export time. */
export function sessionProblem(doc: SessionRecordFile): SignatureProblem | undefined {
  if (doc.head.sessionId !== doc.session.id) {
    const message = 'The signed head names another session than the record holds.';
    return { kind: 'head', message };
  }
  if (doc.head.exportedAt !== doc.exportedAt)
    return { kind: 'head', message: 'The export time differs from the time that was signed.' };
  return undefined;
}

/** Whether the session details are the ones whose hash was signed. */
export async function sessionHashProblem(
  doc: SessionRecordFile,
  sha256: Sha256Hex,
): Promise<SignatureProblem | undefined> {
  if ((await sessionHashOf(doc.session, sha256)) === doc.head.sessionHash) return undefined;
  const message =
    'The session details (people, protocol or contacts) were changed after the record was signed.';
  return { kind: 'head', message };
}

/** Whether the fingerprint, the signature and (when given) the expected key all check out. */
export async function signatureProblem(
  doc: SessionRecordFile,
  deps: { sha256: Sha256Hex; verifySignature: SignatureCheck },
  expected: string | undefined,
): Promise<SignatureProblem | undefined> {
  const { publicKeyJwk, fingerprint, value } = doc.signature;
  const actual = await fingerprintOf(publicKeyJwk, deps.sha256);
  const fail = (message: string): SignatureProblem => ({ kind: 'signature', message });
  if (actual !== fingerprint)
    return fail(`The fingerprint ${fingerprint} does not belong to the record's key (${actual}).`);
  if (!(await deps.verifySignature(publicKeyJwk, signedText(doc.head), value))) {
    return fail(
      'The signature does not match: the record was changed after it was signed, ' +
        'or signed by another key.',
    );
  }
  if (expected !== undefined && expected.toUpperCase() !== actual)
    return fail(`The record is signed by key ${actual}, not by the expected key ${expected}.`);
  return undefined;
}
