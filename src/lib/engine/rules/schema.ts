/**
 * The shape of the rules files (rules/*.yaml) and of the compiled JSON the browser receives.
 * Validated with zod at build time (scripts/compile-rules.ts) and by tests; the browser trusts the compiled JSON.
 */
import { z } from 'zod';

const dateRe = /^\d{4}-(0[1-9]|1[0-2])-01$/; // a date of effect: the 1st of a month
const monthRe = /^\d{4}-(0[1-9]|1[0-2])$/;
const dayRe = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

/** A parameter value: a number, or a table of numbers (nested records or lists), or a label. */
export type RawValue = number | string | boolean | RawValue[] | { [k: string]: RawValue };
export const rawValue: z.ZodType<RawValue> = z.lazy(() =>
  z.union([z.number().finite(), z.string(), z.boolean(), z.array(rawValue), z.record(z.string(), rawValue)])
);

export const source = z.strictObject({
  /** What the text is: "CASF art. R262-1", "Décret n° 2024-396 du 29/04/2024", "caf.fr — …" */
  title: z.string().min(3),
  /** Légifrance or an official page. */
  url: z.string().url().optional()
});
export type Source = z.infer<typeof source>;

export const confidence = z.enum(['V', 'O', 'P', 'C', 'U']);

export const datedValue = z.strictObject({
  from: z.string().regex(dateRe, 'a date of effect must be the 1st of a month, YYYY-MM-01'),
  value: rawValue,
  source,
  /** When someone last checked this value against its source. */
  checked: z.string().regex(dayRe),
  /** V verified, O OpenFisca only, P third-party page, C computed from cited rule, U unknown (see rules-dossier). */
  confidence: confidence.optional(),
  note: z.string().optional()
});
export type DatedValue = z.infer<typeof datedValue>;

export const parameter = z.strictObject({
  description: z.string().min(3),
  unit: z.string().optional(),
  /**
   * First month whose value is NOT known yet (a scheduled revaluation not yet published).
   * From that month on the engine uses the last known value and marks the result stale.
   */
  next_review: z.string().regex(monthRe).optional(),
  /** What is not known, in plain French ("la revalorisation d'avril 2027 n'est pas encore connue"). */
  next_review_note: z.string().optional(),
  /** First month this parameter must cover (2022-01 for what income histories read; default 2024-04). */
  needed_from: z.string().regex(monthRe).optional(),
  values: z.array(datedValue).min(1)
});
export type Parameter = z.infer<typeof parameter>;

export const rulesFile = z.strictObject({
  /** The benefit slug: same in rules file, engine module, tests and i18n keys. */
  id: z.string().regex(/^[a-z][a-z0-9-]*$/),
  title: z.string(),
  legal_basis: z.string(),
  parameters: z.record(z.string().regex(/^[a-z][a-z0-9_]*$/), parameter)
});
export type RulesFile = z.infer<typeof rulesFile>;

export const releaseFile = z.strictObject({
  /** Rules release id, e.g. "2026.11". */
  release: z.string().regex(/^\d{4}\.\d{2}(\.\d+)?$/),
  /** The day the release was cut. */
  date: z.string().regex(dayRe),
  /** First month the engine simulates. */
  first_month: z.string().regex(monthRe),
  /** First month income histories may read. */
  history_from: z.string().regex(monthRe)
});

export const compiledRules = z.strictObject({
  release: z.string(),
  date: z.string(),
  first_month: z.string(),
  history_from: z.string(),
  families: z.record(z.string(), z.strictObject({ title: z.string(), legal_basis: z.string() })),
  parameters: z.record(z.string(), parameter)
});
export type CompiledRules = z.infer<typeof compiledRules>;
