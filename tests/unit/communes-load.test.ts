/** Loading the commune table: one fetch from a fixed address, typed errors for anything wrong. */
import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { CommunesError } from '../../src/lib/communes/types';
import { parseCommunesTable } from '../../src/lib/communes/table';
import { COMMUNES_URL } from '../../src/lib/communes/table-url';
import { readTableJson, tableFile } from './communes-table';

type Table = Record<string, unknown> & { names: string[]; zones: number[]; epci: number[]; codes: [string, number[]][] };
const fresh = () => readTableJson() as Table;
const body = readFileSync(tableFile, 'utf8');
const ok = () => Promise.resolve(new Response(body, { status: 200 }));

/** The loader caches its table in the module: each test gets a new module. */
async function loader() {
  vi.resetModules();
  return (await import('../../src/lib/communes/load')).loadCommunes;
}

describe('parseCommunesTable', () => {
  it('rejects a corrupt table with a typed error instead of throwing', () => {
    const corrupt: ((t: Table) => unknown)[] = [
      () => null,
      () => ({}),
      (t) => ({ ...t, format: 2 }),
      (t) => ({ ...t, zones: t.zones.map((z, i) => (i === 7 ? 4 : z)) }), // no zone 4
      (t) => ({ ...t, names: t.names.slice(1) }), // a column one row short
      (t) => ({ ...t, epci: t.epci.map(() => 99_999) }), // EPCI index out of range
      (t) => ({ ...t, codes: [[t.codes[0][0], [0, ...t.codes[0][1].slice(1)]], ...t.codes.slice(1)] }), // gap 0
      (t) => ({ ...t, aliases: { '99999': ['Nowhere'] } }) // alias of an unknown commune
    ];
    for (const make of corrupt) {
      const r = parseCommunesTable(make(fresh()));
      expect(r.ok).toBe(false);
      if (!r.ok) {
        expect(r.error).toBeInstanceOf(CommunesError);
        expect(r.error.code).toBe('communes.invalid-table');
      }
    }
  });
});

describe('loadCommunes', () => {
  beforeEach(() => vi.restoreAllMocks());

  it('fetches the fixed same-origin address once and caches the index', async () => {
    const load = await loader();
    const fetchFn = vi.fn(ok);
    const [a, b] = await Promise.all([load(fetchFn), load(fetchFn)]);
    const c = await load(fetchFn);
    expect(fetchFn).toHaveBeenCalledTimes(1);
    expect(fetchFn).toHaveBeenCalledWith(COMMUNES_URL);
    expect(COMMUNES_URL).toMatch(/^\/data\/communes\.[0-9a-f]{10}\.json$/);
    expect(a.ok && b.ok && c.ok).toBe(true);
    if (a.ok) expect(a.index.byCode.get('14118')?.name).toBe('Caen');
  });

  it('reports network failures, HTTP errors, non-JSON and corrupt files by code, then tries again', async () => {
    const cases: [() => Promise<Response>, CommunesError['code']][] = [
      [() => Promise.reject(new TypeError('offline')), 'communes.fetch-failed'],
      [() => Promise.resolve(new Response('missing', { status: 404 })), 'communes.fetch-failed'],
      [() => Promise.resolve(new Response('<html>oops', { status: 200 })), 'communes.not-json'],
      [() => Promise.resolve(new Response('{"format":1}', { status: 200 })), 'communes.invalid-table']
    ];
    const load = await loader();
    for (const [fetchFn, code] of cases) {
      const r = await load(fetchFn);
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.error.code).toBe(code);
    }
    expect((await load(ok)).ok).toBe(true); // failures are not cached
  });
});
