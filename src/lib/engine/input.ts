/**
 * The household input (the reference case format, /work/shared/reference/README.md): validated with zod, then
 * turned into the engine's `Household` and each adult's monthly income. Unknown fields are ignored (zod strips
 * them). Anything wrong gives an `EngineError` with a stable code and a French message — never an exception.
 */
import { z } from './zod';
import { EngineError } from './errors';
import { d } from './money';
import { isMonthString, monthIndex, monthString, type MonthIndex } from './month';
import type { Household, MonthIncome, Statut, Zone } from './household';
import type { Rules } from './rules';
import { gardeEntrySchema, transportEntrySchema } from './costs/validate';
import type { CoutsEntree } from './costs';

/** Last month the engine accepts (the parameter tables are built up to it; later months would be pure guesses). */
export const LAST_MONTH = '2031-12';

const montant = (max: number) => z.number().finite().min(0).max(max);

export const adultInput = z.object({
  age: z.number().int().min(18).max(99),
  salaire_de_base: montant(100_000).default(0),
  heures_hebdo: z.number().finite().gt(0).max(48).optional(),
  chomage_brut: montant(20_000).optional()
});

export const housingInput = z.object({
  statut: z.enum(['locataire_vide', 'locataire_hlm', 'loge_gratuitement', 'proprietaire']),
  loyer: montant(20_000).default(0),
  zone: z.union([z.literal(1), z.literal(2), z.literal(3)])
});

export const householdInput = z.object({
  month: z.string().refine(isMonthString, { message: 'mois attendu au format AAAA-MM' }),
  adults: z.array(adultInput).min(1).max(2),
  children: z.array(z.number().int().min(0).max(24)).max(12).default([]),
  housing: housingInput,
  isolement_recent: z.boolean().default(false),
  alsace_moselle: z.boolean().default(false),
  /** Costs of working (./costs): monthly CAF resources as stated, childcare per child, transport per adult. */
  ressources_mensuelles_caf: montant(1_000_000).optional(),
  garde: z.array(gardeEntrySchema).max(12).optional(),
  transport: z.array(transportEntrySchema).max(2).optional()
});
export type HouseholdInput = z.infer<typeof householdInput>;

export interface EngineInput {
  month: MonthIndex;
  household: Household;
  /** Each adult's monthly income (the same every month in a stable situation). */
  incomes: MonthIncome[];
  /** Childcare and transport declared (semantic checks happen in ./costs, which names the field on error). */
  couts?: CoutsEntree;
}

type Issue = z.core.$ZodIssue;

/** A French message for a zod issue (the UI maps the code; the CLI prints this). */
function message(i: Issue): string {
  const where = i.path.length ? i.path.join('.') : 'cas';
  switch (i.code) {
    case 'invalid_type':
      return `${where} : ${i.expected === 'number' ? 'nombre attendu' : i.expected === 'string' ? 'texte attendu' : i.expected === 'array' ? 'liste attendue' : i.expected === 'boolean' ? 'vrai ou faux attendu' : i.expected === 'object' ? 'objet attendu' : 'valeur manquante ou de mauvais type'}`;
    case 'too_small':
      return `${where} : ${i.origin === 'array' ? `au moins ${String(i.minimum)} élément(s)` : `doit être ${i.inclusive ? 'au moins' : 'supérieur à'} ${String(i.minimum)}`}`;
    case 'too_big':
      return `${where} : ${i.origin === 'array' ? `au plus ${String(i.maximum)} élément(s)` : `doit être au plus ${String(i.maximum)}`}`;
    case 'invalid_value':
    case 'invalid_union':
      return `${where} : valeur non reconnue`;
    case 'custom':
      return `${where} : ${i.message}`;
    default:
      return `${where} : valeur invalide`;
  }
}

/** The stable error code of the first issue. */
function toError(issues: Issue[], raw: unknown): EngineError {
  const r = (raw ?? {}) as { housing?: { zone?: unknown } };
  for (const i of issues) {
    if (i.path[0] === 'adults' && i.path.length === 1 && i.code === 'too_big')
      return new EngineError('too_many_adults', `Le foyer compte au plus deux adultes (${(raw as { adults: unknown[] }).adults.length} reçus).`, 'adults');
    if (i.path[0] === 'housing' && i.path[1] === 'zone' && r.housing && r.housing.zone === undefined)
      return new EngineError('missing_zone', 'La zone du logement (1, 2 ou 3) est obligatoire.', 'housing.zone');
  }
  const i = issues[0];
  return new EngineError('invalid_input', `Donnée invalide — ${message(i)}.`, i.path.join('.'));
}

/** Birth month of someone "aged A" in month M: born M − 12·A − 6 (reference README convention). */
export function birthForAge(age: number, month: MonthIndex): MonthIndex {
  return month - 12 * age - 6;
}

export function parseHousehold(raw: unknown, rules: Rules): { ok: true; value: EngineInput } | { ok: false; error: EngineError } {
  const p = householdInput.safeParse(raw);
  if (!p.success) return { ok: false, error: toError(p.error.issues, raw) };
  const v = p.data;
  const month = monthIndex(v.month);
  if (month < rules.firstMonth || month > monthIndex(LAST_MONTH))
    return {
      ok: false,
      error: new EngineError('month_out_of_range', `Le mois ${v.month} n'est pas couvert : de ${monthString(rules.firstMonth)} à ${LAST_MONTH}.`, 'month')
    };
  const tempsPlein = rules.num('salaire.heures_hebdo_temps_plein', month);
  const household: Household = {
    adults: v.adults.map((a) => ({ birth: birthForAge(a.age, month) })),
    children: v.children.map((age) => ({ birth: birthForAge(age, month) })),
    housing: {
      statut: v.housing.statut as Statut,
      loyer: v.housing.statut === 'locataire_vide' || v.housing.statut === 'locataire_hlm' ? d(v.housing.loyer) : d(0),
      zone: v.housing.zone as Zone
    },
    isolementRecent: v.isolement_recent,
    alsaceMoselle: v.alsace_moselle,
    ressourcesMensuellesCaf: v.ressources_mensuelles_caf === undefined ? undefined : d(v.ressources_mensuelles_caf)
  };
  const incomes: MonthIncome[] = v.adults.map((a) => ({
    salaireBrut: d(a.salaire_de_base),
    // A salary without stated hours is a full-time job (reference case format: heures_hebdo is optional).
    heuresHebdo: a.heures_hebdo !== undefined ? d(a.heures_hebdo) : a.salaire_de_base > 0 ? tempsPlein : d(0),
    chomageBrut: d(a.chomage_brut ?? 0),
    ass: d(0)
  }));
  const couts = v.garde?.length || v.transport?.length ? { garde: v.garde, transport: v.transport } : undefined;
  return { ok: true, value: { month, household, incomes, couts } };
}
