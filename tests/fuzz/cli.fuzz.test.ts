/**
 * The cases CLI (`npx tsx scripts/cases.ts <file>`, reference README "How the engine is checked") on hostile files:
 * not JSON, not an array, an empty array, 100 000-deep nesting, and one array of hostile cases (a 10 MB string field,
 * `__proto__` / `constructor` / `prototype` keys, 1e308 and 1e400 (= Infinity once parsed), −0, "NaN" strings,
 * unicode, nulls, wrong types) with a valid case among them. Expected: a file-level problem exits with code 2 and a
 * one-line message; otherwise exit 0 and one output per case, same id, same order — a typed `"<code>: <message>"`
 * error for each bad case, the valid case computed exactly as alone (nothing leaked from the others). Never a stack
 * trace, never a hang (each process is killed after 60 s).
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCase } from '$lib/cases/run';
import { R } from '../support/engine';
import { POLLUTION_JSON } from './hostile';

/** Generous: these run 1 000 cases; a machine busy with other work must not turn them red (speed is `npm run bench`'s job). */
const SLOW = { timeout: 300_000 };

const dir = mkdtempSync(join(tmpdir(), 'reprise-cli-fuzz-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
  ms: number;
}

function cli(name: string, content: string): Promise<Run> {
  const file = join(dir, name);
  writeFileSync(file, content);
  const t = performance.now();
  return new Promise((resolve) => {
    const p = spawn('npx', ['tsx', 'scripts/cases.ts', file], { cwd: process.cwd(), timeout: 60_000 });
    let stdout = '';
    let stderr = '';
    p.stdout.on('data', (b: Buffer) => (stdout += b.toString()));
    p.stderr.on('data', (b: Buffer) => (stderr += b.toString()));
    p.on('close', (code) => resolve({ code, stdout, stderr, ms: performance.now() - t }));
  });
}

const valid = { id: 'valid', month: '2026-09', adults: [{ age: 35, salaire_de_base: 1200, heures_hebdo: 22.5 }], children: [4], housing: { statut: 'locataire_vide', loyer: 520, zone: 2 } };
const housing = { statut: 'locataire_vide', loyer: 500, zone: 2 };
const adult = { age: 35, salaire_de_base: 0 };

/** Hostile cases as JSON text (some values — 1e400, −0, own __proto__ keys — only exist in the text). */
const hostileCases: [string, string][] = [
  ['proto-root', POLLUTION_JSON[0].replace('{', '{"id": "proto-root", ')],
  ['constructor-root', POLLUTION_JSON[1].replace('{', '{"id": "constructor-root", ')],
  ['prototype-root', POLLUTION_JSON[2].replace('{', '{"id": "prototype-root", ')],
  ['proto-in-adult', `{"id": "proto-in-adult", "month": "2026-09", "adults": [{"age": 35, "__proto__": {"salaire_de_base": 5000, "polluted": 1}}], "housing": ${JSON.stringify(housing)}}`],
  ['proto-in-housing', `{"id": "proto-in-housing", "month": "2026-09", "adults": [${JSON.stringify(adult)}], "housing": {"__proto__": {"zone": 1}, "constructor": {"prototype": {"polluted": 1}}, "statut": "locataire_vide", "loyer": 500, "zone": 2}}`],
  ['ten-mb-month', JSON.stringify({ id: 'ten-mb-month', month: 'x'.repeat(10 * 1024 * 1024), adults: [adult], housing })],
  ['huge', JSON.stringify({ id: 'huge', month: '2026-09', adults: [{ age: 35, salaire_de_base: 1e308 }], housing })],
  ['infinity', `{"id": "infinity", "month": "2026-09", "adults": [{"age": 35, "salaire_de_base": 1e400}], "housing": ${JSON.stringify(housing)}}`],
  ['minus-zero', `{"id": "minus-zero", "month": "2026-09", "adults": [{"age": 35, "salaire_de_base": -0, "chomage_brut": -0}], "housing": {"statut": "locataire_vide", "loyer": -0, "zone": 2}}`],
  ['nan-strings', JSON.stringify({ id: 'nan-strings', month: 'NaN', adults: [{ age: 'NaN', salaire_de_base: 'NaN' }], housing: { statut: 'NaN', loyer: 'Infinity', zone: 'NaN' } })],
  ['unicode', JSON.stringify({ id: 'فرد 😀 \u202e', month: '２０２６-０９', adults: [{ age: 35 }], housing: { ...housing, statut: 'locataire_vidé' } })],
  ['negative', JSON.stringify({ id: 'negative', month: '2026-09', adults: [{ age: 35, salaire_de_base: -1200 }], housing })],
  ['no-adults', JSON.stringify({ id: 'no-adults', month: '2026-09', adults: [], housing })],
  ['adults-not-array', JSON.stringify({ id: 'adults-not-array', month: '2026-09', adults: { length: 2 }, housing })],
  ['deep-field', `{"id": "deep-field", "month": ${'['.repeat(5000)}1${']'.repeat(5000)}, "adults": [], "housing": {}}`],
  ['transition-hostile', JSON.stringify({ id: 'transition-hostile', month: '2026-09', adults: [adult], housing, transition: { adult: 7, start_month: '2026-13', salaire_de_base: 1e308, months_after: 1e9 } })],
  ['null', 'null'],
  ['number', '42'],
  ['string', '"case"'],
  ['array', '[1, 2, 3]'],
  ['valid', JSON.stringify(valid)]
];

describe('cases CLI on hostile files', SLOW, () => {
  it('file-level problems: exit 2 with one message; an empty array: []; never a stack trace; all in time', async () => {
    const [notJson, notArray, empty, deepFile] = await Promise.all([
      cli('not-json.json', '{"id": "x", "month": '),
      cli('not-array.json', JSON.stringify(valid)),
      cli('empty.json', '[]'),
      cli('deep.json', '['.repeat(100_000) + ']'.repeat(100_000))
    ]);
    for (const r of [notJson, notArray]) {
      expect(r.code).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr).toMatch(/^cases: .+\n$/);
    }
    expect(empty).toMatchObject({ code: 0, stdout: '[]\n', stderr: '' });
    // 100 000 nested arrays: either refused as a file (exit 2, one line) or one case refused with a typed error.
    if (deepFile.code === 2) expect(deepFile.stderr).toMatch(/^cases: .+\n$/);
    else {
      expect(deepFile.code).toBe(0);
      const out = JSON.parse(deepFile.stdout) as { error: string }[];
      expect(out).toHaveLength(1);
      expect(out[0].error).toMatch(/^[a-z_]+: /);
    }
    for (const r of [notJson, notArray, empty, deepFile]) {
      expect(r.stderr).not.toMatch(/\n\s+at /);
      expect(r.ms).toBeLessThan(60_000);
    }
  });

  it('an array of hostile cases: one typed error per bad case, the valid one computed exactly as alone', async () => {
    const r = await cli('hostile.json', `[${hostileCases.map(([, json]) => json).join(',\n')}]`);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout) as { id: unknown; error?: string }[];
    expect(out).toHaveLength(hostileCases.length);
    const ids = hostileCases.map(([name, json]) => {
      const v = JSON.parse(json) as { id?: unknown } | null;
      return v !== null && typeof v === 'object' && !Array.isArray(v) && (typeof v.id === 'string' || typeof v.id === 'number') ? v.id : name;
    });
    /**
     * Cases that are valid once the unknown keys are dropped: computed as the same case without them. A `__proto__`
     * key is an unknown field like any other: its payload (a salary of 5 000 €, zone 1) must not be read.
     */
    const clean: Record<string, object> = {
      'proto-in-adult': { id: 'proto-in-adult', month: '2026-09', adults: [{ age: 35 }], housing },
      'proto-in-housing': { id: 'proto-in-housing', month: '2026-09', adults: [adult], housing },
      // −0 is zero (money.ts d()): a household with no income and no rent.
      'minus-zero': { id: 'minus-zero', month: '2026-09', adults: [{ age: 35, salaire_de_base: 0, chomage_brut: 0 }], housing: { ...housing, loyer: 0 } },
      valid
    };
    hostileCases.forEach(([name], i) => {
      const o = out[i];
      if (clean[name]) expect(o, name).toEqual(JSON.parse(JSON.stringify(runCase(clean[name], R))));
      else {
        expect(typeof o.error === 'string' ? o.error : JSON.stringify(o).slice(0, 200), name).toMatch(/^[a-z][a-z0-9_]*: \S/);
        if (ids[i] !== name) expect(o.id).toBe(ids[i]);
      }
    });
    // Nothing leaked from the hostile cases into the valid one (same output as computed alone, in this process).
    expect(out[hostileCases.length - 1]).toEqual(JSON.parse(JSON.stringify(runCase(valid, R))));
    expect(r.ms).toBeLessThan(60_000);
  });
});
