import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import calvados from '$lib/local-help/territories/calvados.json';
import national from '$lib/local-help/territories/national.json';
import descriptionsFr from '$lib/local-help/descriptions.fr.json';
import whereToFindJson from '$lib/local-help/where-to-find.json';
import { descriptions, entry, source, territoryFile, whereToFind, type Source } from '$lib/local-help/schema';

const FILES = { 'calvados.json': calvados, 'national.json': national } as const;
const dayRe = /^\d{4}-\d{2}-\d{2}$/;

/** A real calendar day (2026-02-30 is not). */
const isDay = (d: string) => dayRe.test(d) && new Date(`${d}T00:00:00Z`).toISOString().slice(0, 10) === d;

/** Every string in a JSON value. */
function strings(v: unknown): string[] {
  if (typeof v === 'string') return [v];
  if (Array.isArray(v)) return v.flatMap(strings);
  if (v && typeof v === 'object') return Object.values(v).flatMap(strings);
  return [];
}

const sourceOk = (s: Source) => s.url.startsWith('https://') && isDay(s.seen) && s.title.length > 2;

describe('local-help data files', () => {
  it('every file parses against its schema', () => {
    for (const [name, json] of Object.entries(FILES)) {
      const r = territoryFile.safeParse(json);
      expect(r.success, `${name}: ${r.success ? '' : r.error.message}`).toBe(true);
    }
    expect(descriptions.safeParse(descriptionsFr).success).toBe(true);
    expect(whereToFind.safeParse(whereToFindJson).success).toBe(true);
  });

  it('the Calvados file is department 14', () => {
    const f = territoryFile.parse(calvados);
    expect(f.scope === 'departement' && f.departement).toBe('14');
  });

  it('every address, phone and web fact cites a page (https) and the day it was seen', () => {
    let facts = 0;
    for (const json of Object.values(FILES)) {
      for (const e of territoryFile.parse(json).entries) {
        for (const f of [e.contact.address, e.contact.phone, e.contact.web]) {
          if (f === undefined) continue;
          facts++;
          expect(sourceOk(f.source), `${e.id}: ${JSON.stringify(f.source)}`).toBe(true);
        }
        for (const s of e.evidence) expect(sourceOk(s), `${e.id} evidence ${s.url}`).toBe(true);
      }
    }
    expect(facts).toBeGreaterThan(5);
    for (const item of whereToFind.parse(whereToFindJson).items) {
      for (const s of [...item.sources, ...(item.help ? [item.help.source] : [])])
        expect(sourceOk(s), `${item.id} ${s.url}`).toBe(true);
    }
  });

  it('every URL in every file is https', () => {
    const all = [...Object.values(FILES), whereToFindJson].flatMap(strings);
    const urls = all.flatMap((s) => s.match(/\bhttps?:\/\/[^\s)»"]+/g) ?? []);
    expect(urls.length).toBeGreaterThan(20);
    expect(urls.filter((u) => !u.startsWith('https://'))).toEqual([]);
  });

  it('no duplicate ids; every entry has a French description and no description is orphaned', () => {
    const entryIds = Object.values(FILES).flatMap((j) => territoryFile.parse(j).entries.map((e) => e.id));
    expect(new Set(entryIds).size).toBe(entryIds.length);
    const itemIds = whereToFind.parse(whereToFindJson).items.map((i) => i.id);
    expect(new Set(itemIds).size).toBe(itemIds.length);
    expect(Object.keys(descriptionsFr).sort()).toEqual([...entryIds].sort());
  });

  it('every amount the questions ask has at least one where-to-find item', () => {
    const asked = new Set(whereToFind.parse(whereToFindJson).items.map((i) => i.asks));
    for (const a of ['rsa', 'aide-logement', 'are-journalier', 'are-fin-droits', 'ass', 'loyer', 'salaire-net', 'salaire-brut-horaire'])
      expect(asked.has(a as never), a).toBe(true);
  });
});

describe('local-help schema refuses what the data must never contain', () => {
  const good = { url: 'https://example.org/', title: 'Example', seen: '2026-11-25', official: true, says: 'a fixture' };
  const base = { id: 'a-b', name: 'AB', topics: ['emploi'], contact: {}, evidence: [good], status: 'current' };

  it('an http:// source', () => {
    expect(source.safeParse({ ...good, url: 'http://example.org/' }).success).toBe(false);
  });
  it('a fact without its source, or a source without its date', () => {
    expect(entry.safeParse({ ...base, contact: { phone: { value: '39 49' } } }).success).toBe(false);
    const { seen: _seen, ...undated } = good;
    expect(entry.safeParse({ ...base, contact: { web: { value: 'https://example.org/', source: undated } } }).success).toBe(false);
    expect(entry.safeParse({ ...base, contact: { web: { value: 'https://example.org/', source: { ...good, seen: '25/11/2026' } } } }).success).toBe(false);
  });
  it('an entry without evidence, or a topic outside the closed list', () => {
    expect(entry.safeParse({ ...base, evidence: [] }).success).toBe(false);
    expect(entry.safeParse({ ...base, topics: ['logement'] }).success).toBe(false);
  });
  it('runs without code generation (CSP): zod is configured jitless', () => {
    expect(z.config().jitless).toBe(true);
  });
});
