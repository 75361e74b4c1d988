/**
 * The lines of the three cards, the same on each card so they compare line by line: what comes in (pay, unemployment
 * benefit, each benefit paid on any card) and what goes out (rent and charges, childcare, transport, tax).
 */
import { ZERO, type Decimal } from '$lib/engine/money';
import { BENEFIT_KEYS, type BenefitKey, type Card, type Figures } from '$lib/simulation/types';

export type RowId = 'salaire' | 'chomage' | BenefitKey | 'loyer' | 'garde' | 'transport' | 'impot';

export interface Row {
  id: RowId;
  side: 'in' | 'out';
  value: (f: Figures) => Decimal;
}

const IN: Row[] = [
  { id: 'salaire', side: 'in', value: (f) => f.salaireNet },
  { id: 'chomage', side: 'in', value: (f) => f.chomage },
  ...BENEFIT_KEYS.map((k): Row => ({ id: k, side: 'in', value: (f) => f.benefits[k] ?? ZERO }))
];
const OUT: Row[] = (['loyer', 'garde', 'transport', 'impot'] as const).map((k): Row => ({ id: k, side: 'out', value: (f) => f[k] }));

/** The lines not zero on at least one card (first 12 months or settled). */
export function rowsOf(cards: readonly Card[]): Row[] {
  return [...IN, ...OUT].filter((r) => cards.some((c) => !r.value(c.first12).isZero() || !r.value(c.settled).isZero()));
}

/** Amounts an explanation exists for ("why"): the benefits, childcare and transport (engine traces). */
export const EXPLAINED: ReadonlySet<RowId> = new Set<RowId>(['rsa', 'prime-activite', 'aides-logement', 'allocations-familiales', 'complement-familial', 'asf', 'paje', 'garde', 'transport']);
