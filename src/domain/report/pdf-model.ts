import { isWithheld, type Entry } from '../log/entry';
import type { PdfBlock, PdfSection } from './pdf-blocks';
import {
  aftercareSection,
  beforeSection,
  closingSection,
  doseSection,
  peopleSection,
  type SectionInput,
} from './pdf-sections';
import { criticalSection } from './pdf-critical';
import { toPdfText } from './pdf-text';
import { bpSection, checkInSection, eventsSection, logSection } from './pdf-timeline';
import { sharedEntries, type SessionRecordFile } from './record-format';
import { sessionSummary } from './summary';
import { withheldLine } from './withhold';

// The PDF as a pure layout model: sections of label/value fields, tables, a chart and text, plus
// the integrity footer printed on every page. platform/pdf.ts draws it; nothing here knows jsPDF.

export type { PdfBlock, PdfSection } from './pdf-blocks';

/** The whole report. Every string is drawable with the standard fonts (see pdf-text.ts). */
export interface PdfReport {
  title: string;
  subtitle: string;
  sections: PdfSection[];
  /** Printed at the foot of every page, above the page number. */
  footer: string[];
}

/** The report of a session record (own or received, verified). */
export function pdfReport(doc: SessionRecordFile): PdfReport {
  const entries = sharedEntries(doc);
  const input: SectionInput = {
    doc,
    entries,
    summary: sessionSummary(entries, doc.session.protocol),
    tz: doc.entries[0]?.tzOffset ?? 0,
  };
  const sections = [
    criticalSection(entries, doc.session.contacts),
    peopleSection(input),
    doseSection(input),
    beforeSection(input),
    bpSection(input),
    checkInSection(input),
    eventsSection(input),
    closingSection(input),
    aftercareSection(input),
    ...withheldSection(doc),
    logSection(doc.entries),
  ];
  return drawable({
    title: 'Session monitoring record',
    subtitle: 'At-home ketamine session, monitored by a sober sitter (recorded with Sitwell)',
    sections,
    footer: integrityFooter(doc),
  });
}

/** Entry count, last hash, key fingerprint, and how to verify. */
export function integrityFooter(doc: SessionRecordFile): string[] {
  const { count, lastHash } = doc.head;
  const hash = lastHash ? `${lastHash.slice(0, 12)}…${lastHash.slice(-12)}` : 'none';
  return [
    `${count} entries · last hash ${hash} · signed by key ${doc.signature.fingerprint}`,
    'Verify: in Sitwell, tap "Open a session record" and choose this PDF or its JSON file.',
  ];
}

function withheldSection(doc: SessionRecordFile): PdfSection[] {
  const counts = new Map<string, number>();
  for (const e of doc.entries) if (isWithheld(e)) counts.set(e.kind, (counts.get(e.kind) ?? 0) + 1);
  if (counts.size === 0) return [];
  const lines = [...counts].map(([kind, n]) => `${withheldLine(kind as Entry['kind'])} (${n})`);
  const text =
    `${lines.join('; ')}. Their place, kind and time stay in the signed chain, ` +
    'so the rest of the record can still be verified.';
  return [{ title: 'Withheld by the patient', blocks: [{ kind: 'text', text }] }];
}

/** Every string made drawable; when any character had to be replaced, a note says so. */
function drawable(report: PdfReport): PdfReport {
  let replaced = false;
  const t = (s: string) => {
    const out = toPdfText(s);
    replaced ||= out.replaced;
    return out.text;
  };
  const sections = report.sections.map((s) => ({
    ...s,
    title: t(s.title),
    blocks: s.blocks.map((b): PdfBlock => {
      if (b.kind === 'text') return { kind: 'text', text: t(b.text) };
      if (b.kind === 'fields')
        return {
          kind: 'fields',
          rows: b.rows.map((r) => ({ label: t(r.label), value: t(r.value) })),
        };
      if (b.kind === 'table')
        return {
          ...b,
          columns: b.columns.map((c) => ({ ...c, title: t(c.title) })),
          rows: b.rows.map((r) => r.map(t)),
        };
      return b;
    }),
  }));
  const note: PdfSection = {
    title: 'About the characters in this PDF',
    blocks: [
      {
        kind: 'text',
        text:
          'Some characters cannot be printed with the PDF’s standard font and are shown as "?". ' +
          'The JSON and CSV exports hold the exact text.',
      },
    ],
  };
  const footer = report.footer.map(t);
  return { ...report, sections: replaced ? [...sections, note] : sections, footer };
}
