/** Test helper: the committed commune table, read from static/ as the browser would fetch it. */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseCommunesTable } from '../../src/lib/communes/table';
import { COMMUNES_URL } from '../../src/lib/communes/table-url';
import type { CommunesIndex } from '../../src/lib/communes/types';

export const tableFile = fileURLToPath(new URL('../../static' + COMMUNES_URL, import.meta.url));

export const readTableJson = (): unknown => JSON.parse(readFileSync(tableFile, 'utf8'));

export function loadIndex(): CommunesIndex {
  const r = parseCommunesTable(readTableJson());
  if (!r.ok) throw r.error;
  return r.index;
}
