/**
 * Search keys for commune names: lower case, no accents, ligatures spelled out, every run of
 * non-alphanumeric characters (hyphen, apostrophe, space, dot…) becomes one space, and the words
 * "st"/"ste" are read as "saint"/"sainte". "Hérouville-Saint-Clair" and "herouville st clair"
 * give the same key.
 */

const EXPAND: Record<string, string> = { st: 'saint', ste: 'sainte' };

/** Words of a name or query, normalised but with "st"/"ste" left as typed. */
function words(text: string): string[] {
  const plain = text
    .toLowerCase()
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/œ/g, 'oe')
    .replace(/æ/g, 'ae')
    .replace(/ß/g, 'ss')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
  return plain === '' ? [] : plain.split(' ');
}

/** The key of a commune name (also used for a complete query). */
export function nameKey(text: string): string {
  return words(text)
    .map((w) => EXPAND[w] ?? w)
    .join(' ');
}

/**
 * The keys to try for a query typed so far. While the last word is still being typed, "st" may be
 * the start of "Strasbourg" as well as an abbreviation of "Saint": both readings are tried.
 */
export function queryKeys(text: string): string[] {
  const ws = words(text);
  if (ws.length === 0) return [];
  const last = ws[ws.length - 1];
  const expanded = ws.map((w) => EXPAND[w] ?? w).join(' ');
  const typingLast = !/[^\p{L}\p{N}]$/u.test(text);
  if (typingLast && last in EXPAND) {
    return [expanded, [...ws.slice(0, -1).map((w) => EXPAND[w] ?? w), last].join(' ')];
  }
  return [expanded];
}

/** The key without spaces, so that "labergement" finds "L'Abergement". */
export function compact(key: string): string {
  return key.replace(/ /g, '');
}
