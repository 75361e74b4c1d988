/**
 * Compiles rules/*.yaml into src/lib/engine/rules/compiled.json after checking them with zod.
 * The browser gets the checked JSON, never a YAML parser. Run by `npm run rules` (before dev, build and test).
 * With --check it only verifies that compiled.json is up to date (exit 1 otherwise).
 */
import { readFileSync, readdirSync, writeFileSync, existsSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { compileRules } from '../src/lib/engine/rules/compile';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const rulesDir = join(root, 'rules');
const out = join(root, 'src/lib/engine/rules/compiled.json');

const files = readdirSync(rulesDir)
  .filter((f) => f.endsWith('.yaml') && f !== 'release.yaml')
  .sort();
const release = parse(readFileSync(join(rulesDir, 'release.yaml'), 'utf8'));
const docs = files.map((f) => ({ file: f, doc: parse(readFileSync(join(rulesDir, f), 'utf8')) }));

const result = compileRules(release, docs);
if (!result.ok) {
  console.error('rules: invalid\n' + result.errors.map((e) => '  - ' + e).join('\n'));
  process.exit(1);
}
const json = JSON.stringify(result.rules, null, 1) + '\n';
if (process.argv.includes('--check')) {
  const current = existsSync(out) ? readFileSync(out, 'utf8') : '';
  if (current !== json) {
    console.error('rules: src/lib/engine/rules/compiled.json is out of date: run `npm run rules`');
    process.exit(1);
  }
  console.log('rules: compiled.json is up to date');
} else {
  writeFileSync(out, json);
  console.log(`rules: ${Object.keys(result.rules.parameters).length} parameters from ${files.length} files → release ${result.rules.release}`);
}
