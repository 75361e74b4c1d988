/**
 * Numbers as people type them in France: "12,50", "1 234,5", "12.50", "800 €", "24 h". Spaces (also the no-break
 * ones a phone keyboard or a copied amount carries), a trailing € or h are ignored; a comma or a point is the
 * decimal mark. Anything else is not a number: the field shows a message and keeps what was typed.
 */
export type ParsedNumber =
  | { ok: true; value: number | null }
  | { ok: false; code: 'errors.number-expected' | 'errors.integer-expected' };

export function parseNumberFr(text: string, integer = false): ParsedNumber {
  const s = text
    .replace(/[\s\u00a0\u202f]/g, '')
    .replace(/(€|eur|euros?|h|heures?)$/i, '')
    .replace(',', '.');
  if (s === '') return text.trim() === '' ? { ok: true, value: null } : { ok: false, code: 'errors.number-expected' };
  if (!/^\d{1,9}(\.\d{1,4})?$/.test(s) && !/^\.\d{1,4}$/.test(s)) return { ok: false, code: 'errors.number-expected' };
  const value = Number(s);
  if (integer && !Number.isInteger(value)) return { ok: false, code: 'errors.integer-expected' };
  return { ok: true, value };
}

/** A number written back in a field the French way: 12.5 → "12,5" (no grouping, so it parses again). */
export function formatNumberFr(value: number | null): string {
  return value === null ? '' : String(value).replace('.', ',');
}
