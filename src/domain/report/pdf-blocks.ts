import type { BpChart } from './bp-chart';

// The building blocks of the PDF layout model (pdf-model.ts): sections of fields, tables, a chart
// and text. The section builders and the model share them; platform/pdf-draw.ts draws them.

/** A block of content inside a section. */
export type PdfBlock =
  | { kind: 'fields'; rows: { label: string; value: string }[] }
  | { kind: 'table'; columns: { title: string; width: number }[]; rows: string[][] }
  | { kind: 'chart'; chart: BpChart }
  | { kind: 'text'; text: string };

/** A titled section; a boxed one is drawn inside a frame (the critical events on page 1). */
export interface PdfSection {
  title: string;
  blocks: PdfBlock[];
  boxed?: boolean;
}

/** A table block: column titles, relative widths, rows of cells. */
export function tableBlock(titles: string[], widths: number[], rows: string[][]) {
  return {
    kind: 'table' as const,
    columns: titles.map((title, i) => ({ title, width: widths[i]! })),
    rows,
  };
}
