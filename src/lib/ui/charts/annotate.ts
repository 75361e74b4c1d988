/**
 * A small Chart.js plugin for Reprise's marks: shaded ranges of x (the cliffs of the hours curve), vertical
 * marker lines with a label ("vous êtes ici") and numbered dots (the changes of the 12 months). The data lives in
 * the closure, so each chart gets its own instance.
 */
import type { Chart, Plugin } from 'chart.js';
import { CLIFF, FOCUS, INK } from './theme';

export interface Band {
  from: number;
  to: number;
}
export interface Mark {
  /** x value (linear scale) or category index. */
  x: number;
  y?: number;
  text: string;
  /** A vertical line through the chart at x. */
  line?: boolean;
}

export function annotate(id: string, bands: readonly Band[], marks: readonly Mark[]): Plugin {
  return {
    id,
    beforeDatasetsDraw(chart: Chart) {
      const { ctx, chartArea: a, scales } = chart;
      const x = scales.x;
      ctx.save();
      ctx.fillStyle = CLIFF;
      for (const b of bands) {
        const x1 = x.getPixelForValue(b.from);
        const x2 = x.getPixelForValue(b.to);
        ctx.fillRect(Math.min(x1, x2), a.top, Math.max(2, Math.abs(x2 - x1)), a.bottom - a.top);
      }
      ctx.restore();
    },
    afterDatasetsDraw(chart: Chart) {
      const { ctx, chartArea: a, scales } = chart;
      ctx.save();
      ctx.font = '600 14px system-ui, sans-serif';
      ctx.textBaseline = 'bottom';
      for (const m of marks) {
        const px = scales.x.getPixelForValue(m.x);
        const py = m.y === undefined ? a.top + 16 : scales.y.getPixelForValue(m.y);
        if (m.line) {
          ctx.strokeStyle = FOCUS;
          ctx.setLineDash([5, 4]);
          ctx.lineWidth = 2;
          ctx.beginPath();
          ctx.moveTo(px, a.top);
          ctx.lineTo(px, a.bottom);
          ctx.stroke();
          ctx.setLineDash([]);
        }
        const w = ctx.measureText(m.text).width;
        // keep the label inside the chart area
        const left = Math.min(Math.max(px - w / 2, a.left + 2), a.right - w - 2);
        const top = Math.max(py - 10, a.top + 18);
        ctx.fillStyle = 'rgba(252, 251, 248, 0.9)';
        ctx.fillRect(left - 3, top - 18, w + 6, 20);
        ctx.fillStyle = INK;
        ctx.textAlign = 'left';
        ctx.fillText(m.text, left, top);
      }
      ctx.restore();
    }
  };
}
