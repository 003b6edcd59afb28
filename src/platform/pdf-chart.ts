import type { jsPDF } from 'jspdf';
import type { BpChart } from '../domain/report/bp-chart';
import type { Cursor } from './pdf-cursor';

// The blood-pressure chart, in black and greys: systolic as filled circles on a solid line,
// diastolic as open squares on a dashed line, the session's limit as dotted lines, and the dose
// as a vertical line, so it reads the same on a black-and-white print.

/** Height of the chart with its labels and legend, in mm. */
export const CHART_MM = 65;

/** Draw the chart at the cursor (the caller makes room for CHART_MM) and move it down. */
export function drawChart(c: Cursor, chart: BpChart): void {
  const { doc } = c;
  const box = { x: c.left + 12, y: c.y + 2, w: c.width - 14, h: CHART_MM - 18 };
  const px = (minute: number) => box.x + (minute / chart.xMax) * box.w;
  const py = (mmHg: number) =>
    box.y + box.h - ((mmHg - chart.yMin) / (chart.yMax - chart.yMin)) * box.h;
  doc.setFont('helvetica', 'normal').setFontSize(7).setTextColor(0);
  for (let v = chart.yMin; v <= chart.yMax; v += chart.yStep) {
    doc
      .setDrawColor(200)
      .setLineWidth(0.1)
      .line(box.x, py(v), box.x + box.w, py(v));
    doc.text(String(v), box.x - 1.5, py(v) + 1, { align: 'right' });
  }
  for (let m = 0; m <= chart.xMax; m += chart.xStep)
    doc.text(m % 60 === 0 ? `${m / 60} h` : `${m} min`, px(m), box.y + box.h + 4, {
      align: 'center',
    });
  doc.setDrawColor(0).setLineWidth(0.3).rect(box.x, box.y, box.w, box.h);
  if (chart.limit) {
    doc.setLineDashPattern([1, 1], 0).setLineWidth(0.2);
    for (const v of [chart.limit.systolic, chart.limit.diastolic])
      doc.line(box.x, py(v), box.x + box.w, py(v));
    doc.setLineDashPattern([], 0);
  }
  if (chart.doseMinute !== undefined) {
    doc.setLineWidth(0.2).line(px(chart.doseMinute), box.y, px(chart.doseMinute), box.y + box.h);
    doc.text('Dose', px(chart.doseMinute) + 1, box.y + 3);
  }
  series(
    doc,
    chart.points.map((p) => [px(p.minute), py(p.systolic)]),
    'filled',
  );
  series(
    doc,
    chart.points.map((p) => [px(p.minute), py(p.diastolic)]),
    'open',
  );
  legend(doc, box.x, box.y + box.h + 8);
  c.y += CHART_MM - 4;
}

/** A line through points with a marker at each: filled circles (systolic) or open squares. */
function series(doc: jsPDF, pts: number[][], marker: 'filled' | 'open'): void {
  doc
    .setDrawColor(0)
    .setFillColor('#000000')
    .setLineWidth(marker === 'filled' ? 0.4 : 0.2);
  if (marker === 'open') doc.setLineDashPattern([1.2, 0.8], 0);
  for (let i = 1; i < pts.length; i++)
    doc.line(pts[i - 1]![0]!, pts[i - 1]![1]!, pts[i]![0]!, pts[i]![1]!);
  doc.setLineDashPattern([], 0);
  for (const [x, y] of pts) {
    if (marker === 'filled') doc.circle(x!, y!, 0.9, 'F');
    else doc.setFillColor('#ffffff').rect(x! - 0.9, y! - 0.9, 1.8, 1.8, 'FD');
  }
}

function legend(doc: jsPDF, x: number, y: number): void {
  series(
    doc,
    [
      [x, y],
      [x + 6, y],
    ],
    'filled',
  );
  doc.setFontSize(7).text('Systolic', x + 8, y + 1);
  series(
    doc,
    [
      [x + 24, y],
      [x + 30, y],
    ],
    'open',
  );
  doc.text('Diastolic', x + 32, y + 1);
  doc
    .setLineDashPattern([1, 1], 0)
    .setLineWidth(0.2)
    .line(x + 50, y, x + 56, y);
  doc.setLineDashPattern([], 0).text('Limit for the session', x + 58, y + 1);
}
