import type { BpLimit, Protocol } from './protocol';
import { PROTOCOL_FILE_FORMAT, PROTOCOL_FILE_VERSION } from './schema';

// Protocol values in words, and the provider's form: what is typed becomes a candidate protocol
// file that goes through the same validation as an imported one, so the messages are the same too.

/**
 * A protocol value in words, e.g. "Every 15 min", "Above 140/90 mmHg"; '' when `p` does not set it.
 */
export function protocolValueText(key: keyof Protocol, p: Partial<Protocol>): string {
  const bp = (limit: BpLimit) => `Above ${limit.systolic}/${limit.diastolic} mmHg`;
  if (p[key] === undefined) return '';
  switch (key) {
    case 'intervalMin':
      return `Every ${p.intervalMin} min`;
    case 'minMonitoringMin':
      return `${p.minMonitoringMin} min after the dose`;
    case 'preDoseBp':
      return bp(p.preDoseBp!);
    case 'sessionBp':
      return bp(p.sessionBp!);
    case 'closingBp':
      return bp(p.closingBp!);
    case 'heartRate':
      return `${p.heartRate!.min} to ${p.heartRate!.max} beats per minute`;
    case 'spo2Min':
      return `Below ${p.spo2Min} %`;
    case 'bpRecheckMin':
      return p.bpRecheckMin!.length === 0
        ? 'None planned'
        : `${p.bpRecheckMin!.join(', ')} min after the dose`;
    case 'bpBeforeEnd':
      return p.bpBeforeEnd ? 'Yes, a reading before ending' : 'Not required';
    default: {
      const text = String(p[key]).trim();
      return text === '' ? 'None' : text;
    }
  }
}

/** The provider's form as typed; `bpBeforeEnd` is a checkbox, everything else text. */
export interface ProtocolForm {
  intervalMin: string;
  minMonitoringMin: string;
  preDoseSystolic: string;
  preDoseDiastolic: string;
  sessionSystolic: string;
  sessionDiastolic: string;
  /** Empty for "same as before dosing". */
  closingSystolic: string;
  closingDiastolic: string;
  heartRateMin: string;
  heartRateMax: string;
  spo2Min: string;
  bpRecheckMin: string;
  bpBeforeEnd: boolean;
  instructions: string;
  providerName: string;
  providerPhone: string;
  issuedBy: string;
}

/** The form filled with a protocol's values. */
export function formFromProtocol(p: Protocol, issuedBy = ''): ProtocolForm {
  return {
    intervalMin: String(p.intervalMin),
    minMonitoringMin: String(p.minMonitoringMin),
    preDoseSystolic: String(p.preDoseBp.systolic),
    preDoseDiastolic: String(p.preDoseBp.diastolic),
    sessionSystolic: String(p.sessionBp.systolic),
    sessionDiastolic: String(p.sessionBp.diastolic),
    closingSystolic: p.closingBp ? String(p.closingBp.systolic) : '',
    closingDiastolic: p.closingBp ? String(p.closingBp.diastolic) : '',
    heartRateMin: String(p.heartRate.min),
    heartRateMax: String(p.heartRate.max),
    spo2Min: String(p.spo2Min),
    bpRecheckMin: p.bpRecheckMin.join(', '),
    bpBeforeEnd: p.bpBeforeEnd,
    instructions: p.instructions,
    providerName: p.providerName,
    providerPhone: p.providerPhone,
    issuedBy,
  };
}

/** Whole numbers become numbers; anything else stays text so validation can name what was typed. */
function num(raw: string): number | string {
  const t = raw.trim();
  return /^\d{1,6}$/.test(t) ? Number(t) : t;
}

/** The protocol settings a form describes, for validation; empty text fields are left out. */
export function protocolFromForm(f: ProtocolForm): Record<string, unknown> {
  const items = f.bpRecheckMin
    .split(/[\s,;]+/)
    .filter(Boolean)
    .map(num);
  const out: Record<string, unknown> = {
    intervalMin: num(f.intervalMin),
    minMonitoringMin: num(f.minMonitoringMin),
    preDoseBp: { systolic: num(f.preDoseSystolic), diastolic: num(f.preDoseDiastolic) },
    sessionBp: { systolic: num(f.sessionSystolic), diastolic: num(f.sessionDiastolic) },
    heartRate: { min: num(f.heartRateMin), max: num(f.heartRateMax) },
    spo2Min: num(f.spo2Min),
    bpRecheckMin: items,
    bpBeforeEnd: f.bpBeforeEnd,
  };
  // Left empty, the closing limit stays the pre-dose one.
  if (f.closingSystolic.trim() !== '' || f.closingDiastolic.trim() !== '') {
    out.closingBp = { systolic: num(f.closingSystolic), diastolic: num(f.closingDiastolic) };
  }
  for (const key of ['instructions', 'providerName', 'providerPhone'] as const) {
    if (f[key].trim() !== '') out[key] = f[key].trim();
  }
  return out;
}

/** The whole protocol file a form describes, issued on `issuedAt` (a date like 2026-11-21). */
export function protocolFileFromForm(f: ProtocolForm, issuedAt: string): Record<string, unknown> {
  const issuedBy = f.issuedBy.trim();
  return {
    format: PROTOCOL_FILE_FORMAT,
    version: PROTOCOL_FILE_VERSION,
    ...(issuedBy && { issuedBy }),
    issuedAt,
    protocol: protocolFromForm(f),
  };
}
