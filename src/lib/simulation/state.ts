/**
 * The form state of a simulation: everything the resident's questions collect, as plain JSON values (strings,
 * numbers, booleans, null — no Decimal, no Date), so that the same object is the Svelte form's state, a saved file
 * and (issue 7) a URL fragment. `version` says which shape this is.
 *
 * Conventions:
 * - `null` in a number or month field means "not answered / je ne sais pas": `./to-engine.ts` applies the stated
 *   default (DEFAULTS below) and records a hypothesis code (`simulation.hypothese-…`) so the page can say it.
 * - Enum answers that accept "je ne sais pas" have an explicit `'unknown'` value, mapped the same way.
 * - Money is in euros per month unless the field says otherwise; distances one way, in km; durations one way, minutes.
 * - The couple's second adult is always present in `adults` (index 1) so that their answers survive switching
 *   `couple` off and on again; only `couple: true` makes them count.
 * - Every child carries its own childcare answer, so the arrays stay aligned.
 */
import { z } from '../engine/zod';
import { INSEE_CODE_RE } from '../communes/types';

export const STATE_VERSION = 1;

/** Sanity limits (not law): above them an answer is a typing mistake, shown as an inline error. */
export const LIMITS = {
  textMax: 120,
  childrenMax: 12,
  ageMin: 16,
  ageMax: 99,
  hoursMax: 48,
  /** Monthly amounts (rent, salary, ARE…). */
  monthlyMax: 20_000,
  hourlyMax: 200,
  dailyMax: 1000,
  daysLeftMax: 1500,
  distanceKmMax: 200,
  minutesMax: 300,
  birthYearMin: 1990,
  birthYearMax: 2040,
  cvMax: 50,
  contractMonthsMax: 120
} as const;

/** 'YYYY-MM' from 2000-01 to 2099-12. */
const monthRe = /^20\d{2}-(0[1-9]|1[0-2])$/;

const month = z.string().max(7).regex(monthRe);
const money = (max: number) => z.number().min(0).max(max);
const optMoney = (max: number) => money(max).nullable();
const yesNoUnknown = z.enum(['yes', 'no', 'unknown']);

export const SITUATIONS = ['nothing', 'rsa', 'are', 'ass', 'job'] as const;

/** One adult: age and what they receive today. */
export const adultState = z.object({
  /** Age in whole years; null = not given (default 35: 25 or older, the RSA age condition met). */
  age: z.number().int().min(LIMITS.ageMin).max(LIMITS.ageMax).nullable(),
  /** What the adult receives today (`nothing` still gets the RSA computed when it is due: see the warnings). */
  situation: z.enum(SITUATIONS),
  are: z.object({
    /** Gross ARE as the person knows it: the daily allowance (AJ) or the monthly amount. */
    amountKind: z.enum(['daily', 'monthly']),
    daily: optMoney(LIMITS.dailyMax),
    monthly: optMoney(LIMITS.monthlyMax),
    /** How the end of rights is known. */
    rightsKind: z.enum(['end-month', 'days-left', 'unknown']),
    /** Last month paid ('YYYY-MM'). */
    endMonth: month.nullable(),
    /** Days of allowance left today. */
    daysLeft: z.number().int().min(0).max(LIMITS.daysLeftMax).nullable(),
    /** Could get the ASS when the ARE runs out (5 years of work in the last 10). */
    assAfter: yesNoUnknown
  }),
  /** A job today (couple's partner, or someone changing jobs): gross or net monthly salary and weekly hours. */
  job: z.object({
    basis: z.enum(['gross', 'net']),
    monthly: optMoney(LIMITS.monthlyMax),
    hoursPerWeek: z.number().gt(0).max(LIMITS.hoursMax).nullable()
  })
});

export const CHILDCARE_MODES = ['none', 'creche', 'assistante-maternelle', 'periscolaire', 'family'] as const;

export const childState = z.object({
  birthYear: z.number().int().min(LIMITS.birthYearMin).max(LIMITS.birthYearMax),
  /** 1–12; null = not given (default June: the middle of the year). */
  birthMonth: z.number().int().min(1).max(12).nullable(),
  care: z.object({
    mode: z.enum(CHILDCARE_MODES),
    /** Assistante maternelle: net hourly wage (required for that mode: no national default is published). */
    hourlyNet: optMoney(LIMITS.hourlyMax),
    /** Assistante maternelle: indemnités d'entretien and meals per month (null → not counted, stated). */
    allowances: optMoney(LIMITS.monthlyMax),
    /** Périscolaire: what the family pays per month. */
    monthlyPrice: optMoney(LIMITS.monthlyMax),
    /** Hours of care per month when known (null → derived from work hours and commute). */
    hoursPerMonth: z.number().min(0).max(310).nullable()
  })
});

export const NOT_CLAIMABLE = ['prime-activite', 'ars', 'aide-garde-enfants', 'aide-mobilite'] as const;
export type NotClaimable = (typeof NOT_CLAIMABLE)[number];

export const formState = z.object({
  version: z.literal(STATE_VERSION),
  /** The month simulated ("today", rules in force); null = the current month the caller passes. */
  month: month.nullable(),
  household: z.object({
    couple: z.boolean(),
    adults: z.tuple([adultState, adultState]),
    children: z.array(childState).max(LIMITS.childrenMax),
    /** Child support (pension alimentaire) received for the children. */
    childSupport: yesNoUnknown,
    /** Separated within the last 18 months (RSA majoré when all children are 3 or older). */
    recentSeparation: z.boolean()
  }),
  /** Situations the engine does not model: any true → "pas encore calculé pour votre situation". */
  screening: z.object({
    overseas: z.boolean(),
    aah: z.boolean(),
    student: z.boolean(),
    selfEmployed: z.boolean(),
    pension: z.boolean(),
    savingsIncome: z.boolean()
  }),
  home: z.object({
    /** The commune as chosen in the search (code + name shown back); the UI fills zone and flags from it. */
    communeCode: z.string().max(5).regex(INSEE_CODE_RE).nullable(),
    communeName: z.string().max(LIMITS.textMax).nullable(),
    /** Housing-aid zone; null = unknown (default 2). */
    zone: z.union([z.literal(1), z.literal(2), z.literal(3)]).nullable(),
    alsaceMoselle: z.boolean(),
    caenLaMer: z.boolean(),
    housing: z.enum(['tenant', 'hosted', 'owner']),
    /** Tenant: social housing (HLM)? 'unknown' → private (stated). */
    hlm: yesNoUnknown,
    /** Rent without charges, and charges, per month. */
    rent: optMoney(LIMITS.monthlyMax),
    charges: optMoney(LIMITS.monthlyMax)
  }),
  job: z.object({
    /** Index of the adult who takes the job (1 only in a couple). */
    who: z.union([z.literal(0), z.literal(1)]),
    contract: z.enum(['cdi', 'cdd', 'interim']),
    /** CDD / intérim length in months; null = unknown (no end assumed, stated). */
    contractMonths: z.number().int().min(1).max(LIMITS.contractMonthsMax).nullable(),
    hoursPerWeek: z.number().gt(0).max(LIMITS.hoursMax),
    pay: z.object({
      /** `smic`: the SMIC of each month; `hourly` / `monthly` with `amount`, gross or net. */
      kind: z.enum(['smic', 'hourly', 'monthly']),
      basis: z.enum(['gross', 'net']),
      amount: z.number().gt(0).max(LIMITS.monthlyMax).nullable()
    }),
    /** First month of the job; null = the month after the month simulated. */
    startMonth: month.nullable(),
    /** Working days per week; null = derived from the hours (see DEFAULTS.daysPerWeek). */
    daysPerWeek: z.number().int().min(1).max(7).nullable(),
    schedule: z.object({ day: z.boolean(), early: z.boolean(), late: z.boolean(), night: z.boolean(), weekend: z.boolean() })
  }),
  commute: z.object({
    mode: z.enum(['bus', 'car', 'bike', 'walk']),
    /** One way. */
    distanceKm: z.number().min(0).max(LIMITS.distanceKmMax).nullable(),
    minutes: z.number().min(0).max(LIMITS.minutesMax).nullable(),
    /** Car: fiscal horsepower (null → 4 CV) and 100 % electric. */
    carCv: z.number().int().min(1).max(LIMITS.cvMax).nullable(),
    electric: z.boolean(),
    /** Bus/tram: monthly pass price when known (null → the local or national table). */
    passPrice: optMoney(2000)
  }),
  /** "Je ne la demanderai pas": benefits the person says they will not claim. */
  notClaimed: z.object({
    'prime-activite': z.boolean(),
    ars: z.boolean(),
    'aide-garde-enfants': z.boolean(),
    'aide-mobilite': z.boolean()
  }),
  /** A month of the household's quarterly RSA / prime d'activité declaration, when known. */
  nextDeclarationMonth: month.nullable(),
  /** Amounts received today as the person states them: optional checks, the engine computes its own. */
  stated: z.object({ rsa: optMoney(LIMITS.monthlyMax), primeActivite: optMoney(LIMITS.monthlyMax), aideLogement: optMoney(LIMITS.monthlyMax) })
});

export type FormState = z.infer<typeof formState>;
export type AdultState = FormState['household']['adults'][number];
export type ChildState = FormState['household']['children'][number];

/** The adults who count: both in a couple, else the first (the second's answers are kept, not used). */
export function adultsOf(state: FormState): AdultState[] {
  const h = state.household;
  return h.couple ? h.adults : [h.adults[0]];
}

/** The stated defaults for "je ne sais pas" (each use is reported as a hypothesis by to-engine). */
export const DEFAULTS = {
  age: 35,
  birthMonth: 6,
  zone: 2 as 1 | 2 | 3,
  carCv: 4,
  /** Days a week from weekly hours: ceil(hours / 7), between 1 and 5 (35 h → 5, 24 h → 4, 17.5 h → 3). */
  daysPerWeek: (hours: number) => Math.min(5, Math.max(1, Math.ceil(hours / 7))),
  /** ARE rights without an end given: enough to cover the 14 months shown. */
  areDaysLeftUnknown: 730
} as const;

export function defaultAdult(): AdultState {
  return {
    age: null,
    situation: 'nothing',
    are: { amountKind: 'daily', daily: null, monthly: null, rightsKind: 'unknown', endMonth: null, daysLeft: null, assAfter: 'unknown' },
    job: { basis: 'net', monthly: null, hoursPerWeek: null }
  };
}

export function defaultChild(birthYear: number): ChildState {
  return { birthYear, birthMonth: null, care: { mode: 'none', hourlyNet: null, allowances: null, monthlyPrice: null, hoursPerMonth: null } };
}

/** A fresh form: one adult, no child, tenant, 24 h a week at the SMIC in a CDI, by bus. */
export function defaultState(): FormState {
  return {
    version: STATE_VERSION,
    month: null,
    household: { couple: false, adults: [defaultAdult(), defaultAdult()], children: [], childSupport: 'unknown', recentSeparation: false },
    screening: { overseas: false, aah: false, student: false, selfEmployed: false, pension: false, savingsIncome: false },
    home: { communeCode: null, communeName: null, zone: null, alsaceMoselle: false, caenLaMer: false, housing: 'tenant', hlm: 'unknown', rent: null, charges: null },
    job: {
      who: 0,
      contract: 'cdi',
      contractMonths: null,
      hoursPerWeek: 24,
      pay: { kind: 'smic', basis: 'gross', amount: null },
      startMonth: null,
      daysPerWeek: null,
      schedule: { day: true, early: false, late: false, night: false, weekend: false }
    },
    commute: { mode: 'bus', distanceKm: null, minutes: null, carCv: null, electric: false, passPrice: null },
    notClaimed: { 'prime-activite': false, ars: false, 'aide-garde-enfants': false, 'aide-mobilite': false },
    nextDeclarationMonth: null,
    stated: { rsa: null, primeActivite: null, aideLogement: null }
  };
}
