/**
 * The local-help data, validated once when the module loads (the files are small). A file that does not match
 * the schema is a bug caught by tests/unit/local-help*.test.ts, so a failure here throws.
 */
import calvadosJson from './territories/calvados.json';
import nationalJson from './territories/national.json';
import descriptionsJson from './descriptions.fr.json';
import whereToFindJson from './where-to-find.json';
import { descriptions, territoryFile, whereToFind, type TerritoryFile, type WhereToFindItem } from './schema';

function parseTerritory(json: unknown, file: string): TerritoryFile {
  const r = territoryFile.safeParse(json);
  if (!r.success) throw new Error(`local-help: ${file} does not match the schema: ${r.error.message}`);
  return r.data;
}

export const NATIONAL: TerritoryFile = parseTerritory(nationalJson, 'national.json');

/** One file per department, keyed by department code. Add a department here when its file exists. */
export const TERRITORIES: Readonly<Record<string, TerritoryFile>> = {
  '14': parseTerritory(calvadosJson, 'calvados.json')
};

/** One-line French descriptions keyed by entry id (moved to the locale files by the UI). */
export const DESCRIPTIONS_FR: Readonly<Record<string, string>> = descriptions.parse(descriptionsJson);

export const WHERE_TO_FIND: readonly WhereToFindItem[] = whereToFind.parse(whereToFindJson).items;
