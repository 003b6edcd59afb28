import type { jsPDF } from 'jspdf';
import type { PdfBlock } from '../domain/report/pdf-model';
import { CHART_MM, drawChart } from './pdf-chart';
import { ensure, type Cursor } from './pdf-cursor';

// Drawing the blocks of the PDF layout model with jsPDF, in black, greys and line styles only,
// so a black-and-white print reads as well as the screen. Units are millimetres.

/** Body text size (pt) and line height (mm). */
export const BODY_PT = 9;
const LINE_MM = 4;

/** Draw one block at the cursor and move it down. */
export function drawBlock(c: Cursor, block: PdfBlock): void {
  if (block.kind === 'text') drawText(c, block.text);
  else if (block.kind === 'fields') drawFields(c, block.rows);
  else if (block.kind === 'table') drawTable(c, block.columns, block.rows);
  else {
    ensure(c, CHART_MM);
    drawChart(c, block.chart);
  }
  c.y += 2;
}

// The widest Helvetica glyph is about 1.02 em: text shorter than this many mm per character fits
// without measuring (measuring is most of the cost of a long table).
const WIDEST_MM_PER_PT = (1.02 * 25.4) / 72;

/** Text wrapped to `width` mm; short text is not measured, most other text only once. */
function lines(doc: jsPDF, text: string, width: number): string[] {
  if (text.length * WIDEST_MM_PER_PT * doc.getFontSize() <= width) return [text];
  if (doc.getTextWidth(text) <= width) return [text];
  return doc.splitTextToSize(text, width) as string[];
}

function drawText(c: Cursor, text: string): void {
  c.doc.setFont('helvetica', 'normal').setFontSize(BODY_PT);
  for (const line of lines(c.doc, text, c.width)) {
    ensure(c, LINE_MM);
    c.doc.text(line, c.left, c.y + 3);
    c.y += LINE_MM;
  }
}

function drawFields(c: Cursor, rows: { label: string; value: string }[]): void {
  const labelWidth = Math.min(60, c.width * 0.35);
  for (const row of rows) {
    c.doc.setFontSize(BODY_PT);
    const value = lines(c.doc.setFont('helvetica', 'normal'), row.value, c.width - labelWidth);
    const label = lines(c.doc.setFont('helvetica', 'bold'), row.label, labelWidth - 3);
    const height = Math.max(value.length, label.length) * LINE_MM;
    ensure(c, height);
    c.doc.text(label, c.left, c.y + 3);
    c.doc.setFont('helvetica', 'normal').text(value, c.left + labelWidth, c.y + 3);
    c.y += height;
  }
}

// Body lines are LINE_MM apart: jsPDF spaces lines by font size × this factor (1 pt = 25.4/72 mm).
const LINE_FACTOR = LINE_MM / ((BODY_PT * 25.4) / 72);

/**
 * A table with a header repeated on every page. For speed (a 1,000-entry log is 1,000 rows),
 * each column of a page is drawn with one text() call: cells with fewer lines than their row are
 * padded with empty lines, so every line lands LINE_MM below the one before.
 */
function drawTable(c: Cursor, columns: { title: string; width: number }[], rows: string[][]): void {
  const total = columns.reduce((s, col) => s + col.width, 0);
  const widths = columns.map((col) => (col.width / total) * c.width);
  const xs = widths.map((_, i) => c.left + widths.slice(0, i).reduce((s, w) => s + w, 0));
  let page: string[][] = [];
  let rules: number[] = [];
  let top = 0;
  const start = () => {
    c.doc.setFont('helvetica', 'bold').setFontSize(BODY_PT);
    columns.forEach((col, i) => c.doc.text(col.title, xs[i]!, c.y + 3));
    c.y += LINE_MM + 0.5;
    c.doc
      .setDrawColor(0)
      .setLineWidth(0.3)
      .line(c.left, c.y - 0.8, c.left + c.width, c.y - 0.8);
    c.doc.setFont('helvetica', 'normal');
    [page, rules, top] = [columns.map(() => []), [], c.y];
  };
  const flush = () => {
    page.forEach((col, i) => {
      if (col.length > 0) c.doc.text(col, xs[i]!, top + 3, { lineHeightFactor: LINE_FACTOR });
    });
    c.doc.setDrawColor(170).setLineWidth(0.1);
    for (const y of rules) c.doc.line(c.left, y, c.left + c.width, y);
  };
  ensure(c, 2 * LINE_MM + 1);
  start();
  for (const row of rows) {
    const cells = row.map((cell, i) => lines(c.doc, cell, widths[i]! - 2));
    const n = Math.max(1, ...cells.map((l) => l.length));
    if (c.y + n * LINE_MM > c.bottom) {
      flush();
      c.y = c.newPage();
      start();
    }
    cells.forEach((l, i) => page[i]!.push(...l, ...Array<string>(n - l.length).fill('')));
    c.y += n * LINE_MM;
    rules.push(c.y - 0.5);
  }
  flush();
}
