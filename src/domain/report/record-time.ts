import { isoWithOffset } from '../format/time';
import type { DescribeContext } from './describe-entry';
import { ENTRY_LABELS } from './entry-labels';

// Times in a record are shown in the offset where they were written, not the reader's: a provider
// in another time zone sees the clock the sitter saw.

/** "14:05" at `tzOffset` (minutes east of UTC). */
export function clockAt(at: number, tzOffset: number): string {
  return isoWithOffset(at, tzOffset).slice(11, 16);
}

/** "2026-03-08 14:05" at `tzOffset`. */
export function dateTimeAt(at: number, tzOffset: number): string {
  const iso = isoWithOffset(at, tzOffset);
  return `${iso.slice(0, 10)} ${iso.slice(11, 16)}`;
}

/** "UTC-05:00" for an offset (ASCII, so the PDF's standard font can print it). */
export function offsetLabel(tzOffset: number): string {
  return `UTC${isoWithOffset(0, tzOffset).slice(19)}`;
}

/** describeEntry's labels, with times shown at `tzOffset`. */
export function describeAt(tzOffset: number): DescribeContext {
  return { ...ENTRY_LABELS, formatTime: (at) => clockAt(at, tzOffset) };
}
