import { compact, queryKeys } from './normalize';
import type { CommuneMatch, CommunesIndex } from './types';

export interface SearchOptions {
  /** Most results to return (default 10). A complete postal code always lists all its communes. */
  limit?: number;
}

/** Longer input cannot match a commune name (the longest has 45 characters): it is cut, not scanned. */
const MAX_QUERY = 100;
/** Ranks: 0 exact, 1 prefix, 2 a word starts with the query; aliases rank after every name match. */
const ALIAS = 3;
/** Within a rank, larger communes first: sizes are floor(log2(population + 1)) ≤ 31. */
const SIZES = 32;

/**
 * Searches communes by name (case, accents, hyphens, apostrophes and "St"/"Saint" ignored), by former
 * or delegated commune name, or by postal code ("14000", "140", or "14000 caen" to narrow a name).
 * Pure and linear in the number of communes; keys were normalised once when the table was loaded.
 */
export function searchCommunes(index: CommunesIndex, query: string, options: SearchOptions = {}): CommuneMatch[] {
  const limit = options.limit ?? 10;
  const variants = queryKeys(query.slice(0, MAX_QUERY));
  if (variants.length === 0 || limit <= 0) return [];
  const words = variants[0].split(' ');
  if (words.every((w) => /^\d+$/.test(w))) return byPostalCode(index, words.join(''), limit);

  // Full postal codes next to a name narrow it ("caen 14000"); the other words are the name.
  const postal = words.filter((w) => /^\d{5}$/.test(w));
  const names = variants.map((v) => v.split(' ').filter((w) => !/^\d{5}$/.test(w)).join(' '));
  const padded = names.map((n) => ' ' + n);
  const compacts = names.map(compact);

  const buckets: number[][] = []; // by rank * SIZES + (SIZES - 1 - size), filled lazily
  const aliasOf = new Map<number, string>();
  const { keys, compactKeys, aliasKeys, aliasCompactKeys, sizes, communes } = index;
  for (let row = 0; row < keys.length; row++) {
    if (postal.length && !postal.some((p) => communes[row].postalCodes.includes(p))) continue;
    let rank = nameRank(keys[row], compactKeys[row], padded, compacts);
    const aliases = aliasKeys[row];
    if (rank < 0 && aliases) {
      for (let a = 0; a < aliases.length; a++) {
        const r = nameRank(aliases[a], aliasCompactKeys[row]![a], padded, compacts);
        if (r >= 0 && (rank < 0 || r + ALIAS < rank)) {
          rank = r + ALIAS;
          aliasOf.set(row, communes[row].aliases[a]);
        }
      }
    }
    if (rank >= 0) (buckets[rank * SIZES + (SIZES - 1 - sizes[row])] ??= []).push(row);
  }
  return take(buckets, limit).map((row) => {
    const alias = aliasOf.get(row);
    return alias === undefined
      ? { commune: communes[row], matched: 'name' as const }
      : { commune: communes[row], matched: 'alias' as const, alias };
  });
}

/** 0 exact, 1 prefix (also ignoring spaces), 2 word prefix, −1 no match; best over the query variants. */
function nameRank(key: string, compactKey: string, padded: string[], compacts: string[]): number {
  let best = -1;
  for (let v = 0; v < padded.length; v++) {
    const r =
      key === padded[v] ? 0
      : key.startsWith(padded[v]) || compactKey.startsWith(compacts[v]) ? 1
      : key.includes(padded[v]) ? 2
      : -1;
    if (r >= 0 && (best < 0 || r < best)) best = r;
  }
  return best;
}

function byPostalCode(index: CommunesIndex, digits: string, limit: number): CommuneMatch[] {
  if (digits.length > 5) return [];
  const buckets: number[][] = [];
  const found: string[] = [];
  index.communes.forEach((c, row) => {
    const code = c.postalCodes.find((p) => p === digits) ?? c.postalCodes.find((p) => p.startsWith(digits));
    if (code === undefined) return;
    found[row] = code;
    (buckets[(code === digits ? 0 : SIZES) + SIZES - 1 - index.sizes[row]] ??= []).push(row);
  });
  return take(buckets, digits.length === 5 ? Infinity : limit).map((row) => ({
    commune: index.communes[row],
    matched: 'postal-code' as const,
    postalCode: found[row]
  }));
}

function take(buckets: number[][], limit: number): number[] {
  const rows: number[] = [];
  for (const b of buckets) {
    for (const row of b ?? []) {
      if (rows.length >= limit) return rows;
      rows.push(row);
    }
  }
  return rows;
}
