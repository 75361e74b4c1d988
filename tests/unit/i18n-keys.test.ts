/**
 * No user-facing string outside the locale files, and the locale files agree with each other:
 * - every key the code passes to t() exists, as a string, in every locale;
 * - every locale has exactly the keys of fr (no missing, no leftover) and the same {{placeholders}};
 * - every fr key is used somewhere (no dead text to translate);
 * - en and ar are really translated (differ from fr, except names), ar is written in Arabic script;
 * - easy-to-read French keeps its sentences short.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LANGS } from '../../src/lib/i18n/langs';
import { emittedKeys } from '../../src/lib/simulation/keys';
import { rules } from '../../src/lib/engine/rules/load';
import { DESCRIPTIONS_FR, WHERE_TO_FIND } from '../../src/lib/local-help';

const ROOT = join(__dirname, '../..');
const LOCALES_DIR = join(ROOT, 'src/lib/i18n/locales');
type Tree = { [k: string]: string | Tree };

function flatten(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [k, v] of Object.entries(tree)) {
    const key = prefix ? `${prefix}.${k}` : k;
    if (typeof v === 'string') out.set(key, v);
    else for (const [kk, vv] of flatten(v, key)) out.set(kk, vv);
  }
  return out;
}
const locales = Object.fromEntries(
  LANGS.map((l) => [l, flatten(JSON.parse(readFileSync(join(LOCALES_DIR, `${l}.json`), 'utf8')) as Tree)])
) as Record<(typeof LANGS)[number], Map<string, string>>;
const fr = locales.fr;

/**
 * Keys built at run time: the exact template text as written in the code → the values it takes.
 * Add an entry here when you write t(`prefix.${x}`); the test then checks every expansion.
 */
const ROWS = ['salaire', 'chomage', 'rsa', 'prime-activite', 'aides-logement', 'allocations-familiales', 'complement-familial', 'asf',
  'paje', 'ars', 'aide-garde-enfants', 'aide-mobilite', 'prime-noel', 'loyer', 'garde', 'transport', 'impot'];
const DYNAMIC_KEYS: Record<string, readonly string[]> = {
  'languages.${code}': LANGS, // LanguageSwitch: one label per language
  // The simulation's results: the lines of the cards (results/rows.ts) and their one-sentence "why".
  'sim.rows.${id}': ROWS,
  'sim.why.${row.id}': ROWS,
  // Rules families named in the "not published yet" line.
  'sim.families.${fam}': Object.keys(rules().families),
  // Local help and "where do I find this number?": one text per data entry.
  'sim.help.${e.id}': Object.keys(DESCRIPTIONS_FR),
  'sim.where.${item.id}': WHERE_TO_FIND.map((w) => w.id),
  // The printed recap names the answers with the screens' own labels.
  'sim.home.housing.${state.home.housing}': ['tenant', 'hosted', 'owner'],
  'sim.income.situation.${a.situation}': ['nothing', 'rsa', 'are', 'ass', 'job'],
  'sim.job.contract.${state.job.contract}': ['cdi', 'cdd', 'interim'],
  'sim.commute.mode.${state.commute.mode}': ['bus', 'car', 'bike', 'walk']
};

/**
 * Keys the simulation model emits as messages (`{ key, vars }`, src/lib/simulation/keys.ts), shown through the UI's
 * `say()` — which calls t(key) with a variable, so they are listed here instead of found in the code.
 */
const MODEL_KEYS = emittedKeys(rules());

/** Same text in every language on purpose: names (endonyms in the switch, the product's name). */
const SAME_AS_FR = new Set([
  'app.name', 'app.pageTitle', 'languages.fr', 'languages.fr-x-falc', 'languages.en', 'languages.ar',
  // The same word in English, a unit, or the French name of a benefit kept as users see it on their letters.
  'sim.title', 'sim.job.hoursPreset', 'sim.pay.basis.net', 'sim.unit.km', 'sim.unit.minutes', 'sim.unit.kmValue', 'sim.rows.transport',
  'sim.families.ass', 'sim.families.prime-activite', 'sim.families.rsa', 'chart.bars.benefit.rsa', 'chart.bars.benefit.prime-activite',
  'chart.bars.transport'
]);
/** Values without Arabic script in ar, on purpose. */
const NOT_ARABIC = new Set(['app.name', 'app.pageTitle', 'languages.fr', 'languages.fr-x-falc', 'languages.en']);

function sourceFiles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out.push(...sourceFiles(p));
    else if (/\.(svelte|ts|js)$/.test(name) && !/\.d\.ts$/.test(name)) out.push(p);
  }
  return out;
}
// The i18n module itself calls i18next's own t(); the engine has no i18n by design.
const SKIP = [join(ROOT, 'src/lib/i18n'), join(ROOT, 'src/lib/engine')];
const files = sourceFiles(join(ROOT, 'src')).filter((f) => !SKIP.some((s) => f.startsWith(s)));

type Use = { key: string; file: string };
const uses: Use[] = [];
const problems: string[] = [];
for (const file of files) {
  const text = readFileSync(file, 'utf8');
  const where = relative(ROOT, file);
  for (const m of text.matchAll(/\bt\(\s*(?:'([^']*)'|"([^"]*)"|`([^`]*)`)/g)) {
    const literal = m[1] ?? m[2];
    const template = m[3];
    if (literal !== undefined) uses.push({ key: literal, file: where });
    else if (template !== undefined && !template.includes('${')) uses.push({ key: template, file: where });
    else if (template !== undefined && template in DYNAMIC_KEYS) {
      for (const v of DYNAMIC_KEYS[template]) uses.push({ key: template.replace(/\$\{[^}]*\}/, v), file: where });
    } else problems.push(`${where}: dynamic key t(\`${template}\`) is not declared in DYNAMIC_KEYS`);
  }
  for (const m of text.matchAll(/\bt\(\s*(?!['"`])([^)\s,]+)/g)) {
    if (m[1] !== 'key') problems.push(`${where}: t(${m[1]}) — pass a literal key so it can be checked`);
  }
}

for (const key of MODEL_KEYS) uses.push({ key, file: 'src/lib/simulation/keys.ts' });

const placeholders = (s: string) => [...s.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]).sort();

describe('locale files', () => {
  it('the code uses t() with literal or declared keys only', () => {
    expect(problems).toEqual([]);
    expect(uses.length).toBeGreaterThan(50); // the scan really finds the app's keys
  });

  it.each(LANGS)('every key used in the code exists in %s', (lang) => {
    const missing = uses.filter((u) => !locales[lang].has(u.key)).map((u) => `${u.file}: ${u.key}`);
    expect(missing).toEqual([]);
  });

  it.each(LANGS)('%s has exactly the keys of fr, with the same placeholders', (lang) => {
    const keys = [...locales[lang].keys()].sort();
    expect(keys).toEqual([...fr.keys()].sort());
    for (const [k, v] of fr) expect(placeholders(locales[lang].get(k) ?? ''), k).toEqual(placeholders(v));
  });

  it('no value is empty', () => {
    for (const lang of LANGS) for (const [k, v] of locales[lang]) expect(v.trim(), `${lang} ${k}`).not.toBe('');
  });

  it('every fr key is used by the code', () => {
    const used = new Set(uses.map((u) => u.key));
    expect([...fr.keys()].filter((k) => !used.has(k))).toEqual([]);
  });

  it.each(['en', 'ar'] as const)('%s is translated: values differ from fr except names', (lang) => {
    const same = [...fr].filter(([k, v]) => !SAME_AS_FR.has(k) && locales[lang].get(k) === v).map(([k]) => k);
    expect(same).toEqual([]);
  });

  it('ar values are written in Arabic script', () => {
    const latinOnly = [...locales.ar].filter(([k, v]) => !NOT_ARABIC.has(k) && !/\p{Script=Arabic}/u.test(v));
    expect(latinOnly.map(([k]) => k)).toEqual([]);
  });

  it('easy-to-read French: short sentences (at most 20 words), shorter on average than fr', () => {
    const sentences = (s: string) => s.split(/(?<=[.!?:;])\s+/).filter((x) => /\p{L}/u.test(x));
    const words = (s: string) => s.split(/\s+/).filter((w) => /\p{L}|\d/u.test(w)).length;
    const falc = [...locales['fr-x-falc'].values()].flatMap(sentences);
    const long = falc.filter((s) => words(s) > 20);
    expect(long).toEqual([]);
    const mean = (xs: string[]) => xs.reduce((a, s) => a + words(s), 0) / xs.length;
    expect(mean(falc)).toBeLessThan(mean([...fr.values()].flatMap(sentences)));
  });
});
