import type { ImportProblem } from '../parse/untrusted-json';
import type { ClinicLink } from './clinic';
import { DEFAULT_PROTOCOL, type Protocol, type ProtocolRecord } from './protocol';
import { protocolFileObject, validateProtocolValue } from './validation';

// The stored protocol is checked again every time it is read: it may have been imported under
// older, wider bounds (an interval of 20 minutes, a 90-minute watch) or damaged in storage. A
// refused one is never run, not even in part: the defaults apply and the reasons are shown. The
// stored record itself is left as it is, so the provider can see what was imported and replace it.

/** The protocol in force, and why the stored one was set aside (empty when it is in use). */
export interface ProtocolInForce {
  protocol: Protocol;
  /** The stored protocol's problems; when any, `protocol` is Sitwell's defaults. */
  refused: ImportProblem[];
  /** The clinic it names for live oversight (never when the protocol is refused). */
  clinic?: ClinicLink;
}

/** The protocol to run from the stored record: its values over the defaults, if all are valid. */
export function protocolInForce(rec: ProtocolRecord | undefined): ProtocolInForce {
  // Without issuedBy and issuedAt: the record keeps neither, and undefined is not JSON.
  const { format, version, protocol } = protocolFileObject(rec?.values ?? {});
  const file = { format, version, protocol, ...(rec?.clinic && { clinic: rec.clinic }) };
  const checked = validateProtocolValue(file);
  if (!checked.ok) return { protocol: DEFAULT_PROTOCOL, refused: checked.problems };
  return {
    protocol: { ...DEFAULT_PROTOCOL, ...checked.values },
    refused: [],
    ...(checked.clinic && { clinic: checked.clinic }),
  };
}
