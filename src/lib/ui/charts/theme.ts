/**
 * Colours and shared options of Reprise's charts. Every colour has at least 3:1 contrast with the page background
 * (WCAG 1.4.11, graphical objects); stacked segments are also separated by a white border, and every chart has
 * its numbers in a table and its message in words, so nothing depends on telling colours apart.
 */
import { formatEuros } from '../format';

export const INK = '#16202a';
export const MUTED = '#3b4754';
export const GRID = '#d9d4c7';
export const ACCENT = '#0a4b5c';
export const FOCUS = '#b54300';
export const CLIFF = 'rgba(181, 67, 0, 0.14)';

/** Colours for the series of the bars chart, in order of appearance. */
export const SERIES = ['#0a4b5c', '#5b3a8c', '#b54300', '#2d6a2e', '#8a5a00', '#1f5fa8', '#7a1f5c', '#4a5a6a', '#6b4e16', '#0f6e6e', '#8b2f4b', '#3d5a1e', '#5a4a8a'];
export const COSTS = ['#9c2a2a', '#555f6b', '#7a4a00', '#3b4754'];

/** "1 200 €" on an axis or a tooltip, the French way in every language. */
export const euroTick = (v: number | string): string => formatEuros(Number(v), { cents: false });

/** Options every chart shares: no animation (instant, calm), the page's language, readable fonts. */
export function baseOptions(lang: string, rtl: boolean) {
  return {
    locale: lang,
    animation: false as const,
    responsive: true,
    maintainAspectRatio: false,
    font: { size: 14 },
    plugins: {
      legend: { rtl, textDirection: rtl ? 'rtl' : 'ltr', position: 'bottom' as const, labels: { color: INK, boxWidth: 14, font: { size: 14 } } },
      tooltip: { rtl, textDirection: rtl ? 'rtl' : 'ltr' }
    }
  };
}
