/**
 * The generated commune table (static/data/communes.<hash>.json) against its sources: the 2014 housing-aid
 * zoning (data/sources/zonage-apl-communes.csv, copied from the reference folder), rules-dossier §4.2, and
 * @etalab/decoupage-administratif. Expected zones come from the CSV or the dossier, never from our code.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { isCaenLaMer } from '../../src/lib/communes/types';
import { loadIndex } from './communes-table';

const require = createRequire(import.meta.url);
const pkgCommunes = require('@etalab/decoupage-administratif/data/communes.json') as {
  code: string; nom: string; type: string; zone: string; departement: string; codesPostaux?: string[];
}[];
const pkgEpcis = require('@etalab/decoupage-administratif/data/epci.json') as { code: string; membres: { code: string }[] }[];
const metro = pkgCommunes.filter((c) => c.type === 'commune-actuelle' && c.zone === 'metro');

const csvZone = new Map(
  readFileSync(fileURLToPath(new URL('../../data/sources/zonage-apl-communes.csv', import.meta.url)), 'utf8')
    .trim().split('\n').slice(1)
    .map((l) => l.split(','))
    .map((cols) => [cols[0], cols[4] === '1bis' ? 1 : Number(cols[4])] as const)
);

const index = loadIndex();
const get = (code: string) => {
  const c = index.byCode.get(code);
  if (!c) throw new Error(`commune ${code} missing`);
  return c;
};

describe('commune table: zones', () => {
  it('gives the zones of rules-dossier §4.2 and of the 2014 zoning file', () => {
    expect(get('14118').zone).toBe(2); // Caen: dossier §4.2 "zone 2"; CSV 14118,Caen,…,2
    expect(get('14327').zone).toBe(2); // Hérouville-Saint-Clair: dossier §4.2; CSV …,2
    expect(get('14341').zone).toBe(2); // Ifs: dossier §4.2
    expect(get('14437').zone).toBe(2); // Mondeville: dossier §4.2
    expect(get('14271').zone).toBe(2); // Fleury-sur-Orne: dossier §4.2
    expect(get('14366').zone).toBe(3); // Lisieux: dossier §4.2 "zone 3"; CSV …,3
    expect(get('14488').zone).toBe(3); // Ouistreham: dossier §4.2 "zone 3"; CSV …,3
    expect(get('75056').zone).toBe(1); // Paris: CSV 75056,Paris,11,75,1bis — 1bis counts as zone 1
  });

  it('keeps, for every commune whose code existed in 2014, the zone of that code (chef-lieu rule for mergers)', () => {
    let checked = 0;
    for (const c of index.communes) {
      const z = csvZone.get(c.code);
      if (z === undefined) continue;
      expect(c.zone, `${c.code} ${c.name}`).toBe(z);
      checked++;
    }
    // All but Culey (55138) and Saint-Lucien (76601), re-created after the zoning file's geography.
    expect(checked).toBe(index.communes.length - 2);
  });

  it('finds the zone of a commune re-created since 2014 through the commune it was part of', () => {
    expect(get('55138').zone).toBe(csvZone.get('55298')); // Culey ← Loisey-Culey (CSV: 3)
    expect(get('76601').zone).toBe(csvZone.get('76676')); // Saint-Lucien ← Sigy-en-Bray (former-commune file; CSV: 3)
  });

  it('gives a commune nouvelle the zone of its code: Souleuvre en Bocage (14061) = Le Bény-Bocage in 2014', () => {
    expect(get('14061').zone).toBe(3); // CSV 14061,Le Bény-Bocage,25,14,3
  });
});

describe('commune table: contents', () => {
  it('holds every metropolitan commune of the package with its name and postal codes, and no overseas one', () => {
    expect(index.communes.length).toBe(metro.length);
    for (const p of metro) {
      const c = get(p.code);
      expect(c.name).toBe(p.nom);
      expect([...c.postalCodes].sort()).toEqual([...new Set(p.codesPostaux)].sort());
      expect(c.department).toBe(p.departement);
    }
    expect(index.communes.some((c) => c.code.startsWith('97'))).toBe(false);
  });

  it('flags Alsace-Moselle communes (Bas-Rhin, Haut-Rhin, Moselle; CSS L325-1)', () => {
    expect(get('67482').alsaceMoselle).toBe(true); // Strasbourg
    expect(get('57463').alsaceMoselle).toBe(true); // Metz
    expect(get('68224').alsaceMoselle).toBe(true); // Mulhouse
    expect(get('14118').alsaceMoselle).toBe(false); // Caen
    const expected = metro.filter((c) => ['57', '67', '68'].includes(c.departement)).length;
    expect(index.communes.filter((c) => c.alsaceMoselle).length).toBe(expected);
  });

  it('identifies exactly the member communes of Caen la mer (SIREN 200065597)', () => {
    const members = pkgEpcis.find((e) => e.code === '200065597')!.membres.map((m) => m.code).sort();
    expect(members).toContain('14488'); // Ouistreham
    expect(index.communes.filter(isCaenLaMer).map((c) => c.code).sort()).toEqual(members);
    expect(isCaenLaMer(get('14366'))).toBe(false); // Lisieux
  });

  it('keeps former and delegated commune names as aliases of today’s commune only', () => {
    expect(get('14061').aliases).toContain('Le Bény-Bocage'); // delegated commune of Souleuvre en Bocage
    expect(get('14654').aliases).toContain('Saint-Pierre-sur-Dives'); // of Saint-Pierre-en-Auge
    expect(get('75056').aliases).toContain('Paris 15e Arrondissement');
    // Saint-Lucien was an associated commune of Sigy-en-Bray, which is still a commune of its own.
    expect(get('76601').aliases).not.toContain('Sigy-en-Bray');
  });
});
