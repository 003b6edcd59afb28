import { describe, expect, it } from 'vitest';
import { canonicalJson } from '../../../src/domain/log/canonical-json';
import type { Entry } from '../../../src/domain/log/entry';
import { fingerprintOf } from '../../../src/domain/report/fingerprint';
import { signedText } from '../../../src/domain/report/record-format';
import { verifyRecord } from '../../../src/domain/report/verify-record';
import { isWithheldBy } from '../../../src/domain/report/withhold';
import { sha256Hex } from '../../../src/platform/crypto';
import { verifySignature } from '../../../src/platform/signing';
import { DEPS, richInputs, signedRecord } from '../../fixtures/session-record';

// The JSON export: complete, versioned, signed, and private entries withheld unless chosen.

const PRIVATE = ['patient-intention', 'patient-mood', 'patient-words', 'patient-reflection'];

describe('buildSessionRecord', () => {
  it('writes the versioned document with the head and a signature over it', async () => {
    const { doc, entries } = await signedRecord();
    expect(doc.format).toBe('sitwell-session');
    expect(doc.version).toBe(1);
    expect(doc.app).toEqual({ name: 'Sitwell', version: '0.1.0' });
    expect(doc.exportedAt).toBe('2026-03-08T17:20:00-05:00');
    expect(doc.head).toMatchObject({
      sessionId: doc.session.id,
      count: entries.length,
      lastHash: entries.at(-1)!.hash,
      exportedAt: doc.exportedAt,
    });
    expect(doc.signature.alg).toBe('ES256');
    expect(doc.signature.value).toMatch(/^[A-Za-z0-9_-]{86}$/); // 64 raw bytes, r||s
    const ok = await verifySignature(
      doc.signature.publicKeyJwk,
      signedText(doc.head),
      doc.signature.value,
    );
    expect(ok).toBe(true);
    const signed = JSON.parse(signedText(doc.head));
    expect(signed).toEqual({ format: 'sitwell-session', version: 1, ...doc.head });
  });

  it('leaves each entry’s local action id out, and the record still opens and verifies', async () => {
    const inputs = richInputs().map((input, i) => ({ ...input, actionId: `action-${i}` }));
    const { doc, text, entries } = await signedRecord(undefined, inputs);
    expect(entries[0]!.actionId).toBe('action-0');
    expect(text).not.toContain('actionId');
    expect(doc.entries.some((e) => 'actionId' in e)).toBe(false);
    expect((await verifyRecord(text, DEPS)).ok).toBe(true);
  });

  it('leaves the home address and backup contact at home', async () => {
    const { doc } = await signedRecord();
    expect(Object.keys(doc.session.contacts).sort()).toEqual([
      'allergies',
      'emergencyNumber',
      'medications',
      'providerName',
      'providerPhone',
    ]);
    expect(JSON.stringify(doc)).not.toContain('Elm Street');
  });

  it('withholds the patient’s words and entries by default, keeping their place', async () => {
    const { doc, entries } = await signedRecord();
    const withheld = doc.entries.filter((e) => 'withheld' in e);
    expect(withheld.map((e) => e.kind).sort()).toEqual([...PRIVATE].sort());
    for (const w of withheld) {
      const original = entries[w.seq]!;
      expect(Object.keys(w).sort()).toEqual([
        'at',
        'dataHash',
        'hash',
        'id',
        'kind',
        'prevHash',
        'seq',
        'sessionId',
        'tzOffset',
        'v',
        'withheld',
      ]);
      expect(w).toMatchObject({ hash: original.hash, v: 2, withheld: true });
      expect((w as { dataHash: string }).dataHash).toBe(
        await sha256Hex(canonicalJson(original.data)),
      );
    }
    expect(JSON.stringify(doc)).not.toContain('cloud');
  });

  it('includes what the patient ticked', async () => {
    const words = await signedRecord({ includePatientWords: true, includePatientEntries: false });
    expect(words.doc.entries.filter((e) => 'withheld' in e).map((e) => e.kind)).not.toContain(
      'patient-words',
    );
    expect(words.text).toContain('a cloud');
    const all = await signedRecord({ includePatientWords: true, includePatientEntries: true });
    expect(all.doc.entries).toEqual(all.entries);
  });

  it('never withholds a v1 entry or an observation', () => {
    const opts = { includePatientWords: false, includePatientEntries: false };
    const base = { id: 'a', sessionId: 's', seq: 0, at: 0, tzOffset: 0, prevHash: '', hash: 'h' };
    const v1 = { ...base, kind: 'patient-words', data: { text: 'x' } } as Entry;
    expect(isWithheldBy(v1, opts)).toBe(false);
    expect(isWithheldBy({ ...v1, v: 2 }, opts)).toBe(true);
    expect(isWithheldBy({ ...base, v: 2, kind: 'note', data: { text: 'x' } } as Entry, opts)).toBe(
      false,
    );
  });

  it('round-trips through JSON text and verifies', async () => {
    const { doc, text } = await signedRecord();
    expect(JSON.parse(text)).toEqual(doc);
    const verdict = await verifyRecord(text, DEPS);
    expect(verdict.ok && verdict.document).toEqual(doc);
  });

  it('names the key by a fingerprint of its JWK', async () => {
    const { doc } = await signedRecord();
    const { publicKeyJwk: jwk } = doc.signature;
    const hex = await sha256Hex(canonicalJson({ crv: jwk.crv, kty: jwk.kty, x: jwk.x, y: jwk.y }));
    const expected = hex
      .slice(0, 16)
      .toUpperCase()
      .replace(/(.{4})(?!$)/g, '$1-');
    expect(doc.signature.fingerprint).toBe(expected);
    expect(await fingerprintOf(jwk, sha256Hex)).toBe(expected);
  });
});
