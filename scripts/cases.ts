/**
 * npm run --silent cases -- <cases.json> [--timing]
 * Reads a JSON array of cases (reference format), prints a JSON array of results (same ids, same order) on stdout.
 * --timing: one line on stderr, {"cases": N, "compute_ms": X}, from the parsed array to the result objects.
 */
import { readFileSync } from 'node:fs';
import { rules } from '../src/lib/engine/rules/load';
import { runCases } from '../src/lib/cases/run';

const args = process.argv.slice(2);
const file = args.find((a) => !a.startsWith('--'));
if (!file) {
  console.error('usage: npm run --silent cases -- <cases.json> [--timing]');
  process.exit(2);
}
let cases: unknown;
try {
  cases = JSON.parse(readFileSync(file, 'utf8'));
} catch (e) {
  console.error(`cases: cannot read ${file}: ${(e as Error).message}`);
  process.exit(2);
}
if (!Array.isArray(cases)) {
  console.error('cases: the file must hold a JSON array of cases');
  process.exit(2);
}
const R = rules();
const t0 = performance.now();
const out = runCases(cases, R);
const ms = performance.now() - t0;
process.stdout.write(JSON.stringify(out) + '\n');
if (args.includes('--timing')) process.stderr.write(JSON.stringify({ cases: cases.length, compute_ms: Math.round(ms * 10) / 10 }) + '\n');
