/**
 * Shape of the generated commune table (static/data/communes.<hash>.json, written by
 * scripts/build-communes.ts). Columns are parallel arrays, one entry per metropolitan commune, rows in
 * INSEE code order. Codes are stored per department as gaps between successive 3-digit suffixes
 * (["14", [1, 1, 3]] is 14001, 14002, 14005): this keeps the file about a third smaller once gzipped.
 */
import { z } from '../engine/zod';
import { INSEE_CODE_RE } from './types';

export const TABLE_FORMAT = 1;

const DEPARTMENT = /^(\d{2}|2[AB])$/;

/** The INSEE codes of the rows, in order, from the per-department gaps. */
export function expandCodes(groups: readonly (readonly [string, readonly number[]])[]): string[] {
  const codes: string[] = [];
  for (const [dep, gaps] of groups) {
    let suffix = 0;
    for (const gap of gaps) {
      suffix += gap;
      codes.push(dep + String(suffix).padStart(3, '0'));
    }
  }
  return codes;
}

export const communesTableSchema = z
  .object({
    format: z.literal(TABLE_FORMAT),
    /** Where the data comes from (package version, zoning file), for the record. */
    source: z.string(),
    /** INSEE codes: [department, gaps between successive suffixes] (see expandCodes). */
    codes: z.array(z.tuple([z.string().regex(DEPARTMENT), z.array(z.number().int().min(1))])),
    names: z.array(z.string().min(1)),
    /** Postal codes of the commune, space-separated ("14260 14350"). */
    postalCodes: z.array(z.string().regex(/^\d{5}( \d{5})*$/)),
    /** Housing-aid zone (1bis counts as 1). */
    zones: z.array(z.union([z.literal(1), z.literal(2), z.literal(3)])),
    /** floor(log2(population + 1)): search ties favour larger communes. */
    sizes: z.array(z.number().int().min(0).max(30)),
    /** Index into `epcis`, −1 when the commune belongs to no EPCI (a few islands). */
    epci: z.array(z.number().int().min(-1)),
    /** SIREN numbers of the EPCIs (intercommunalités). */
    epcis: z.array(z.string().regex(/^\d{9}$/)),
    /** Former, delegated or associated commune names and municipal districts, by commune code. */
    aliases: z.record(z.string().regex(INSEE_CODE_RE), z.array(z.string().min(1)))
  })
  .superRefine((t, ctx) => {
    const codes = expandCodes(t.codes);
    const n = codes.length;
    if (!codes.every((c) => INSEE_CODE_RE.test(c))) ctx.addIssue({ code: 'custom', path: ['codes'], message: 'bad code' });
    for (const col of ['names', 'postalCodes', 'zones', 'sizes', 'epci'] as const) {
      if (t[col].length !== n) ctx.addIssue({ code: 'custom', path: [col], message: `expected ${n} rows` });
    }
    if (t.epci.some((i) => i >= t.epcis.length)) {
      ctx.addIssue({ code: 'custom', path: ['epci'], message: 'EPCI index out of range' });
    }
    if (new Set(t.codes.map(([d]) => d)).size !== t.codes.length) {
      ctx.addIssue({ code: 'custom', path: ['codes'], message: 'department listed twice' });
    }
    const known = new Set(codes);
    for (const c of Object.keys(t.aliases)) {
      if (!known.has(c)) ctx.addIssue({ code: 'custom', path: ['aliases', c], message: 'unknown commune' });
    }
  });

export type CommunesTable = z.infer<typeof communesTableSchema>;
