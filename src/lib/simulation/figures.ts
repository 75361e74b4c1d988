/**
 * The card figures (./types.ts `Figures`) from an engine month — a timeline row (`LigneMois`) or a steady month
 * (`MonthResult`) — and their averages. Money left follows PRODUCT.md: the engine's `resteAVivre` (after rent paid,
 * childcare after the CMG, transport after the employer's share and income tax withheld) minus the housing charges
 * the engine does not know, minus any benefit the person will not claim.
 */
import { ZERO, sum, type Decimal } from '../engine/money';
import type { LigneMois } from '../engine/timeline';
import type { BenefitSlug, MonthResult } from '../engine/context';
import type { MonthIncome } from '../engine/household';
import type { NotClaimable } from './state';
import { BENEFIT_KEYS, type BenefitKey, type Figures } from './types';

/** The timeline row field of each benefit. */
export const ROW_FIELD: Record<BenefitKey, keyof LigneMois> = {
  rsa: 'rsa',
  'prime-activite': 'ppa',
  'aides-logement': 'aideLogement',
  'allocations-familiales': 'af',
  'complement-familial': 'cf',
  asf: 'asf',
  paje: 'paje',
  ars: 'ars',
  'aide-garde-enfants': 'aideGardeEnfants',
  'aide-mobilite': 'aideMobilite',
  'prime-noel': 'primeNoel'
};

/** The benefits a steady month holds (one-off and yearly aids are not part of a settled month). */
const STEADY: readonly (BenefitKey & BenefitSlug)[] = ['rsa', 'prime-activite', 'aides-logement', 'allocations-familiales', 'complement-familial', 'asf', 'paje'];

function finish(f: Omit<Figures, 'resteAVivre'>, engineReste: Decimal, charges: Decimal, notClaimed: readonly NotClaimable[]): Figures {
  let reste = engineReste.minus(charges);
  for (const k of notClaimed) {
    const v = f.benefits[k];
    if (v) reste = reste.minus(v);
    delete f.benefits[k];
  }
  return { ...f, resteAVivre: reste };
}

export function rowFigures(l: LigneMois, charges: Decimal, notClaimed: readonly NotClaimable[]): Figures {
  const benefits: Figures['benefits'] = {};
  for (const k of BENEFIT_KEYS) benefits[k] = l[ROW_FIELD[k]] as Decimal;
  return finish(
    {
      salaireNet: sum(l.adults.map((a) => a.salaireNet)),
      chomage: sum(l.adults.map((a) => a.chomageNet)),
      benefits,
      loyer: l.loyer.plus(charges),
      garde: l.garde,
      transport: l.transport,
      impot: l.impot
    },
    l.resteAVivre,
    charges,
    notClaimed
  );
}

export function steadyFigures(r: MonthResult, incomes: readonly MonthIncome[], loyer: Decimal, charges: Decimal, notClaimed: readonly NotClaimable[]): Figures {
  const benefits: Figures['benefits'] = {};
  for (const k of STEADY) benefits[k] = r.benefits[k]?.amount ?? ZERO;
  return finish(
    {
      salaireNet: sum(r.adults.map((a) => a.salaireNet)),
      chomage: sum(r.adults.map((a, i) => a.chomageNet.plus(incomes[i].ass))),
      benefits,
      loyer: loyer.minus(r.logement.rls).plus(charges),
      garde: r.couts?.garde?.net ?? ZERO,
      transport: r.couts?.transport?.net ?? ZERO,
      impot: r.impotPreleve
    },
    r.resteAVivre,
    charges,
    notClaimed
  );
}

/** The mean of several months' figures (benefits keyed as in the first). */
export function average(list: readonly Figures[]): Figures {
  const n = list.length;
  const avg = (get: (f: Figures) => Decimal) => sum(list.map(get)).div(n);
  const benefits: Figures['benefits'] = {};
  for (const k of BENEFIT_KEYS) if (list.some((f) => f.benefits[k] !== undefined)) benefits[k] = avg((f) => f.benefits[k] ?? ZERO);
  return {
    resteAVivre: avg((f) => f.resteAVivre),
    salaireNet: avg((f) => f.salaireNet),
    chomage: avg((f) => f.chomage),
    benefits,
    loyer: avg((f) => f.loyer),
    garde: avg((f) => f.garde),
    transport: avg((f) => f.transport),
    impot: avg((f) => f.impot)
  };
}

/** Drops the benefits that are zero on every card (the cards then list the same benefits). */
export function pruneBenefits(all: Figures[]): void {
  for (const k of BENEFIT_KEYS) if (all.every((f) => !f.benefits[k] || f.benefits[k]!.isZero())) for (const f of all) delete f.benefits[k];
}
