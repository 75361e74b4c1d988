/**
 * Family benefits of the month, as the pipeline needs them: the amounts (gross of CRDS) and the part the RSA and
 * the prime d'activité count as a resource (CASF R262-10-1, R262-11; CSS R844-4, R844-5; rules-dossier §23).
 * The benefit modules are the "family & tax" modules; this file only calls them in order (the CF needs the PAJE)
 * and adds up the counted parts.
 */
import { ZERO, type Decimal } from './money';
import type { MonthContext } from './context';
import { allocationsFamiliales } from './benefits/allocations-familiales';
import { complementFamilial } from './benefits/complement-familial';
import { asf } from './benefits/asf';
import { pajeBase } from './benefits/paje';
import { arsAnnuelle } from './benefits/ars';
import { ageInYears, monthOfYear, yearOf, type MonthIndex } from './month';
import type { Rules } from './rules';
import { newTrace } from './trace';
import type { PrestationFamiliale } from './benefits/prestations-familiales';

export type FamilySlug = 'allocations-familiales' | 'complement-familial' | 'asf' | 'paje' | 'ars';

export interface FamilyBenefitsOfMonth {
  /** Monthly benefits of the month, and the ARS as paid (its yearly amount in August, 0 otherwise). */
  amounts: Record<FamilySlug, PrestationFamiliale>;
  /** ARS of the rentrée of the month's year (reference field `ars_annuelle`). */
  arsAnnuelle: Decimal;
  /** Σ of the parts counted by the RSA and the prime d'activité. */
  ressourceRsaPa: Decimal;
}

/** `withArs`: false when only the RSA/PA-counted part is needed (the ARS is not counted, §23). */
export function familyBenefits(ctx: MonthContext, withArs = true): FamilyBenefitsOfMonth {
  const paje = pajeBase(ctx);
  const ars = withArs ? arsAnnuelle(ctx) : null;
  const amounts = {
    'allocations-familiales': allocationsFamiliales(ctx),
    'complement-familial': complementFamilial(ctx, paje),
    asf: asf(ctx),
    paje,
    ars: ars && monthOfYear(ctx.month) === 8 ? ars : notPaid('ars', 'ars.paid-in-august')
  };
  let ressourceRsaPa = ZERO;
  for (const a of Object.values(amounts)) ressourceRsaPa = ressourceRsaPa.plus(a.ressourceRsaPa);
  return { amounts, arsAnnuelle: ars ? ars.amount : ZERO, ressourceRsaPa };
}

function notPaid(slug: string, reason: string): PrestationFamiliale {
  return { slug, amount: ZERO, netCrds: ZERO, ressourceRsaPa: ZERO, reasons: [reason], trace: newTrace() };
}

/** Per rules and month: the year and the dates of effect of every family-benefit parameter, as one string. */
const epochs = new WeakMap<Rules, Map<MonthIndex, string>>();
function familyEpoch(rules: Rules, m: MonthIndex): string {
  let c = epochs.get(rules);
  if (!c) epochs.set(rules, (c = new Map()));
  let e = c.get(m);
  if (e === undefined) {
    e = `${yearOf(m)}|${rules
      .names()
      .filter((n) => n.startsWith('prestations-familiales.'))
      .map((n) => rules.get(n, m).from)
      .join('|')}`;
    c.set(m, e);
  }
  return e;
}

/**
 * True when the family benefits of months m1 and m2 are necessarily the same: same calendar year (year N−2
 * resources, ARS of the year), the same family-benefit parameters, and every child of the same age in years
 * (the age limits of §19 are in whole years; the PAJE's "month before the 3rd birthday" is an age under 3).
 */
export function sameFamilyBenefits(ctx: MonthContext, m1: MonthIndex, m2: MonthIndex): boolean {
  if (familyEpoch(ctx.rules, m1) !== familyEpoch(ctx.rules, m2)) return false;
  return ctx.household.children.every((c) => ageInYears(c.birth, m1) === ageInYears(c.birth, m2));
}
