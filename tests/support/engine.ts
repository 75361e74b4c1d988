/** Test helpers: a household in the reference case format → its month context or its steady month result. */
import { rules } from '$lib/engine/rules/load';
import { parseHousehold } from '$lib/engine/input';
import { computeSteady, steadyContext } from '$lib/engine/compute';
import type { MonthContext, MonthResult } from '$lib/engine/context';

export const R = rules();

export interface CaseLike {
  month: string;
  adults: { age: number; salaire_de_base?: number; heures_hebdo?: number; chomage_brut?: number }[];
  children?: number[];
  housing: { statut: string; loyer?: number; zone: number };
  isolement_recent?: boolean;
}

function parse(c: CaseLike) {
  const p = parseHousehold({ children: [], ...c, adults: c.adults.map((a) => ({ salaire_de_base: 0, ...a })) }, R);
  if (!p.ok) throw p.error;
  return p.value;
}

/** The stable situation of the case, computed for its month. */
export function steady(c: CaseLike, trace = false): MonthResult {
  const v = parse(c);
  return computeSteady(R, v.household, v.incomes, v.month, trace);
}

/** The month context of the case (stable history), for calling one module directly. */
export function contextOf(c: CaseLike, trace = false): MonthContext {
  const v = parse(c);
  return { ...steadyContext(R, v.household, v.incomes, v.month, trace), stale: new Map() };
}

export const single = (month: string, extra: Partial<CaseLike> = {}): CaseLike => ({
  month,
  adults: [{ age: 35 }],
  housing: { statut: 'locataire_vide', loyer: 450, zone: 2 },
  ...extra
});
