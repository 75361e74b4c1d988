import { compact, nameKey } from './normalize';
import { communesTableSchema, expandCodes } from './schema';
import { CommunesError, type Commune, type CommunesIndex, type LoadResult } from './types';

/** Departments under the Alsace-Moselle local regime (CSS L325-1): Bas-Rhin, Haut-Rhin, Moselle. */
const ALSACE_MOSELLE = new Set(['57', '67', '68']);

/** Checks a parsed JSON table and builds the search index (normalised keys computed once, here). */
export function parseCommunesTable(json: unknown): LoadResult {
  const parsed = communesTableSchema.safeParse(json);
  if (!parsed.success) {
    const where = parsed.error.issues[0]?.path.join('.') || 'root';
    return { ok: false, error: new CommunesError('communes.invalid-table', `invalid commune table at ${where}`) };
  }
  const t = parsed.data;
  const codes = expandCodes(t.codes);
  const communes: Commune[] = codes.map((code, i) => {
    const department = code.slice(0, 2);
    return {
      code,
      name: t.names[i],
      department,
      postalCodes: t.postalCodes[i].split(' '),
      zone: t.zones[i],
      alsaceMoselle: ALSACE_MOSELLE.has(department),
      epci: t.epci[i] >= 0 ? t.epcis[t.epci[i]] : null,
      aliases: t.aliases[code] ?? []
    };
  });
  const keys = communes.map((c) => nameKey(c.name));
  const aliasKeys = communes.map((c) => (c.aliases.length ? c.aliases.map(nameKey) : undefined));
  return {
    ok: true,
    index: {
      communes,
      byCode: new Map(communes.map((c) => [c.code, c])),
      keys: keys.map((k) => ' ' + k),
      compactKeys: keys.map(compact),
      aliasKeys: aliasKeys.map((ks) => ks?.map((k) => ' ' + k)),
      aliasCompactKeys: aliasKeys.map((ks) => ks?.map(compact)),
      sizes: t.sizes
    }
  };
}
