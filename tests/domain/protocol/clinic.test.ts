import { describe, expect, it } from 'vitest';
import {
  decodeProtocolFragment,
  encodeProtocolFragment,
} from '../../../src/domain/protocol/fragment';
import { protocolInForce } from '../../../src/domain/protocol/stored';
import { validateProtocolValue } from '../../../src/domain/protocol/validation';

const clinic = {
  relay: 'https://sitwell.example.org',
  id: '7b0c7a52-3b8e-4d59-9a43-0f7f1d3c2a10',
  name: 'Dr. Lee’s clinic',
  publicKey: `B${'A'.repeat(86)}`,
  fingerprint: 'AB12-CD34-EF56-7890-AB12-CD34-EF56-7890',
};
const file = (c: unknown) => ({ format: 'sitwell-protocol', version: 1, protocol: {}, clinic: c });

describe('the clinic in a protocol file', () => {
  it('is read with the protocol and carried through a link', () => {
    const read = validateProtocolValue(file(clinic));
    expect(read.ok && read.clinic).toEqual(clinic);
    const again = decodeProtocolFragment(encodeProtocolFragment({ values: {}, clinic }));
    expect(again.ok && again.clinic).toEqual(clinic);
  });

  it('names the field and what it must be for every bad part', () => {
    const problems = (c: unknown) => {
      const r = validateProtocolValue(file(c));
      return r.ok ? [] : r.problems.map((p) => p.message);
    };
    expect(problems({ ...clinic, relay: 'http://sitwell.example.org' })).toEqual([
      'Clinic, relay: got "http://sitwell.example.org", must be an https:// origin with ' +
        'nothing after the host.',
    ]);
    expect(problems({ ...clinic, relay: 'https://a.example/path' })[0]).toMatch(/^Clinic, relay/);
    const { fingerprint: _gone, ...noPrint } = clinic;
    expect(problems(noPrint)).toEqual(['Clinic, fingerprint: missing; ask the clinic again.']);
    expect(problems({ ...clinic, publicKey: 'short' })[0]).toMatch(/^Clinic, public key/);
    expect(problems({ ...clinic, extra: 1 })[0]).toMatch(/Unknown field "extra"/);
    expect(problems([clinic])[0]).toMatch(/^Clinic: must be an object/);
  });

  it('is kept in force with the protocol, and dropped with a refused one', () => {
    expect(protocolInForce({ values: {}, clinic }).clinic).toEqual(clinic);
    expect(protocolInForce({ values: {}, clinic: { ...clinic, id: 'x' } }).clinic).toBeUndefined();
  });
});
