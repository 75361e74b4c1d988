/**
 * Shape of the local-help data (territories/*.json, where-to-find.json, descriptions.fr.json).
 * Every contact fact (postal address, phone, web address) carries the page it was read on and the date it was
 * read; nothing is stored without a source. Descriptions a resident reads live in descriptions.fr.json (then in the
 * locale files), never here.
 */
import { z } from '../engine/zod';
import { INSEE_CODE_RE } from '../communes/types';

const dayRe = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
/** A date printed on a page may be only a year or a month. */
const pageDateRe = /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/;
const idRe = /^[a-z0-9]+(-[a-z0-9]+)*$/;
/** Metropolitan 2-digit codes, Corsica 2A/2B, overseas 3-digit codes. */
export const departementRe = /^(\d{2}|2[AB]|97\d)$/;

export const httpsUrl = z
  .string()
  .url()
  .refine((u) => u.startsWith('https://'), { message: 'only https:// addresses' });

export const TOPICS = ['transport', 'garde', 'formation', 'numerique', 'emploi', 'droits', 'creation'] as const;
export const topic = z.enum(TOPICS);
export type Topic = z.infer<typeof topic>;

/** The page a fact was read on. */
export const source = z.strictObject({
  url: httpsUrl,
  /** Who publishes the page and what it is. */
  title: z.string().min(3),
  /** Day this page (a stored copy of it) was read. */
  seen: z.string().regex(dayRe, 'seen must be YYYY-MM-DD'),
  /** Date printed on the page or in its data (publication / update), when there is one. */
  pageDate: z.string().regex(pageDateRe).optional(),
  /** true when published by the body itself or by a public authority. */
  official: z.boolean(),
  /** What the page says that supports the fact, in short (own words; labels quoted as printed). */
  says: z.string().min(3),
  /** How the page was read when not directly (e.g. the DILA XML of a service-public.fr fiche). */
  via: z.string().optional()
});
export type Source = z.infer<typeof source>;

const fact = <T extends z.ZodType>(value: T) =>
  z.strictObject({ value, source, note: z.string().optional() });

export const postalAddress = z.strictObject({
  street: z.string().min(3),
  postcode: z.string().regex(/^\d{5}$/),
  city: z.string().min(2)
});

export const contact = z.strictObject({
  address: fact(postalAddress).optional(),
  phone: fact(z.string().regex(/^\+?[0-9][0-9 ]{2,18}$/)).optional(),
  web: fact(httpsUrl).optional()
});
export type Contact = z.infer<typeof contact>;

export const area = z.union([
  z.literal('department'),
  z.strictObject({ label: z.string().min(2), communes: z.array(z.string().regex(INSEE_CODE_RE)).min(1) })
]);
export type Area = z.infer<typeof area>;

export const entry = z.strictObject({
  /** Stable key: descriptions.fr.json and the locale files use it. */
  id: z.string().regex(idRe),
  /** Proper noun, never translated. */
  name: z.string().min(2),
  topics: z.array(topic).min(1),
  /** Who it serves; absent = everyone in the file's scope. */
  area: area.optional(),
  contact,
  /** Pages showing the body exists and does what the entry says. */
  evidence: z.array(source).min(1),
  /** current: a recent official page supports it; to-confirm: only old or indirect pages were found. */
  status: z.enum(['current', 'to-confirm']),
  /** For maintainers: what could not be verified. */
  caveat: z.string().optional()
});
export type Entry = z.infer<typeof entry>;

export const territoryFile = z.discriminatedUnion('scope', [
  z.strictObject({
    scope: z.literal('departement'),
    departement: z.string().regex(departementRe),
    name: z.string().min(2),
    entries: z.array(entry)
  }),
  z.strictObject({ scope: z.literal('national'), entries: z.array(entry) })
]);
export type TerritoryFile = z.infer<typeof territoryFile>;

export const descriptions = z.record(z.string().regex(idRe), z.string().min(10));

/** The amounts the questions ask for, whose "where do I find this number?" help this file documents. */
export const ASKED = [
  'rsa',
  'aide-logement',
  'ressources-caf',
  'are-journalier',
  'are-fin-droits',
  'ass',
  'chomage-net-social',
  'loyer',
  'salaire-net',
  'salaire-net-social',
  'salaire-brut-horaire'
] as const;

export const whereToFindItem = z.strictObject({
  id: z.string().regex(idRe),
  asks: z.enum(ASKED),
  issuer: z.enum(['caf', 'france-travail', 'employeur', 'bailleur']),
  /** Document name as printed or as the official page names it. */
  document: z.string().min(3),
  /** Path in the online account, as printed (menu labels). */
  path: z.array(z.string().min(2)).optional(),
  /** Line or field labels as printed on the document. */
  lines: z.array(z.string().min(2)).optional(),
  /** The official page a resident can open for help. */
  help: fact(httpsUrl).optional(),
  sources: z.array(source).min(1),
  caveat: z.string().optional()
});
export type WhereToFindItem = z.infer<typeof whereToFindItem>;
export const whereToFind = z.strictObject({ items: z.array(whereToFindItem) });
