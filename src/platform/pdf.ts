import type { jsPDF } from 'jspdf';
import type { PdfReport } from '../domain/report/pdf-model';
import { attachFile, type PdfAttachment } from './pdf-attach';
import { ensure, type Cursor } from './pdf-cursor';
import { BODY_PT, drawBlock } from './pdf-draw';

// Renders the PDF layout model with jsPDF. jsPDF is loaded with a dynamic import() here and only
// here, so it lands in its own chunk and the first screen's bundle does not grow.

/** A4 or US Letter. */
export type PaperSize = 'a4' | 'letter';

/** How to render: paper size, and optionally a file (the JSON record) to embed. */
export interface PdfOptions {
  paper: PaperSize;
  attachment?: PdfAttachment;
}

const MARGIN = 15;
const FOOTER_MM = 16;

/** jsPDF itself, loaded on first use (call it early to have it ready before a PDF is made). */
export function loadJsPdf(): Promise<typeof import('jspdf')> {
  return import('jspdf');
}

/** The report as PDF bytes (application/pdf). */
export async function renderPdf(report: PdfReport, options: PdfOptions): Promise<Uint8Array> {
  const { jsPDF } = await loadJsPdf();
  const doc = new jsPDF({ unit: 'mm', format: options.paper, compress: true });
  doc.setProperties({ title: report.title, subject: report.subtitle, creator: 'Sitwell' });
  const width = doc.internal.pageSize.getWidth() - 2 * MARGIN;
  const bottom = doc.internal.pageSize.getHeight() - MARGIN - FOOTER_MM;
  const newPage = () => (doc.addPage(), MARGIN);
  const c: Cursor = { doc, y: MARGIN, left: MARGIN, width, bottom, newPage };
  drawHeading(c, report);
  for (const section of report.sections) {
    ensure(c, 14);
    doc
      .setFont('helvetica', 'bold')
      .setFontSize(11)
      .text(section.title, MARGIN, c.y + 5);
    doc
      .setDrawColor(0)
      .setLineWidth(0.4)
      .line(MARGIN, c.y + 6.5, MARGIN + width, c.y + 6.5);
    c.y += 9;
    for (const block of section.blocks) drawBlock(c, block);
    c.y += 2;
  }
  drawFooters(doc, report.footer);
  if (options.attachment) attachFile(doc, options.attachment);
  return new Uint8Array(doc.output('arraybuffer'));
}

function drawHeading(c: Cursor, report: PdfReport): void {
  c.doc
    .setFont('helvetica', 'bold')
    .setFontSize(16)
    .text(report.title, c.left, c.y + 6);
  c.doc
    .setFont('helvetica', 'normal')
    .setFontSize(BODY_PT)
    .text(report.subtitle, c.left, c.y + 11);
  c.y += 16;
}

/** The integrity footer and "Page n of m" on every page. */
function drawFooters(doc: jsPDF, footer: string[]): void {
  const pages = doc.getNumberOfPages();
  const w = doc.internal.pageSize.getWidth();
  const h = doc.internal.pageSize.getHeight();
  for (let p = 1; p <= pages; p++) {
    doc.setPage(p);
    const top = h - MARGIN - FOOTER_MM + 4;
    doc
      .setDrawColor(0)
      .setLineWidth(0.2)
      .line(MARGIN, top, w - MARGIN, top);
    doc.setFont('helvetica', 'normal').setFontSize(7.5).setTextColor(0);
    footer.forEach((line, i) => doc.text(line, MARGIN, top + 4 + i * 3.5));
    doc.text(`Page ${p} of ${pages}`, w - MARGIN, top + 4, { align: 'right' });
  }
}
