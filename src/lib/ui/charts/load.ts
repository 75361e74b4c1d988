/**
 * Chart.js, fetched only when a chart is about to be drawn (never in the first page's code), with only the pieces
 * Reprise's three charts use registered (tree-shaken: ~50 kB gzip instead of ~70 kB for chart.js/auto).
 */
import type { Chart } from 'chart.js';

export type ChartModule = typeof import('chart.js');
let pending: Promise<ChartModule> | undefined;

export function loadChartJs(): Promise<ChartModule> {
  pending ??= import('chart.js').then((m) => {
    m.Chart.register(
      m.BarController,
      m.BarElement,
      m.LineController,
      m.LineElement,
      m.PointElement,
      m.LinearScale,
      m.CategoryScale,
      m.Filler,
      m.Legend,
      m.Tooltip
    );
    return m;
  });
  pending.catch(() => (pending = undefined));
  return pending;
}

export type { Chart };
