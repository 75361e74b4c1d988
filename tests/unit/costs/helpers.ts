/** Test helpers: a reference case (README format) → the explicit inputs of the costs modules. */
import { d } from '$lib/engine/money';
import { monthIndex, type MonthIndex } from '$lib/engine/month';
import type { Household } from '$lib/engine/household';
import type { CoutsEntree, CoutsFoyer } from '$lib/engine/costs';
import type { GardeEntry, TransportEntry } from '$lib/engine/costs/validate';

export interface RefCase {
  id: string;
  topic?: string;
  month: string;
  adults: { age: number; salaire_de_base: number; heures_hebdo?: number; chomage_brut?: number; ass?: boolean; are?: unknown }[];
  children: number[];
  housing: { statut: string; loyer: number; zone: number };
  ressources_mensuelles_caf?: number;
  garde?: GardeEntry[];
  transport?: TransportEntry[];
  tolerance?: Record<string, number>;
}

/** README: a person "aged A" at month M was born 12·A + 6 months before M. */
const birth = (m: MonthIndex, age: number) => m - 12 * age - 6;

export function household(c: RefCase): Household {
  const m = monthIndex(c.month);
  return {
    adults: c.adults.map((a) => ({ birth: birth(m, a.age) })),
    children: c.children.map((a) => ({ birth: birth(m, a) })),
    housing: { statut: c.housing.statut as Household['housing']['statut'], loyer: d(c.housing.loyer), zone: c.housing.zone as 1 | 2 | 3 },
    isolementRecent: false,
    alsaceMoselle: false
  };
}

export function foyer(c: RefCase): CoutsFoyer {
  return {
    household: household(c),
    month: monthIndex(c.month),
    adultes: c.adults.map((a) => ({
      heuresHebdo: d(a.salaire_de_base > 0 ? (a.heures_hebdo ?? 35) : 0),
      indemnise: (a.chomage_brut ?? 0) > 0 || a.are !== undefined || a.ass === true
    }))
  };
}

export function entree(c: RefCase): CoutsEntree {
  return { garde: c.garde, transport: c.transport, ressourcesMensuellesCaf: c.ressources_mensuelles_caf };
}
