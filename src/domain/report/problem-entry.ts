import { isWithheld, type Entry, type ExportedEntry } from '../log/entry';
import { showBidiControls } from '../parse/bidi';
import { describeEntry, type DescribeContext } from './describe-entry';
import { entryProblems } from './record-schema';
import { withheldLine } from './withhold';

// When a record fails at one entry, the provider is told which entry that is in words: its time
// and what it says, as the file now reads. The text is untrusted, so the entry is shape-checked
// again before it is described, any bidirectional control in it is shown as a code, and nothing
// here is ever stored.

/** "2:40 PM — Vitals re-check: Blood pressure 125/85" for entry `seq` of a record's text. */
export function entryAsFileReads(
  text: string,
  seq: number,
  ctx: DescribeContext,
): string | undefined {
  try {
    const entries = (JSON.parse(text) as { entries?: unknown }).entries;
    if (!Array.isArray(entries)) return undefined;
    const index = entries.findIndex((e) => (e as { seq?: unknown } | null)?.seq === seq);
    if (index < 0 || entryProblems(entries[index], index).length > 0) return undefined;
    const e = entries[index] as ExportedEntry;
    const what = isWithheld(e) ? withheldLine(e.kind) : describeEntry(e as Entry, ctx);
    const time = ctx.formatTime?.(e.at) ?? new Date(e.at).toISOString();
    return showBidiControls(`${time} — ${what}`);
  } catch {
    return undefined;
  }
}
