import { describe, expect, it } from 'vitest';
import { criticalRows } from '../../../src/domain/report/pdf-critical';
import { pdfReport, type PdfBlock, type PdfReport } from '../../../src/domain/report/pdf-model';
import { sharedEntries } from '../../../src/domain/report/record-format';
import { criticalInputs } from '../../fixtures/critical-session';
import { signedRecord } from '../../fixtures/session-record';

// Page 1 of the PDF: the critical events in one box, each at its local time with what came of it;
// chimes counted, not listed; the closing criteria in words.

function section(report: PdfReport, title: string): PdfBlock[] {
  const found = report.sections.find((s) => s.title === title);
  if (!found) throw new Error(`no section ${title}`);
  return found.blocks;
}

const table = (blocks: PdfBlock[]): string[][] =>
  blocks.flatMap((b) => (b.kind === 'table' ? b.rows : []));
const texts = (blocks: PdfBlock[]): string[] =>
  blocks.flatMap((b) => (b.kind === 'text' ? [b.text] : []));

describe('the critical events box', () => {
  it('opens the report, boxed: each emergency, call, prompt and miss at its time', async () => {
    const report = pdfReport((await signedRecord(undefined, criticalInputs())).doc);
    expect(report.sections[0]).toMatchObject({ title: 'Critical events', boxed: true });
    const blocks = section(report, 'Critical events');
    expect(texts(blocks)).toEqual([
      '1 emergency, 1 call to emergency services, 1 provider prompt, 1 missed check-in.',
    ]);
    expect(table(blocks)).toEqual([
      ['14:35', 'Missed check-in (due 14:30)', 'Recorded 5 min after it fell due'],
      [
        '14:36',
        'Emergency: No response, even to shaking',
        '911 called at 14:37; resolved at 14:52 (the ambulance came)',
      ],
      ['14:37', 'Called emergency services', 'Call made'],
      ['14:52', 'Marked as resolved: Woke as paramedics came', 'The ambulance came'],
      [
        '15:22',
        'Provider prompt: Blood pressure has risen a lot since before the dose',
        'Not reached (15:32)',
      ],
      ['15:32', 'Could not reach the provider', 'Not reached'],
    ]);
  });

  it('says what came of each prompt: reached, not reached, resolved, or nothing yet', async () => {
    const { doc } = await signedRecord();
    const contacts = doc.session.contacts;
    // richInputs: a provider prompt at 14:43, the provider reached at 14:46; one miss.
    expect(criticalRows(sharedEntries(doc), contacts).map((r) => r[2])).toEqual([
      'Recorded 5 min after it fell due',
      'Reached at 14:46',
      'Reached',
    ]);
    const open = criticalInputs().slice(0, 14);
    const openDoc = (await signedRecord(undefined, open)).doc;
    const rows = criticalRows(sharedEntries(openDoc), contacts);
    expect(rows.find((r) => r[1].startsWith('Emergency'))![2]).toBe(
      '911 called at 14:37; not marked resolved',
    );
  });

  it('says plainly when nothing critical happened', async () => {
    const report = pdfReport((await signedRecord(undefined, criticalInputs().slice(0, 7))).doc);
    expect(section(report, 'Critical events')).toEqual([
      { kind: 'text', text: 'No emergencies, calls, provider prompts or missed check-ins.' },
    ]);
  });
});

describe('the rest of the report', () => {
  it('counts the one-minute chimes in the timeline instead of listing them', async () => {
    const { doc } = await signedRecord(undefined, criticalInputs());
    const blocks = section(pdfReport(doc), 'Alarms, warnings and actions');
    expect(texts(blocks)).toEqual([
      '9 one-minute chimes before check-ins (not listed here; each is in the full log).',
    ]);
    const lines = table(blocks).map((r) => r[1] ?? '');
    expect(lines.some((l) => l.startsWith('Chime'))).toBe(false);
    expect(lines).toContain(
      'Warning shown: call emergency services (No response, even to shaking)',
    );
    // The full log stays complete.
    expect(
      table(section(pdfReport(doc), 'Full log')).filter((r) => /^Chime/.test(r[2]!)),
    ).toHaveLength(9);
  });

  it('names every closing criterion in words, never by its id', async () => {
    const { doc } = await signedRecord(undefined, criticalInputs());
    const closing = section(pdfReport(doc), 'Closing');
    const labels = closing.flatMap((b) => (b.kind === 'fields' ? b.rows.map((r) => r.label) : []));
    expect(labels).toContain('No emergency open');
    expect(labels).toContain('Breathing normally');
    expect(labels.filter((l) => /^[a-z]+(-[a-z]+)+$/.test(l))).toEqual([]);
  });

  it('lists what else was taken today before the dose', async () => {
    const { doc } = await signedRecord(undefined, criticalInputs());
    const before = section(pdfReport(doc), 'Before the dose');
    expect(before[0]).toMatchObject({ kind: 'fields' });
    const rows = before[0]!.kind === 'fields' ? before[0]!.rows : [];
    expect(rows[0]).toEqual({ label: 'Also taken today', value: 'Alcohol; A beer' });
  });
});
