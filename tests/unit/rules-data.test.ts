/**
 * Tests on the rules data itself (issue 3): schema, every value has a source and a check date, dates strictly
 * ascending, every parameter defined for every month of its covered range, and compiled.json in step with the YAML.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { compileRules } from '$lib/engine/rules/compile';
import { rulesFile } from '$lib/engine/rules/schema';
import { Rules } from '$lib/engine/rules';
import { monthIndex, monthString } from '$lib/engine/month';
import compiled from '$lib/engine/rules/compiled.json';

const dir = join(process.cwd(), 'rules');
const files = readdirSync(dir).filter((f) => f.endsWith('.yaml') && f !== 'release.yaml').sort();
const docs = files.map((file) => ({ file, doc: parse(readFileSync(join(dir, file), 'utf8')) }));
const release = parse(readFileSync(join(dir, 'release.yaml'), 'utf8'));

describe('rules/*.yaml', () => {
  it('every file follows the schema and the whole set compiles', () => {
    for (const { file, doc } of docs) {
      const r = rulesFile.safeParse(doc);
      expect(r.success, `${file}: ${r.success ? '' : r.error.message}`).toBe(true);
    }
    const result = compileRules(release, docs);
    expect(result.ok ? [] : result.errors).toEqual([]);
  });

  it('compiled.json is what the YAML compiles to (run `npm run rules` after editing a rules file)', () => {
    const result = compileRules(release, docs);
    expect(result.ok).toBe(true);
    if (result.ok) expect(JSON.parse(JSON.stringify(result.rules))).toEqual(compiled);
  });

  it('every dated value cites a source and the day it was checked; URLs are https', () => {
    for (const [name, p] of Object.entries(compiled.parameters)) {
      for (const v of p.values) {
        expect(v.source.title.length, `${name} ${v.from}`).toBeGreaterThan(3);
        expect(v.checked, `${name} ${v.from}`).toMatch(/^\d{4}-\d{2}-\d{2}$/);
        if ('url' in v.source && v.source.url) expect(v.source.url, `${name} ${v.from}`).toMatch(/^https:\/\//);
      }
    }
  });

  it('dates of effect are strictly ascending and on the 1st of a month', () => {
    for (const [name, p] of Object.entries(compiled.parameters)) {
      const dates = p.values.map((v) => v.from);
      expect(dates.every((d) => /^\d{4}-\d{2}-01$/.test(d)), name).toBe(true);
      expect([...dates].sort(), name).toEqual(dates);
      expect(new Set(dates).size, name).toBe(dates.length);
    }
  });

  it('every parameter has a value for every month of its covered range (its needed_from, or 2024-04, to 2027-12)', () => {
    const R = new Rules(compiled as never);
    const last = monthIndex('2027-12');
    for (const [name, p] of Object.entries(compiled.parameters)) {
      const first = monthIndex((p as { needed_from?: string }).needed_from ?? compiled.first_month);
      for (let m = first; m <= last; m++) {
        expect(() => R.get(name, m), `${name} at ${monthString(m)}`).not.toThrow();
      }
    }
  });

  it('a month past a parameter\'s next review is marked stale with its note, the month before is not', () => {
    const R = new Rules(compiled as never);
    const reviewed = Object.entries(compiled.parameters).filter(([, p]) => 'next_review' in p && p.next_review);
    expect(reviewed.length).toBeGreaterThan(0);
    for (const [name, p] of reviewed) {
      const review = monthIndex((p as { next_review: string }).next_review);
      expect(R.get(name, review).stale, name).toBe(true);
      expect(R.get(name, review).staleSince, name).toBe((p as { next_review: string }).next_review);
      if (review - 1 >= monthIndex(p.values[p.values.length - 1].from.slice(0, 7))) {
        expect(R.get(name, review - 1).stale, name).toBe(false);
      }
    }
  });

  it('refuses a month before a parameter\'s first value with a typed error', () => {
    const R = new Rules(compiled as never);
    expect(() => R.get('rsa.montant_de_base', monthIndex('1999-01'))).toThrowError(/Aucune valeur/);
  });

  it('the compiler rejects a value without source, descending dates and a mid-month date', () => {
    const bad = {
      id: 'demo',
      title: 'Demo',
      legal_basis: 'none',
      parameters: {
        p: {
          description: 'demo parameter',
          values: [
            { from: '2025-01-01', value: 1, source: { title: 'Décret' }, checked: '2026-11-25' },
            { from: '2024-01-01', value: 2, source: { title: 'Décret' }, checked: '2026-11-25' }
          ]
        },
        q: { description: 'no source', values: [{ from: '2024-01-01', value: 1, checked: '2026-11-25' }] },
        r: { description: 'mid month', values: [{ from: '2024-01-15', value: 1, source: { title: 'Décret' }, checked: '2026-11-25' }] }
      }
    };
    const result = compileRules(release, [{ file: 'demo.yaml', doc: bad }]);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors.join('\n')).toMatch(/demo\.yaml/);
    const ordered = compileRules(release, [{ file: 'demo.yaml', doc: { ...bad, parameters: { p: bad.parameters.p } } }]);
    expect(ordered.ok ? '' : ordered.errors.join('\n')).toMatch(/strictly ascending/);
  });
});
