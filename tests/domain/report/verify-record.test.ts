import { describe, expect, it } from 'vitest';
import type { Entry, ExportedEntry } from '../../../src/domain/log/entry';
import { hashEntry } from '../../../src/domain/log/hash-chain';
import {
  serializeRecord,
  signedText,
  type SessionRecordFile,
} from '../../../src/domain/report/record-format';
import { verdictText } from '../../../src/domain/report/verdict-text';
import { verifyRecord, type RecordVerdict } from '../../../src/domain/report/verify-record';
import { sha256Hex } from '../../../src/platform/crypto';
import { DEPS, freshSigner, signedRecord } from '../../fixtures/session-record';

// Every way of tampering with an exported record is caught, with the sentence the provider sees.

const copy = (doc: SessionRecordFile): SessionRecordFile => JSON.parse(JSON.stringify(doc));

async function verifyDoc(
  doc: SessionRecordFile,
  expectedFingerprint?: string,
): Promise<RecordVerdict> {
  return verifyRecord(serializeRecord(doc), DEPS, { expectedFingerprint });
}

function problemOf(verdict: RecordVerdict) {
  if (verdict.ok) throw new Error('expected the record to be refused');
  return verdict.problem;
}

/** Recompute hashes (and links) from `from` onwards, as a careful forger would. */
async function rechain(entries: ExportedEntry[], from: number): Promise<void> {
  for (let i = from; i < entries.length; i++) {
    const prevHash = entries[i - 1]?.hash ?? '';
    const { hash: _h, ...rest } = { ...entries[i]!, seq: i, prevHash };
    entries[i] = { ...rest, hash: await hashEntry(rest as Entry, sha256Hex) } as ExportedEntry;
  }
}

describe('verifyRecord on an intact record', () => {
  it('opens it and names the signing key', async () => {
    const { doc, text, signer } = await signedRecord();
    const verdict = await verifyRecord(text, DEPS);
    expect(verdict.ok).toBe(true);
    if (!verdict.ok) return;
    expect(verdict.fingerprint).toBe(signer.fingerprint);
    expect(verdict.fingerprint).toMatch(/^[0-9A-F]{4}(-[0-9A-F]{4}){3}$/);
    expect(verdict.document).toEqual(doc);
    expect(verdict.text).toBe(text);
    expect(verdict.withheld).toEqual({
      'patient-intention': 1,
      'patient-mood': 1,
      'patient-words': 1,
      'patient-reflection': 1,
    });
  });

  it('opens a record without entries', async () => {
    const { text } = await signedRecord(undefined, []);
    const verdict = await verifyRecord(text, DEPS);
    expect(verdict.ok && verdict.document.head).toMatchObject({ count: 0, lastHash: '' });
  });

  it('accepts the expected fingerprint, in any case', async () => {
    const { text, signer } = await signedRecord();
    const verdict = await verifyRecord(text, DEPS, {
      expectedFingerprint: signer.fingerprint.toLowerCase(),
    });
    expect(verdict.ok).toBe(true);
  });
});

describe('verifyRecord on a tampered record', () => {
  it('detects an edited entry', async () => {
    const { doc } = await signedRecord();
    const bad = copy(doc);
    (bad.entries[13] as Entry<'note'>).data.text = 'All calm';
    expect(problemOf(await verifyDoc(bad))).toEqual({
      kind: 'chain',
      message: 'Entry 13 has been changed: its hash does not match.',
      entrySeq: 13,
    });
  });

  it('detects an edited entry whose hash was recomputed, at the next entry', async () => {
    const { doc } = await signedRecord();
    const bad = copy(doc);
    (bad.entries[13] as Entry<'note'>).data.text = 'All calm';
    const { hash: _h, ...rest } = bad.entries[13]!;
    bad.entries[13]!.hash = await hashEntry(rest as Entry, sha256Hex);
    expect(problemOf(await verifyDoc(bad))).toMatchObject({
      kind: 'chain',
      message:
        'Entry 14 does not follow on from entry 13: ' +
        'an entry before it was removed, inserted or changed.',
      entrySeq: 14,
    });
  });

  it('detects an entry deleted from the middle', async () => {
    const { doc } = await signedRecord();
    const bad = copy(doc);
    bad.entries.splice(5, 1);
    expect(problemOf(await verifyDoc(bad))).toEqual({
      kind: 'chain',
      message: 'Entry 5 is missing: entry 4 is followed by entry 6.',
      entrySeq: 5,
    });
  });

  it('names a run of missing entries', async () => {
    const { doc } = await signedRecord();
    const bad = copy(doc);
    bad.entries.splice(5, 3);
    expect(problemOf(await verifyDoc(bad)).message).toBe(
      'Entries 5 to 7 are missing: entry 4 is followed by entry 8.',
    );
  });

  it('detects the first entry deleted', async () => {
    const { doc } = await signedRecord();
    const bad = copy(doc);
    bad.entries.shift();
    expect(problemOf(await verifyDoc(bad)).message).toBe(
      'Entries are missing at the start: the record begins at entry 1.',
    );
  });

  it('detects the last entries deleted', async () => {
    const { doc } = await signedRecord();
    const bad = copy(doc);
    bad.entries.splice(-2, 2);
    expect(problemOf(await verifyDoc(bad))).toEqual({
      kind: 'head',
      message: 'Entries are missing after entry 16: the record says 19 entries.',
      entrySeq: 17,
    });
  });

  it('detects the last entries deleted when the head was edited to match', async () => {
    const { doc } = await signedRecord();
    const bad = copy(doc);
    bad.entries.splice(-2, 2);
    bad.head.count = 17;
    bad.head.lastHash = bad.entries.at(-1)!.hash;
    expect(problemOf(await verifyDoc(bad))).toEqual({
      kind: 'signature',
      message:
        'The signature does not match: the record was changed after it was signed, ' +
        'or signed by another key.',
    });
  });

  it('detects reordered entries', async () => {
    const { doc } = await signedRecord();
    const bad = copy(doc);
    [bad.entries[5], bad.entries[7]] = [bad.entries[7]!, bad.entries[5]!];
    expect(problemOf(await verifyDoc(bad))).toEqual({
      kind: 'chain',
      message: 'Entries are out of order: entry 6 comes after entry 7.',
      entrySeq: 6,
    });
  });

  it('detects reordered entries whose seq numbers were swapped back and rehashed', async () => {
    const { doc } = await signedRecord();
    const bad = copy(doc);
    [bad.entries[5], bad.entries[6]] = [bad.entries[6]!, bad.entries[5]!];
    await rechain(bad.entries, 5);
    // The whole tail was re-hashed, so the chain holds; the signed last hash no longer does.
    expect(problemOf(await verifyDoc(bad)).kind).toBe('head');
  });

  it('detects a duplicated entry', async () => {
    const { doc } = await signedRecord();
    const bad = copy(doc);
    bad.entries.splice(4, 0, copy(doc).entries[3]!);
    expect(problemOf(await verifyDoc(bad))).toEqual({
      kind: 'chain',
      message: 'Entry 3 appears twice.',
      entrySeq: 3,
    });
  });

  it('detects an inserted entry', async () => {
    const { doc } = await signedRecord();
    const bad = copy(doc);
    const forged = {
      ...bad.entries[13]!,
      id: 'forged',
      data: { text: 'All fine' },
    } as ExportedEntry;
    bad.entries.splice(13, 0, forged);
    expect(problemOf(await verifyDoc(bad)).message).toBe('Entry 13 appears twice.');
  });

  it('detects an inserted entry when everything after it was renumbered and rehashed', async () => {
    const { doc } = await signedRecord();
    const bad = copy(doc);
    bad.entries.splice(13, 0, { ...bad.entries[13]!, id: 'forged' } as ExportedEntry);
    await rechain(bad.entries, 13);
    expect(problemOf(await verifyDoc(bad))).toMatchObject({
      kind: 'head',
      message: 'The record holds 20 entries but says 19: entries were added after entry 18.',
    });
  });

  it('detects an entry moved in from another session', async () => {
    const { doc } = await signedRecord();
    const bad = copy(doc);
    bad.entries[2]!.sessionId = 'another';
    expect(problemOf(await verifyDoc(bad)).message).toBe(
      'Entry 2 belongs to another session than this record.',
    );
  });

  it('detects edited session details (people, protocol, contacts)', async () => {
    const { doc } = await signedRecord();
    const bad = copy(doc);
    bad.session.contacts.medications = 'none';
    expect(problemOf(await verifyDoc(bad))).toEqual({
      kind: 'head',
      message:
        'The session details (people, protocol or contacts) ' +
        'were changed after the record was signed.',
    });
  });

  it('detects a changed signature', async () => {
    const { doc } = await signedRecord();
    const bad = copy(doc);
    const v = bad.signature.value;
    bad.signature.value = (v[0] === 'A' ? 'B' : 'A') + v.slice(1);
    expect(problemOf(await verifyDoc(bad)).kind).toBe('signature');
    bad.signature.value = 'AAAA';
    expect(problemOf(await verifyDoc(bad)).message).toMatch(/^The signature does not match/);
  });

  it('detects a changed key (with its own fingerprint)', async () => {
    const { doc } = await signedRecord();
    const other = await freshSigner();
    const bad = copy(doc);
    bad.signature.publicKeyJwk = other.publicKeyJwk;
    bad.signature.fingerprint = other.fingerprint;
    expect(problemOf(await verifyDoc(bad)).message).toMatch(/^The signature does not match/);
  });

  it('detects a changed key whose fingerprint was left as it was', async () => {
    const { doc, signer } = await signedRecord();
    const other = await freshSigner();
    const bad = copy(doc);
    bad.signature.publicKeyJwk = other.publicKeyJwk;
    expect(problemOf(await verifyDoc(bad)).message).toBe(
      `The fingerprint ${signer.fingerprint} does not belong to ` +
        `the record's key (${other.fingerprint}).`,
    );
  });

  it('rejects a signature made with another key than the one in the record', async () => {
    const { doc } = await signedRecord();
    const other = await freshSigner();
    const bad = copy(doc);
    bad.signature.value = await other.sign(signedText(bad.head));
    expect(problemOf(await verifyDoc(bad)).kind).toBe('signature');
  });

  it('rejects a record re-signed by another device when the expected key is known', async () => {
    const { signer } = await signedRecord();
    const forger = await freshSigner();
    const { doc } = await signedRecord(undefined, undefined, forger);
    expect(problemOf(await verifyDoc(doc, signer.fingerprint)).message).toBe(
      `The record is signed by key ${forger.fingerprint}, ` +
        `not by the expected key ${signer.fingerprint}.`,
    );
  });

  it('refuses a withheld entry of a kind that may not be withheld', async () => {
    const { doc } = await signedRecord();
    const bad = copy(doc);
    const { data, ...rest } = bad.entries[13] as Entry;
    bad.entries[13] = {
      ...rest,
      v: 2,
      dataHash: await sha256Hex(JSON.stringify(data)),
      withheld: true,
    };
    expect(problemOf(await verifyDoc(bad))).toEqual({
      kind: 'chain',
      message: 'Entry 13 is marked as withheld, but a "note" entry can never be withheld.',
      entrySeq: 13,
    });
  });
});

describe('verdictText', () => {
  it('says the record is intact, by which key, and what the patient kept private', async () => {
    const { text, signer } = await signedRecord();
    expect(verdictText(await verifyRecord(text, DEPS))).toBe(
      `Intact and signed by key ${signer.fingerprint}. The patient kept private: ` +
        '1 intention, 1 mood score, 1 note of what they said, 1 reflection.',
    );
    const all = await signedRecord({ includePatientWords: true, includePatientEntries: true });
    expect(verdictText(await verifyRecord(all.text, DEPS))).toBe(
      `Intact and signed by key ${all.signer.fingerprint}.`,
    );
  });

  it('says what is wrong', async () => {
    expect(verdictText(await verifyRecord('{}', DEPS))).toMatch(/^This is not a Sitwell/);
  });
});
