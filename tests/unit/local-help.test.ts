import { describe, expect, it } from 'vitest';
import { helpFor, normaliseDepartement, selectHelp, topicsFor, NATIONAL, TERRITORIES } from '$lib/local-help';
import type { Entry } from '$lib/local-help';
import type { TerritoryFile } from '$lib/local-help/schema';

const ids = (xs: { id: string }[]) => xs.map((x) => x.id);
const CAEN = '14118'; // INSEE code of Caen (Caen la mer)
const FALAISE = '14258'; // INSEE code of Falaise (Pays de Falaise)

describe('helpFor', () => {
  it("'14' + transport: the Caen la mer mobility entries, then the national ones", () => {
    const r = helpFor('14', ['transport']);
    const got = ids(r);
    expect(got).toContain('twisto-tarification-solidaire');
    expect(got).toContain('plateforme-mobilite-caen-la-mer');
    expect(got).toContain('france-travail-aides-mobilite');
    expect(r.every((e) => e.topics.includes('transport'))).toBe(true);
    // local before national
    const firstNational = r.findIndex((e) => e.scope === 'national');
    expect(firstNational).toBeGreaterThan(0);
    expect(r.slice(firstNational).every((e) => e.scope === 'national')).toBe(true);
    expect(r.filter((e) => e.scope === 'local').every((e) => TERRITORIES['14'].entries.some((x) => x.id === e.id))).toBe(true);
  });

  it('a commune keeps only the local entries that serve it', () => {
    const caen = ids(helpFor('14', ['transport'], { commune: CAEN }));
    expect(caen).toContain('twisto-tarification-solidaire');
    expect(caen).not.toContain('plateforme-mobilite-pays-de-falaise');
    const falaise = ids(helpFor('14', ['transport'], { commune: FALAISE }));
    expect(falaise).toContain('plateforme-mobilite-pays-de-falaise');
    expect(falaise).not.toContain('twisto-tarification-solidaire');
    expect(falaise).toContain('france-travail-aides-mobilite'); // national entries ignore the commune
  });

  it('an unknown department gets the national entries only', () => {
    for (const dep of ['75', '2A', '', 'xx']) {
      const r = helpFor(dep, ['transport', 'droits', 'garde']);
      expect(r.length).toBeGreaterThan(0);
      expect(r.every((e) => e.scope === 'national' && NATIONAL.entries.some((x) => x.id === e.id))).toBe(true);
    }
  });

  it('no topic, no entry', () => {
    expect(helpFor('14', [])).toEqual([]);
  });

  it('department-wide local entries stay whatever the commune', () => {
    const dep: Entry = {
      id: 'x', name: 'X', topics: ['droits'], area: 'department', contact: {}, status: 'current',
      evidence: [{ url: 'https://example.org/a', title: 'Example', seen: '2026-11-25', official: true, says: 'test fixture' }]
    };
    const local: TerritoryFile = { scope: 'departement', departement: '99', name: 'Test', entries: [dep] };
    const empty: TerritoryFile = { scope: 'national', entries: [] };
    expect(ids(selectHelp(local, empty, ['droits'], { commune: '99001' }))).toEqual(['x']);
    expect(selectHelp(local, empty, ['garde'])).toEqual([]);
  });

  it('normalises department codes', () => {
    expect(normaliseDepartement(' 14 ')).toBe('14');
    expect(normaliseDepartement('2a')).toBe('2A');
    expect(normaliseDepartement('974')).toBe('974');
    expect(normaliseDepartement('140')).toBeUndefined();
    expect(normaliseDepartement('Calvados')).toBeUndefined();
  });
});

describe('topicsFor (simulation findings → topics)', () => {
  it('transport cost or car needed → transport; unclaimed prime → droits; childcare → garde', () => {
    expect(topicsFor(['transport-cost-high'])).toEqual(['transport']);
    expect(topicsFor(['car-needed', 'transport-cost-high'])).toEqual(['transport']);
    expect(topicsFor(['prime-activite-not-claimed'])).toEqual(['droits']);
    expect(topicsFor(['childcare-needed'])).toEqual(['garde']);
  });
  it('deduplicates and keeps the fixed topic order', () => {
    expect(topicsFor(['prime-activite-not-claimed', 'childcare-cost-high', 'car-needed'])).toEqual([
      'transport',
      'garde',
      'droits'
    ]);
    expect(topicsFor([])).toEqual([]);
  });
});
