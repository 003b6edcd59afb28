import { deflateSync, inflateSync } from 'node:zlib';
import { extractText, getDocumentProxy } from 'unpdf';
import { describe, expect, it } from 'vitest';
import { pdfReport } from '../../src/domain/report/pdf-model';
import { serializeRecord } from '../../src/domain/report/record-format';
import { verifyRecord } from '../../src/domain/report/verify-record';
import { renderPdf } from '../../src/platform/pdf';
import { readRecordFile } from '../../src/platform/record-file';
import { criticalInputs } from '../fixtures/critical-session';
import { DEPS, longInputs, signedRecord } from '../fixtures/session-record';

// The PDF as jsPDF renders it: paper sizes, the integrity footer on every page, and the JSON
// record attached so that the PDF itself can be opened and verified.

const latin1 = (bytes: Uint8Array) => Buffer.from(bytes).toString('latin1');

/** The decompressed content streams of a PDF, one string per stream. */
function contents(pdf: Uint8Array): string[] {
  const text = latin1(pdf);
  const out: string[] = [];
  for (const m of text.matchAll(/\/FlateDecode[^]*?stream\r?\n/g)) {
    const start = m.index + m[0].length;
    const end = text.indexOf('endstream', start);
    try {
      out.push(inflateSync(Buffer.from(pdf.subarray(start, end))).toString('latin1'));
    } catch {
      // Not every stream inflates cleanly when cut at "endstream"; the page streams do.
    }
  }
  return out;
}

async function attached(options?: Parameters<typeof signedRecord>[0]) {
  const record = await signedRecord(options);
  const json = serializeRecord(record.doc);
  const attachment = {
    name: 'sitwell-2026-03-08-sam.json',
    mimeType: 'application/json',
    bytes: new TextEncoder().encode(json),
    description: 'Sitwell session record (signed JSON)',
  };
  const pdf = await renderPdf(pdfReport(record.doc), { paper: 'a4', attachment });
  return { ...record, json, pdf };
}

describe('renderPdf', () => {
  it('renders A4 and US Letter', async () => {
    const { doc } = await signedRecord();
    const a4 = await renderPdf(pdfReport(doc), { paper: 'a4' });
    const letter = await renderPdf(pdfReport(doc), { paper: 'letter' });
    expect(latin1(a4).startsWith('%PDF-')).toBe(true);
    expect(latin1(a4)).toMatch(/\/MediaBox \[0 0 595\.2\d* 841\.8\d*\]/);
    expect(latin1(letter)).toMatch(/\/MediaBox \[0 0 612\.? 792\.?\]/);
  });

  it('prints the integrity footer on every page', async () => {
    const { doc } = await signedRecord(undefined, longInputs(300));
    const pdf = await renderPdf(pdfReport(doc), { paper: 'letter' });
    const pages = contents(pdf).filter((c) => c.includes('Page '));
    expect(pages.length).toBeGreaterThan(3);
    for (const [i, page] of pages.entries()) {
      expect(page).toContain(`Page ${i + 1} of ${pages.length}`);
      expect(page).toContain(`signed by key ${doc.signature.fingerprint}`);
      expect(page).toContain(`${doc.head.count} entries`);
    }
  });

  it('renders a 12-hour, 1,000-entry session, every page numbered', async () => {
    // How fast, is measured by `npm run bench` (bench-records.mjs) in headless Chromium.
    const { doc } = await signedRecord(undefined, longInputs(1000));
    const pdf = await renderPdf(pdfReport(doc), { paper: 'a4' });
    const pages = contents(pdf).filter((c) => c.includes('Page '));
    expect(pages.length).toBeGreaterThan(10);
    expect(pages.at(-1)).toContain(`Page ${pages.length} of ${pages.length}`);
  }, 30_000);

  it('attaches the JSON record, which opens and verifies from the PDF itself', async () => {
    const { pdf, json, doc } = await attached();
    expect(latin1(pdf)).toContain('/EmbeddedFiles');
    const read = await readRecordFile(new Blob([pdf as Uint8Array<ArrayBuffer>]));
    expect(read).toEqual({ ok: true, text: json });
    const verdict = await verifyRecord(json, DEPS);
    expect(verdict.ok && verdict.document).toEqual(doc);
  });
});

/** The text of each page, as a reader's PDF tool extracts it, on one line. */
async function pageTexts(pdf: Uint8Array): Promise<string[]> {
  const { text } = await extractText(await getDocumentProxy(Uint8Array.from(pdf)));
  return text.map((t) => t.replace(/\s+/g, ' '));
}

describe('the rendered PDF', () => {
  it('opens page 1 with the critical events, each at its local time', async () => {
    const { doc } = await signedRecord(undefined, criticalInputs());
    const pages = await pageTexts(await renderPdf(pdfReport(doc), { paper: 'letter' }));
    const first = pages[0]!;
    // The box, before the first section after it (columns are drawn one after the other).
    const box = first.slice(first.indexOf('Critical events'), first.indexOf('Session Patient'));
    for (const part of [
      '1 emergency, 1 call to emergency services, 1 provider prompt, 1 missed check-in.',
      '14:35 14:36 14:37 14:52 15:22 15:32',
      'Missed check-in (due 14:30)',
      'Emergency: No response, even to shaking',
      '911 called at 14:37; resolved at 14:52 (the ambulance came)',
      'Called emergency services',
      'Provider prompt: Blood pressure has risen a lot since before the dose',
      'Could not reach the provider',
      'Not reached (15:32)',
    ])
      expect(box, part).toContain(part);
    expect(first).not.toContain('Chime');
    const all = pages.join(' ');
    expect(all).toContain('9 one-minute chimes before check-ins');
    expect(all).toContain('No emergency open Met');
    expect(all).not.toMatch(/no-open-emergency|closing-bp|min-time/);
  });

  it('holds what the patient said, in text and attachment, only when ticked', async () => {
    for (const includePatientWords of [false, true]) {
      const options = { includePatientWords, includePatientEntries: false };
      const { pdf, json } = await attached(options);
      const text = (await pageTexts(pdf)).join(' ');
      const read = await readRecordFile(new Blob([pdf as Uint8Array<ArrayBuffer>]));
      expect(read).toEqual({ ok: true, text: json });
      expect(text.includes('a cloud'), `text, ticked: ${includePatientWords}`).toBe(
        includePatientWords,
      );
      expect(json.includes('a cloud'), `attachment, ticked: ${includePatientWords}`).toBe(
        includePatientWords,
      );
    }
  });
});

describe('readRecordFile', () => {
  it('reads a JSON file as it is', async () => {
    const { text } = await signedRecord();
    expect(await readRecordFile(new Blob([text]))).toEqual({ ok: true, text });
  });

  it('refuses a file over 10 MB before reading it', async () => {
    const big = new Blob([new Uint8Array(10 * 1024 * 1024 + 1)]);
    expect(await readRecordFile(big)).toMatchObject({ ok: false, problem: { kind: 'too-large' } });
  });

  it('says so when a PDF carries no record', async () => {
    const { doc } = await signedRecord();
    const pdf = await renderPdf(pdfReport(doc), { paper: 'a4' });
    const read = await readRecordFile(new Blob([pdf as Uint8Array<ArrayBuffer>]));
    expect(read).toMatchObject({ ok: false, problem: { kind: 'not-sitwell' } });
    if (!read.ok) expect(read.problem.message).toMatch(/^This PDF has no Sitwell record attached/);
  });

  it('stops inflating an attachment at 10 MB (a deflate bomb)', async () => {
    const bomb = deflateSync(Buffer.alloc(11 * 1024 * 1024, 0x20));
    const head =
      '%PDF-1.3\n5 0 obj\n<<\n/Type /EmbeddedFile\n/Subtype /application#2Fjson\n' +
      `/Length ${bomb.length}\n/Filter /FlateDecode\n>>\nstream\n`;
    const pdf = Buffer.concat([Buffer.from(head, 'latin1'), bomb, Buffer.from('\nendstream\n')]);
    expect(bomb.length).toBeLessThan(100_000);
    const read = await readRecordFile(new Blob([pdf]));
    expect(read).toMatchObject({ ok: false, problem: { kind: 'too-large' } });
  });

  it('refuses a damaged attachment', async () => {
    const { pdf } = await attached();
    const text = latin1(pdf);
    const at = text.indexOf('stream', text.indexOf('/Type /EmbeddedFile')) + 40;
    const broken = Uint8Array.from(pdf);
    broken.fill(0x41, at, at + 200);
    const read = await readRecordFile(new Blob([broken]));
    expect(read.ok).toBe(false);
  });
});
