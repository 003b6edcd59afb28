import type { jsPDF } from 'jspdf';

// Where drawing stands on a PDF page, shared by the block drawer (pdf-draw.ts), the chart
// (pdf-chart.ts) and the document (pdf.ts). Units are millimetres.

/** Where drawing stands on the page, and how to get a fresh page. */
export interface Cursor {
  doc: jsPDF;
  y: number;
  left: number;
  width: number;
  /** Lowest y content may reach before a new page. */
  bottom: number;
  /** Start a new page and return its first y. */
  newPage: () => number;
}

/** Make room for `height` mm, starting a new page when it does not fit. */
export function ensure(c: Cursor, height: number): void {
  if (c.y + height > c.bottom) c.y = c.newPage();
}
