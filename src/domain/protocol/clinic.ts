import * as v from 'valibot';

// The clinic a protocol names for live oversight: where its relay is (this app's own origin, so
// the content security policy stays 'self'), which clinic, and the public key every live event
// is encrypted to. The fingerprint is printed beside the link so the sitter can compare it with
// what the clinic says; the app checks that it belongs to the key before anything is sent.

/** The clinic named by a protocol: the sitter's app shares a session with it only on consent. */
export interface ClinicLink {
  /** The relay's origin, e.g. "https://sitwell.example-clinic.org". */
  relay: string;
  /** The clinic's id on that relay (a UUID). */
  id: string;
  /** The clinic's name as the sitter will see it on the consent card. */
  name: string;
  /** The clinic's HPKE public key: an uncompressed P-256 point, base64url (87 characters). */
  publicKey: string;
  /** "AB12-CD34-…": the key's fingerprint in eight groups of four (see relay/clinic-key.ts). */
  fingerprint: string;
}

/** Longest clinic name accepted (the relay's own label limit). */
export const CLINIC_NAME_CHARS = 80;

// An origin only: a scheme, a host and an optional port, nothing after. http only for this
// machine (a relay under test); everywhere else https.
const ORIGIN =
  /^(?:https:\/\/[a-z0-9.-]+(?::\d{1,5})?|http:\/\/(?:localhost|127\.0\.0\.1)(?::\d{1,5})?)$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const KEY = /^[A-Za-z0-9_-]{87}$/;
const FINGERPRINT = /^[0-9A-F]{4}(?:-[0-9A-F]{4}){7}$/;

const said = (field: string, rule: string) => (issue: v.BaseIssue<unknown>) => {
  const got = typeof issue.input === 'string' ? JSON.stringify(issue.input.slice(0, 60)) : 'none';
  return `Clinic, ${field}: got ${got}, must be ${rule}.`;
};

const textMatching = (re: RegExp, field: string, rule: string) =>
  v.pipe(
    v.string(said(field, rule)),
    v.check((s) => re.test(s), said(field, rule)),
  );

/** The `clinic` object of a protocol file; every message names the field and what it must be. */
export const clinicSchema = v.pipe(
  v.custom<Record<string, unknown>>(
    (x) => typeof x === 'object' && x !== null && !Array.isArray(x),
    'Clinic: must be an object like {"relay": "https://…", "id": "…", "name": "…", …}.',
  ),
  v.object({
    relay: textMatching(ORIGIN, 'relay', 'an https:// origin with nothing after the host'),
    id: textMatching(UUID, 'id', 'the clinic id the clinic console gave (a UUID)'),
    name: v.pipe(
      v.string(said('name', 'text')),
      v.check(
        (s) => s.trim().length > 0 && s.length <= CLINIC_NAME_CHARS,
        said('name', `1 to ${CLINIC_NAME_CHARS} characters`),
      ),
    ),
    publicKey: textMatching(KEY, 'public key', 'a P-256 public key in base64url (87 characters)'),
    fingerprint: textMatching(FINGERPRINT, 'fingerprint', 'eight groups of four like AB12-…'),
  }),
);
