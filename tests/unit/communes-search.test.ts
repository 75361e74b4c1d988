/** Searching communes by name, former name or postal code, on the committed table. */
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { searchCommunes } from '../../src/lib/communes/search';
import { loadIndex } from './communes-table';

const index = loadIndex();
const pkg = createRequire(import.meta.url)('@etalab/decoupage-administratif/data/communes.json') as {
  code: string; nom: string; type: string; zone: string; population?: number; codesPostaux?: string[];
}[];
const search = (q: string, limit?: number) => searchCommunes(index, q, { limit });
const codes = (q: string, limit?: number) => search(q, limit).map((m) => m.commune.code);

describe('searchCommunes: names', () => {
  it('finds Caen (14118, zone 2 — dossier §4.2) by name in any case and by postal code', () => {
    for (const q of ['caen', 'CAEN', 'Caen', ' caen ', '14000']) {
      const [first] = search(q);
      expect(first?.commune.code, q).toBe('14118');
      expect(first?.commune.zone).toBe(2);
    }
    expect(search('14000')[0]).toMatchObject({ matched: 'postal-code', postalCode: '14000' });
  });

  it('ignores accents, hyphens and Saint/St: "herouville st clair" is Hérouville-Saint-Clair (zone 2)', () => {
    for (const q of ['herouville st clair', 'Hérouville-Saint-Clair', 'HEROUVILLE SAINT CLAIR', 'hérouville-st-clair']) {
      const [first] = search(q);
      expect(first?.commune.name, q).toBe('Hérouville-Saint-Clair');
      expect(first?.commune.zone).toBe(2); // dossier §4.2
    }
  });

  it('ignores apostrophes and spaces: L’Abergement-Clémenciat (01001)', () => {
    for (const q of ["l'abergement-clemenciat", 'L’Abergement Clémenciat', 'labergement clemenciat', 'l abergement c']) {
      expect(codes(q)[0], q).toBe('01001');
    }
  });

  it('while "St" is being typed, offers both Strasbourg and the Saint-… communes', () => {
    const names = search('St').map((m) => m.commune.name);
    expect(names).toContain('Strasbourg');
    expect(names.some((n) => n.startsWith('Saint-'))).toBe(true);
    expect(search('st lo')[0]?.commune.name).toBe('Saint-Lô');
    expect(search('ste marie')[0]?.commune.name).toMatch(/^Sainte-Marie/);
  });

  it('ranks exact, then prefix, then word prefix, then alias matches', () => {
    const names = search('lyon', 50).map((m) => m.commune.name);
    expect(names[0]).toBe('Lyon'); // exact
    const prefix = names.indexOf('Lyons-la-Forêt');
    const word = names.indexOf('Sainte-Foy-lès-Lyon');
    expect(prefix).toBeGreaterThan(0);
    expect(word).toBeGreaterThan(prefix);
    const kinds = search('labergement', 50).map((m) => m.matched);
    expect(kinds).toContain('alias'); // Levier ← Labergement-du-Navois
    expect(kinds.indexOf('alias')).toBe(kinds.lastIndexOf('name') + 1);
  });

  it('among equal matches puts larger communes first', () => {
    // The most populous "Saint-…" commune in @etalab/decoupage-administratif comes first.
    const largest = pkg
      .filter((c) => c.type === 'commune-actuelle' && c.zone === 'metro' && c.nom.startsWith('Saint-'))
      .sort((a, b) => (b.population ?? 0) - (a.population ?? 0))[0];
    expect(search('saint')[0]?.commune.code).toBe(largest.code);
    expect(search('pari')[0]?.commune.name).toBe('Paris');
    expect(search('paris')[0]?.commune.zone).toBe(1); // CSV 75056 Paris: 1bis → zone 1
  });

  it('limits the number of results', () => {
    expect(search('saint').length).toBe(10);
    expect(search('saint', 3).length).toBe(3);
  });
});

describe('searchCommunes: merged communes', () => {
  it('finds Souleuvre en Bocage by the name of its delegated commune Le Bény-Bocage', () => {
    for (const q of ['Bény-Bocage', 'le beny bocage', 'beny']) {
      const hit = search(q).find((m) => m.commune.code === '14061');
      expect(hit, q).toMatchObject({ matched: 'alias', alias: 'Le Bény-Bocage' });
      expect(hit?.commune.name).toBe('Souleuvre en Bocage');
    }
  });

  it('finds Saint-Pierre-en-Auge by its former commune Saint-Pierre-sur-Dives, and Paris by a district', () => {
    expect(search('saint pierre sur dives')[0]).toMatchObject({ matched: 'alias', alias: 'Saint-Pierre-sur-Dives' });
    expect(search('saint pierre sur dives')[0]?.commune.code).toBe('14654');
    expect(search('paris 15')[0]).toMatchObject({ alias: 'Paris 15e Arrondissement' });
  });
});

describe('searchCommunes: postal codes', () => {
  it('lists every commune sharing a postal code (14220, per @etalab/decoupage-administratif)', () => {
    const expected = pkg
      .filter((c) => c.type === 'commune-actuelle' && c.codesPostaux?.includes('14220'))
      .map((c) => c.code)
      .sort();
    expect(expected.length).toBe(20);
    expect(codes('14220').sort()).toEqual(expected);
  });

  it('completes a postal code prefix and narrows a name by a full postal code', () => {
    expect(search('1400').every((m) => m.postalCode?.startsWith('1400'))).toBe(true);
    expect(codes('14000 caen')).toEqual(['14118']);
    expect(codes('caen 75001')).toEqual([]);
    expect(codes('75015')).toEqual(['75056']);
  });
});

describe('searchCommunes: garbage and speed', () => {
  it('returns nothing, quickly, for empty, symbol-only, huge or impossible input', () => {
    for (const q of ['', '   ', '%%%', "'-'", 'x'.repeat(10_000), '%'.repeat(10_000), '123456', 'zzzzzz']) {
      const t = performance.now();
      expect(search(q), q.slice(0, 10)).toEqual([]);
      expect(performance.now() - t).toBeLessThan(50);
    }
  });

  it(`searches ${index.communes.length} communes in under 5 ms per keystroke`, () => {
    const typed = ['Hérouville-Saint-Clair', 'souleuvre en bocage', 'st lo', '14220', 'marseille'];
    const keystrokes = typed.flatMap((w) => [...w].map((_, i) => w.slice(0, i + 1)));
    for (const q of keystrokes) search(q); // warm up
    const t = performance.now();
    for (const q of keystrokes) search(q);
    const perKeystroke = (performance.now() - t) / keystrokes.length;
    expect(perKeystroke).toBeLessThan(5);
  });
});
