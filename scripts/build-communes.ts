/**
 * Builds the commune table used by "where do you live" (run by hand when the geography changes:
 * `npm run communes`; the output is committed).
 *
 * Inputs
 * - today's communes, delegated/associated communes, municipal districts and EPCIs:
 *   @etalab/decoupage-administratif (data/communes.json, data/epci.json);
 * - the housing-aid zoning in the 2014 geography (arrêté du 17 mars 1978 as amended; rules-dossier §4.2):
 *   data/sources/zonage-apl-communes.csv, and data/sources/commune-by-former-commune.json for codes that were
 *   already associated communes in 2014.
 *
 * A commune's zone is read through its 2014 codes (its own code and `anciensCodes`). When a commune
 * nouvelle gathers communes of different zones, the zone of its own code (the chef-lieu's, which existed in
 * 2014) wins; such conflicts are listed. Overseas communes (971–976 and COM) are left out.
 *
 * Outputs: static/data/communes.<hash>.json and src/lib/communes/table-url.ts (its address).
 * With --check it only verifies that both are up to date (exit 1 otherwise).
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { nameKey } from '../src/lib/communes/normalize';
import { communesTableSchema, expandCodes, TABLE_FORMAT, type CommunesTable } from '../src/lib/communes/schema';

interface PkgCommune {
  code: string;
  nom: string;
  type: 'commune-actuelle' | 'commune-deleguee' | 'commune-associee' | 'arrondissement-municipal';
  zone: string;
  departement: string;
  codesPostaux?: string[];
  anciensCodes?: string[];
  chefLieu?: string;
  commune?: string;
  population?: number;
}
interface PkgEpci { code: string; membres: { code: string }[] }

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const pkg = require('@etalab/decoupage-administratif/package.json') as { version: string };
const all = require('@etalab/decoupage-administratif/data/communes.json') as PkgCommune[];
const epciList = require('@etalab/decoupage-administratif/data/epci.json') as PkgEpci[];
const formerOf = JSON.parse(readFileSync(join(root, 'data/sources/commune-by-former-commune.json'), 'utf8')) as Record<string, string>;

/** 2014 code → { name, zone } from the zoning file (1bis counts as zone 1). */
const zoning2014 = new Map<string, { name: string; zone: 1 | 2 | 3 }>();
for (const line of readFileSync(join(root, 'data/sources/zonage-apl-communes.csv'), 'utf8').trim().split('\n').slice(1)) {
  const cols = line.split(','); // CODGEO,LIBCOM_2014,REG,DEP,Zonage (no name contains a comma)
  if (cols.length !== 5) throw new Error(`zonage: bad line ${line}`);
  const zone = ({ '1': 1, '1bis': 1, '2': 2, '3': 3 } as const)[cols[4].trim()];
  if (!zone) throw new Error(`zonage: bad zone in ${line}`);
  zoning2014.set(cols[0], { name: cols[1], zone });
}

/** Communes created since 2014 by splitting one off, which the package does not link back. */
const SPLIT_FROM: Record<string, string> = {
  '55138': '55298' // Culey, detached from Loisey-Culey on 2014-01-01 (after the zoning file's geography)
};

const to2014 = (c: string) => (zoning2014.has(c) ? c : formerOf[c] && zoning2014.has(formerOf[c]) ? formerOf[c] : undefined);

const communes = all
  .filter((c) => c.type === 'commune-actuelle' && c.zone === 'metro')
  .sort((a, b) => a.code.localeCompare(b.code));
const epciOf = new Map(epciList.flatMap((e) => e.membres.map((m) => [m.code, e.code] as const)));
const epcis = [...new Set(communes.map((c) => epciOf.get(c.code)).filter((e) => e !== undefined))].sort();

const aliasNames = new Map<string, string[]>();
const addAlias = (code: string, name: string) => aliasNames.set(code, [...(aliasNames.get(code) ?? []), name]);
for (const c of all) {
  if (c.type === 'commune-deleguee' || c.type === 'commune-associee') addAlias(c.chefLieu!, c.nom);
  if (c.type === 'arrondissement-municipal') addAlias(c.commune!, c.nom);
}

const conflicts: string[] = [];
let lastSuffix = 0;
const table: CommunesTable = {
  format: TABLE_FORMAT,
  source: `@etalab/decoupage-administratif ${pkg.version}; zonage APL 2014 (data/sources)`,
  codes: [], names: [], postalCodes: [], zones: [], sizes: [], epci: [], epcis, aliases: {}
};
for (const c of communes) {
  if (c.departement !== c.code.slice(0, 2)) throw new Error(`${c.code}: department ${c.departement} is not the code prefix`);
  const old = [c.code, ...(c.anciensCodes ?? []), ...(SPLIT_FROM[c.code] ? [SPLIT_FROM[c.code]] : [])]
    .map(to2014)
    .filter((x) => x !== undefined);
  const zones = new Set(old.map((x) => zoning2014.get(x)!.zone));
  let zone = zoning2014.get(c.code)?.zone;
  if (zones.size > 1) {
    conflicts.push(`${c.code} ${c.nom}: ${old.map((x) => `${x}=${zoning2014.get(x)!.zone}`).join(' ')} → ${zone}`);
  } else zone ??= [...zones][0];
  if (!zone) throw new Error(`${c.code} ${c.nom}: no zone found (2014 codes: ${old.join(',') || 'none'})`);
  if (!c.codesPostaux?.length) throw new Error(`${c.code} ${c.nom}: no postal code`);

  const dep = c.code.slice(0, 2);
  const suffix = Number(c.code.slice(2));
  const group = table.codes.at(-1);
  if (group?.[0] === dep) group[1].push(suffix - lastSuffix);
  else table.codes.push([dep, [suffix]]);
  lastSuffix = suffix;
  table.names.push(c.nom);
  table.postalCodes.push([...new Set(c.codesPostaux)].sort().join(' '));
  table.zones.push(zone);
  table.sizes.push(Math.floor(Math.log2((c.population ?? 0) + 1)));
  const e = epciOf.get(c.code);
  table.epci.push(e === undefined ? -1 : epcis.indexOf(e));
  // Aliases: delegated/associated communes, districts, and the 2014 names of its own codes (not of a
  // commune it was once part of, which is another commune today).
  const own2014 = [c.code, ...(c.anciensCodes ?? [])].flatMap((x) => zoning2014.get(x)?.name ?? []);
  const seen = new Set([nameKey(c.nom)]);
  const aliases = [...(aliasNames.get(c.code) ?? []), ...own2014].filter((n) => {
    const k = nameKey(n);
    return seen.has(k) ? false : (seen.add(k), true);
  });
  if (aliases.length) table.aliases[c.code] = aliases;
}

const checked = communesTableSchema.safeParse(table);
if (!checked.success) throw new Error('communes: generated table is invalid\n' + checked.error.message);
if (expandCodes(table.codes).join() !== communes.map((c) => c.code).join()) throw new Error('communes: code encoding');

const json = JSON.stringify(table);
const hash = createHash('sha256').update(json).digest('hex').slice(0, 10);
const dir = join(root, 'static/data');
const urlFile = join(root, 'src/lib/communes/table-url.ts');
const urlModule =
  `// Generated by scripts/build-communes.ts: the address of the commune table (content hash in the name).\n` +
  `export const COMMUNES_URL = '/data/communes.${hash}.json';\n`;
if (process.argv.includes('--check')) {
  const fresh = existsSync(join(dir, `communes.${hash}.json`)) && readFileSync(urlFile, 'utf8') === urlModule;
  console.log(fresh ? 'communes: table is up to date' : 'communes: table is out of date: run `npm run communes`');
  process.exit(fresh ? 0 : 1);
}
mkdirSync(dir, { recursive: true });
for (const f of readdirSync(dir)) if (/^communes\..*\.json$/.test(f)) rmSync(join(dir, f));
writeFileSync(join(dir, `communes.${hash}.json`), json);
writeFileSync(urlFile, urlModule);

const kb = (n: number) => `${(n / 1024).toFixed(0)} KiB`;
console.log(`communes: ${table.names.length} metropolitan communes, ${Object.keys(table.aliases).length} with aliases ` +
  `(${Object.values(table.aliases).flat().length} aliases), ${epcis.length} EPCIs`);
console.log(`communes: ${conflicts.length} merged communes whose 2014 communes had different zones (own code's zone kept):`);
for (const c of conflicts) console.log('  ' + c);
console.log(`communes: static/data/communes.${hash}.json ${kb(Buffer.byteLength(json))} raw, ${kb(gzipSync(json, { level: 9 }).length)} gzip`);
