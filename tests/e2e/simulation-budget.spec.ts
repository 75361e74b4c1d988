/**
 * The first page stays light for old phones and kiosks: the JS of `/` as built (its <script>s, modulepreloads and
 * the inline bootstrap's import()s, each file gzip -9) is at most 150 kB, and none of it is chart code, the engine,
 * the rules or the commune table — those arrive only on the simulation page and its results.
 * Reads build/ (npm test builds before the browser tests); no browser needed.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { expect, test } from '@playwright/test';

const BUILD = join(process.cwd(), 'build');
const BUDGET = 150_000;

/** Same-origin JS files the built home page loads before any interaction. */
function firstPageScripts(html: string): string[] {
  const found = new Set<string>();
  const add = (p: string) => found.add(p.replace(/^\.?\//, ''));
  for (const m of html.matchAll(/<script[^>]*\ssrc="([^"]+\.js)"/g)) add(m[1]);
  for (const m of html.matchAll(/<link[^>]*rel="modulepreload"[^>]*>/g)) {
    const href = /href="([^"]+)"/.exec(m[0]);
    if (href) add(href[1]);
  }
  for (const m of html.matchAll(/import\("([^"]+\.js)"\)/g)) add(m[1]);
  return [...found];
}

/** Text only these parts contain (string literals survive minification). */
const MARKERS: Record<string, string> = {
  'chart.js': 'Failed to create chart', // Chart.js's own error message
  'the engine': 'Le premier mois de la chronologie est avant les règles connues.', // timeline/index.ts EngineError
  'the rules': 'history_from', // a field of compiled.json
  'the commune table (or its loader)': '/data/communes.',
  'the simulation model': 'simulation.hypothese-start-next-month' // a key src/lib/simulation emits
};

test.describe('first page budget', () => {
  test.skip(!existsSync(join(BUILD, 'index.html')), 'build/ is missing: run npm run build first');

  test('JS of / is at most 150 kB gzip -9, without chart code, engine, rules or commune table', () => {
    const html = readFileSync(join(BUILD, 'index.html'), 'utf8');
    const files = firstPageScripts(html);
    expect(files.length).toBeGreaterThan(3); // the Kit entry, app, nodes: the scan really finds them
    let total = 0;
    const sizes: string[] = [];
    for (const f of files) {
      const buf = readFileSync(join(BUILD, f));
      const gz = gzipSync(buf, { level: 9 }).length;
      total += gz;
      sizes.push(`${f} ${gz}`);
      const text = buf.toString('utf8');
      for (const [what, marker] of Object.entries(MARKERS)) expect(text.includes(marker), `${what} in ${f}`).toBe(false);
    }
    console.log(`first page JS: ${files.length} files, ${(total / 1000).toFixed(1)} kB gzip -9\n  ${sizes.join('\n  ')}`);
    expect(total).toBeLessThanOrEqual(BUDGET);
  });

  test('the markers are real: each is found somewhere in the built code or data', () => {
    const all = (dir: string): string[] =>
      readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? all(join(dir, e.name)) : [join(dir, e.name)]));
    const js = all(join(BUILD, '_app')).filter((f) => f.endsWith('.js')).map((f) => readFileSync(f, 'utf8'));
    for (const [what, marker] of Object.entries(MARKERS)) expect(js.some((t) => t.includes(marker)), what).toBe(true);
  });
});
