/**
 * Bad input never throws and never gives NaN: each case gets a typed error `{id, error: "<code>: <message in French>"}`
 * and the other cases of the file are still computed. Unknown fields are ignored.
 */
import { describe, expect, it } from 'vitest';
import { parseHousehold, birthForAge } from '$lib/engine/input';
import { runCase, runCases } from '$lib/cases/run';
import { monthIndex } from '$lib/engine/month';
import { R } from '../support/engine';

const ok = { id: 'ok', month: '2026-09', adults: [{ age: 35, salaire_de_base: 0 }], children: [], housing: { statut: 'locataire_vide', loyer: 470, zone: 2 } };
const errorOf = (c: unknown) => (runCase(c, R) as { error?: string }).error ?? '';

describe('case parser: bad input', () => {
  it.each([
    ['negative rent', { ...ok, housing: { ...ok.housing, loyer: -100 } }, 'invalid_input', 'housing.loyer'],
    ['7 adults', { ...ok, adults: Array.from({ length: 7 }, () => ({ age: 30 })) }, 'too_many_adults', '7 reçus'],
    ['month 1999-01', { ...ok, month: '1999-01' }, 'month_out_of_range', '1999-01'],
    ['missing zone', { ...ok, housing: { statut: 'locataire_vide', loyer: 470 } }, 'missing_zone', 'zone'],
    ['a string for a number', { ...ok, adults: [{ age: 35, salaire_de_base: '1200' }] }, 'invalid_input', 'nombre attendu'],
    ['a malformed month', { ...ok, month: '2026-13' }, 'invalid_input', 'AAAA-MM'],
    ['no adult', { ...ok, adults: [] }, 'invalid_input', 'adults'],
    ['zone 4', { ...ok, housing: { ...ok.housing, zone: 4 } }, 'invalid_input', 'housing.zone'],
    ['an unknown housing status', { ...ok, housing: { ...ok.housing, statut: 'chateau' } }, 'invalid_input', 'housing.statut'],
    ['NaN-like age', { ...ok, adults: [{ age: null }] }, 'invalid_input', 'adults.0.age'],
    ['a child aged -1', { ...ok, children: [-1] }, 'invalid_input', 'children.0'],
    ['a case that is not an object', 42, 'invalid_input', 'objet']
  ])('%s → %s', (_label, c, code, inMessage) => {
    const e = errorOf(c);
    expect(e.startsWith(`${code}: `)).toBe(true);
    expect(e).toContain(inMessage);
  });

  it('a bad case does not stop the others (same ids, same order)', () => {
    const out = runCases([ok, { ...ok, id: 'bad', month: '1999-01' }, { ...ok, id: 'ok2' }], R);
    expect(out.map((o) => o.id)).toEqual(['ok', 'bad', 'ok2']);
    expect(out[0]).toHaveProperty('rsa', 573.49);
    expect(out[1]).toHaveProperty('error');
    expect(out[2]).toHaveProperty('rsa', 573.49);
  });

  it('unknown fields are ignored (source, quote, topic…)', () => {
    const out = runCase({ ...ok, source: 'x', quote: 'y', topic: 'z', adults: [{ age: 35, salaire_de_base: 0, note: 1 }] }, R);
    expect(out).not.toHaveProperty('error');
  });

  it('a missing id still answers, with id null', () => {
    const { id: _id, ...noId } = ok;
    void _id;
    expect(runCase({ ...noId, month: '1999-01' }, R)).toMatchObject({ id: null });
  });
});

describe('case parser: conventions', () => {
  it('a child "aged A" in month M is born on the 1st of the month 12·A + 6 months before M (reference README)', () => {
    expect(birthForAge(4, monthIndex('2026-09'))).toBe(monthIndex('2022-03'));
  });

  it('weekly hours default to 35 with a salary; the rent of someone housed free or owner is ignored', () => {
    const p = parseHousehold({ ...ok, adults: [{ age: 35, salaire_de_base: 1867.02 }], housing: { statut: 'proprietaire', loyer: 900, zone: 3 } }, R);
    expect(p.ok).toBe(true);
    if (p.ok) {
      expect(p.value.incomes[0].heuresHebdo.toNumber()).toBe(35);
      expect(p.value.household.housing.loyer.toNumber()).toBe(0);
    }
  });
});
