import { describe, expect, it } from 'vitest';
import { canonicalJson } from '../../../src/domain/log/canonical-json';
import type { Entry, ExportedEntry, WithheldEntry } from '../../../src/domain/log/entry';
import { dataHashOf, hashEntry, hashInput } from '../../../src/domain/log/hash-chain';
import { verifyChain } from '../../../src/domain/log/verify-chain';
import { sha256Hex } from '../../../src/platform/crypto';
import { chainEntry, type NewEntry } from '../../../src/storage/entries';
import { LOG_CRYPTO } from '../../fixtures/log-crypto';

// Hash scheme v2: the data is hashed on its own so that a private entry can be left out of an
// export while the chain still proves its kind, time and place. Old (v1) entries keep verifying.

const T0 = Date.UTC(2026, 2, 8, 19, 0);
const MIN = 60_000;

const inputs: NewEntry[] = [
  {
    kind: 'session-started',
    data: { sitterName: 'Alex', intervalMin: 15, preAlert: true },
    at: T0,
  },
  { kind: 'patient-intention', data: { text: 'Let go of the fear' }, at: T0 + MIN },
  { kind: 'patient-words', data: { text: 'I am a cloud' }, at: T0 + 30 * MIN },
  { kind: 'note', data: { text: 'Resting' }, at: T0 + 40 * MIN },
];

async function v2Chain(): Promise<Entry[]> {
  const out: Entry[] = [];
  for (const input of inputs) out.push(await chainEntry('s1', out.at(-1), input, T0, LOG_CRYPTO));
  return out;
}

/** A v1 entry as older versions of the app wrote it (no `v`, data inside the hash). */
async function v1Entry(prev: Entry | undefined, seq: number, text: string): Promise<Entry> {
  const unsigned = {
    id: `v1-${seq}`,
    sessionId: 's1',
    seq,
    at: T0 + seq * MIN,
    tzOffset: -300,
    kind: 'note' as const,
    data: { text },
    prevHash: prev?.hash ?? '',
  };
  return { ...unsigned, hash: await sha256Hex(hashInput(unsigned)) };
}

async function withhold(e: Entry): Promise<WithheldEntry> {
  const { data, v: _v, ...rest } = e;
  return { ...rest, v: 2, dataHash: await dataHashOf(data, sha256Hex), withheld: true };
}

describe('hash scheme v2', () => {
  it('chainEntry writes v2 entries whose hash covers the header and the data hash', async () => {
    const [first] = await v2Chain();
    expect(first!.v).toBe(2);
    const dataHash = await sha256Hex(canonicalJson(first!.data));
    const { id, sessionId, seq, at, tzOffset, kind, prevHash } = first!;
    const header = { id, sessionId, seq, at, tzOffset, kind, v: 2, dataHash, prevHash };
    expect(first!.hash).toBe(await sha256Hex(prevHash + canonicalJson(header)));
  });

  it('keeps the v1 rule for entries without v', async () => {
    const e = await v1Entry(undefined, 0, 'old');
    const { id, sessionId, seq, at, tzOffset, kind, data, prevHash } = e;
    const text =
      prevHash + canonicalJson({ id, sessionId, seq, at, tzOffset, kind, data, prevHash });
    expect(e.hash).toBe(await sha256Hex(text));
    expect(await hashEntry(e, sha256Hex)).toBe(e.hash);
  });

  it('verifies a v1-only chain and a mixed v1 → v2 chain', async () => {
    const a = await v1Entry(undefined, 0, 'one');
    const b = await v1Entry(a, 1, 'two');
    expect(await verifyChain([a, b], sha256Hex)).toMatchObject({ ok: true, count: 2 });
    const c = await chainEntry('s1', b, { kind: 'note', data: { text: 'three' } }, T0, LOG_CRYPTO);
    expect(c.v).toBe(2);
    expect(await verifyChain([a, b, c], sha256Hex)).toEqual({
      ok: true,
      count: 3,
      lastHash: c.hash,
    });
  });

  it('verifies a chain with withheld private entries', async () => {
    const chain: ExportedEntry[] = await v2Chain();
    chain[1] = await withhold(chain[1] as Entry);
    chain[2] = await withhold(chain[2] as Entry);
    expect(await verifyChain(chain, sha256Hex)).toMatchObject({ ok: true, count: 4 });
  });

  it.each([
    ['dataHash', (w: WithheldEntry) => ({ ...w, dataHash: '0'.repeat(64) })],
    ['kind', (w: WithheldEntry) => ({ ...w, kind: 'patient-mood' as const })],
    ['time', (w: WithheldEntry) => ({ ...w, at: w.at + MIN })],
  ])('detects an edited %s on a withheld entry', async (_what, edit) => {
    const chain: ExportedEntry[] = await v2Chain();
    chain[2] = edit(await withhold(chain[2] as Entry));
    expect(await verifyChain(chain, sha256Hex)).toMatchObject({
      ok: false,
      index: 2,
      reason: 'hash-mismatch',
    });
  });

  it('detects edited data on a v2 entry', async () => {
    const chain = await v2Chain();
    chain[2] = { ...chain[2]!, data: { text: 'I am a rock' } } as Entry;
    expect(await verifyChain(chain, sha256Hex)).toMatchObject({ ok: false, index: 2 });
  });

  it('refuses a withheld entry of a kind that may not be withheld', async () => {
    const chain: ExportedEntry[] = await v2Chain();
    chain[3] = await withhold(chain[3] as Entry);
    const result = await verifyChain(chain, sha256Hex);
    expect(result).toMatchObject({ ok: false, index: 3, reason: 'not-withholdable' });
    if (!result.ok) expect(result.message).toContain('"note" entry can never be withheld');
  });

  it('refuses a withheld v1 entry, even with a plausible data hash', async () => {
    const a = await v1Entry(undefined, 0, 'one');
    const { data, ...rest } = a;
    const forged = { ...rest, dataHash: await dataHashOf(data, sha256Hex), withheld: true };
    const result = await verifyChain([forged as unknown as WithheldEntry], sha256Hex);
    expect(result).toMatchObject({ ok: false, index: 0, reason: 'not-withholdable' });
  });
});
