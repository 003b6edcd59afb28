import { describe, expect, it } from 'vitest';
import type { Entry } from '../../../src/domain/log/entry';
import { bpChart } from '../../../src/domain/report/bp-chart';
import { checkInTimeline, timingText } from '../../../src/domain/report/check-in-timeline';
import { pdfReport, type PdfBlock, type PdfReport } from '../../../src/domain/report/pdf-model';
import { toPdfText } from '../../../src/domain/report/pdf-text';
import type { NewEntry } from '../../../src/storage/entries';
import { MIN, richInputs, signedRecord, START } from '../../fixtures/session-record';

// The PDF's layout model, after the REMS Patient Monitoring Form: what each section says.

function section(report: PdfReport, title: string): PdfBlock[] {
  const found = report.sections.find((s) => s.title === title);
  if (!found) throw new Error(`no section ${title}`);
  return found.blocks;
}

function fields(blocks: PdfBlock[]): Record<string, string> {
  const b = blocks.find((x) => x.kind === 'fields');
  return b?.kind === 'fields' ? Object.fromEntries(b.rows.map((r) => [r.label, r.value])) : {};
}

function rows(blocks: PdfBlock[]): string[][] {
  const b = blocks.find((x) => x.kind === 'table');
  return b?.kind === 'table' ? b.rows : [];
}

describe('pdfReport', () => {
  it('opens with the critical events, then the REMS form’s sections, then the log', async () => {
    const { doc } = await signedRecord();
    expect(pdfReport(doc).sections.map((s) => s.title)).toEqual([
      'Critical events',
      'Session',
      'Dose',
      'Before the dose',
      'Blood pressure',
      'Check-ins',
      'Alarms, warnings and actions',
      'Closing',
      'Aftercare given',
      'Withheld by the patient',
      'Full log',
    ]);
  });

  it('names the people, times in the session’s own offset, the monitoring time and check-ins', async () => {
    const { doc } = await signedRecord();
    expect(fields(section(pdfReport(doc), 'Session'))).toEqual({
      Patient: 'Sam',
      Sitter: 'Alex',
      Provider: 'Dr Rivera, +1 555 0100',
      Started: '2026-03-08 14:00 (UTC-05:00)',
      Ended: '2026-03-08 16:11',
      'Total monitoring time': '2 h 11 min',
      'Check-ins': '4 done, 1 missed',
    });
  });

  it('gives the dose, other medicines and the pre-dose gate', async () => {
    const report = pdfReport((await signedRecord()).doc);
    expect(rows(section(report, 'Dose'))).toEqual([['14:03', 'ketamine', 'sublingual', '300 mg']]);
    expect(fields(section(report, 'Before the dose'))).toEqual({
      'Also taken today': 'Not asked',
      'Other medicines, including sedatives': 'lorazepam 0.5 mg at night',
      Allergies: 'none',
      'Pre-dose blood pressure': '128/82 at 14:01: within the limit of 140/90',
    });
  });

  it('says when the pre-dose reading was above the gate, and any approval', async () => {
    const inputs = richInputs();
    inputs[2] = {
      ...inputs[2]!,
      data: { vitals: { systolic: 150, diastolic: 95 }, context: 'pre-dose' },
    };
    const gate = async (extra: NewEntry[]) => {
      const { doc } = await signedRecord(undefined, [
        ...inputs.slice(0, 3),
        ...extra,
        ...inputs.slice(3),
      ]);
      return fields(section(pdfReport(doc), 'Before the dose'))['Pre-dose blood pressure'];
    };
    expect(await gate([])).toBe(
      '150/95 at 14:01: above the limit of 140/90; no provider approval was recorded',
    );
    const approval: NewEntry = {
      kind: 'escalation-action',
      data: { action: 'provider-approved', text: 'Go ahead' },
      at: START + 2 * MIN,
    };
    expect(await gate([approval])).toBe(
      '150/95 at 14:01: above the limit of 140/90; the provider approved going ahead at 14:02',
    );
  });

  it('charts and tabulates blood pressure', async () => {
    const blocks = section(pdfReport((await signedRecord()).doc), 'Blood pressure');
    const chart = blocks.find((b) => b.kind === 'chart');
    expect(chart?.kind === 'chart' && chart.chart.points.map((p) => p.systolic)).toEqual([
      128, 172, 132, 130,
    ]);
    expect(rows(blocks)[1]).toEqual(['14:43', '40 min', 'Check-in', '172/104', '96']);
  });

  it('times each check-in: on time, late by how much, or missed', async () => {
    const table = rows(section(pdfReport((await signedRecord()).doc), 'Check-ins'));
    expect(table.map((r) => [r[0], r[4]])).toEqual([
      ['14:20', 'Late by 2 min'],
      ['14:40', 'Missed (due 14:35), 5 min late when recorded'],
      ['14:43', 'Late by 8 min'],
      ['14:55', 'On time'],
      ['16:05', 'On time'],
    ]);
    expect(table[0]!.slice(1, 4)).toEqual(['Drowsy, responds to name', 'Normal', 'Calm']);
  });

  it('lists every alarm, warning and action with its time, and the closing', async () => {
    const report = pdfReport((await signedRecord()).doc);
    expect(rows(section(report, 'Alarms, warnings and actions')).map((r) => r[0])).toEqual([
      '14:18',
      '14:43',
      '14:46',
    ]);
    const closing = fields(section(report, 'Closing'));
    expect(closing['First looked ready (at a check-in)']).toBe('16:05 (2 h 02 min after the dose)');
    expect(closing['Minimum time since the dose']).toBe('Met');
    const aftercare = section(report, 'Aftercare given')[0];
    expect(aftercare?.kind === 'text' && aftercare.text).toBe(
      'Shown to the sitter at the end: No driving today; No alcohol or sedatives today; ' +
        'Rest, drink water, take it slowly; Call the provider about worries that can wait; ' +
        'Call emergency services straight away for the signs listed; ' +
        'If dark or suicidal thoughts come; Someone nearby tonight.',
    );
  });

  it('says what the patient withheld, and prints the integrity footer', async () => {
    const { doc } = await signedRecord();
    const report = pdfReport(doc);
    const withheld = section(report, 'Withheld by the patient')[0];
    expect(withheld?.kind === 'text' && withheld.text).toMatch(
      /^The patient’s intention: withheld/,
    );
    expect(JSON.stringify(report)).not.toContain('cloud');
    expect(report.footer[0]).toBe(
      `19 entries · last hash ${doc.head.lastHash.slice(0, 12)}…${doc.head.lastHash.slice(-12)}` +
        ` · signed by key ${doc.signature.fingerprint}`,
    );
    expect(report.footer[1]).toMatch(/^Verify: in Sitwell, tap "Open a session record"/);
  });

  it('describes a record without entries plainly', async () => {
    const report = pdfReport((await signedRecord(undefined, [])).doc);
    expect(fields(section(report, 'Session')).Ended).toBe('Not ended when exported');
    expect(section(report, 'Dose')).toEqual([{ kind: 'text', text: 'No dose was recorded.' }]);
    expect(section(report, 'Check-ins')).toEqual([{ kind: 'text', text: 'None.' }]);
  });

  it('replaces characters the standard font lacks, and says so', async () => {
    const { doc } = await signedRecord();
    doc.session.people.patientName = 'Zoë Ωμέγα 体';
    const report = pdfReport(doc);
    expect(fields(section(report, 'Session')).Patient).toBe('Zoë ????? ?');
    expect(report.sections.at(-1)!.title).toBe('About the characters in this PDF');
  });
});

describe('toPdfText', () => {
  it('keeps WinAnsi, simplifies accents outside it and replaces the rest', () => {
    expect(toPdfText('Zoë – “ok” € …')).toEqual({ text: 'Zoë – “ok” € …', replaced: false });
    expect(toPdfText('Łódź ő ﬁ')).toEqual({ text: '?ódz o fi', replaced: true });
    expect(toPdfText('a\nb\tc')).toEqual({ text: 'a b c', replaced: false });
  });
});

describe('checkInTimeline', () => {
  const e = (seq: number, min: number, kind: string, data: object) =>
    ({ seq, at: START + min * MIN, tzOffset: -300, kind, data }) as unknown as Entry;

  it('counts lateness from the first due alarm since the last check-in, ignoring chimes', () => {
    const rows = checkInTimeline([
      e(0, 14, 'alarm-raised', { dueAt: START + 15 * MIN, level: 'pre' }),
      e(1, 15, 'check-in', { observation: {} }),
      e(2, 30, 'alarm-raised', { dueAt: START + 30 * MIN, level: 'due' }),
      e(3, 32, 'alarm-raised', { dueAt: START + 30 * MIN, level: 'urgent' }),
      e(4, 33, 'check-in', { observation: {} }),
    ]);
    expect(rows.map((r) => r.status)).toEqual(['on-time', 'late']);
    expect(timingText(rows[1]!, () => '')).toBe('Late by 3 min');
  });
});

describe('bpChart', () => {
  it('scales to the readings and the limit, in 20 mmHg steps', () => {
    const readings = [{ at: START + 40 * MIN, systolic: 190, diastolic: 115, context: 'check-in' }];
    const chart = bpChart(readings as never, START, START + 300 * MIN, {
      limit: { systolic: 160, diastolic: 100 },
      doseAt: START + 5 * MIN,
    })!;
    expect(chart).toMatchObject({ yMin: 60, yMax: 200, yStep: 20, xMax: 300, xStep: 60 });
    expect(chart.points).toEqual([{ minute: 40, systolic: 190, diastolic: 115 }]);
    expect(chart.doseMinute).toBe(5);
    expect(bpChart([], START, START)).toBeUndefined();
  });
});
