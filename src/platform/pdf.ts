import type { jsPDF } from 'jspdf';
import type { PdfReport, PdfSection } from '../domain/report/pdf-model';
import { attachFile, type PdfAttachment } from './pdf-attach';
import { ensure, type Cursor } from './pdf-cursor';
import { CHART_MM } from './pdf-chart';
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
    if (section.boxed) drawBoxed(c, section);
    else drawSection(c, section);
  }
  drawFooters(doc, report.footer);
  if (options.attachment) attachFile(doc, options.attachment);
  return new Uint8Array(doc.output('arraybuffer'));
}

function drawSection(c: Cursor, section: PdfSection): void {
  // A heading stays with the start of what it heads: a chart's whole height, else a few lines.
  ensure(c, section.blocks[0]?.kind === 'chart' ? 11 + CHART_MM : 14);
  c.doc
    .setFont('helvetica', 'bold')
    .setFontSize(11)
    .text(section.title, c.left, c.y + 5);
  c.doc
    .setDrawColor(0)
    .setLineWidth(0.4)
    .line(c.left, c.y + 6.5, c.left + c.width, c.y + 6.5);
  c.y += 9;
  for (const block of section.blocks) drawBlock(c, block);
  c.y += 2;
}

const BOX_PAD = 3;

/**
 * A section inside a heavy frame, so it stands out in black and white. A box that runs onto the
 * next page is framed on each page it covers, open where it continues.
 */
function drawBoxed(c: Cursor, section: PdfSection): void {
  ensure(c, 30);
  const { doc, left, width } = c;
  const firstPage = doc.getCurrentPageInfo().pageNumber;
  const top = c.y;
  Object.assign(c, { left: left + BOX_PAD, width: width - 2 * BOX_PAD });
  c.y += 1;
  drawSection(c, section);
  Object.assign(c, { left, width });
  const lastPage = doc.getCurrentPageInfo().pageNumber;
  const end = c.y;
  doc.setDrawColor(0).setLineWidth(0.8);
  for (let p = firstPage; p <= lastPage; p++) {
    doc.setPage(p);
    const y0 = p === firstPage ? top : MARGIN;
    const y1 = p === lastPage ? end : c.bottom;
    doc.line(left, y0, left, y1).line(left + width, y0, left + width, y1);
    if (p === firstPage) doc.line(left, y0, left + width, y0);
    if (p === lastPage) doc.line(left, y1, left + width, y1);
  }
  c.y = end + 4;
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
