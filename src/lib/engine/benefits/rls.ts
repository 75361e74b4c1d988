/**
 * Réduction de loyer de solidarité (rules-dossier §17; rules/aides-logement.yaml, rls_*).
 *
 * CCH L442-2-1 (arrêté du 27/02/2018 as amended): an HLM landlord reduces the rent of a tenant whose monthly
 * resources are below a ceiling set by zone and household; the reduction is a flat amount by zone and household,
 * with no taper (one euro over the ceiling removes it). Resources: the housing-aid base ÷ 12, compared with a
 * strict "<" (as OpenFisca). The APL is then cut by 98 % of the RLS (CCH L832-3, D823-16) — see aides-logement.ts.
 */
import { Decimal, ZERO } from '../money';
import { at, type Value } from '../rules';
import { param, type MonthContext } from '../context';
import type { Zone } from '../household';

/** The table of one zone inside a zoned parameter value. */
export function zoneOf(v: Value, zone: Zone): Value {
  return (v as { [k: string]: Value })[`zone${zone}`];
}

/**
 * An amount by household: alone, couple without dependant, then either `un_pac` + `par_pac_supp` per extra
 * dependant, or a list `pac` (1..n dependants) + `par_pac_supp` beyond the list.
 */
export function parFoyer(v: Value, couple: boolean, pac: number): Decimal {
  if (pac === 0) return at(v, couple ? 'couple' : 'seul');
  const o = v as { [k: string]: Value };
  if (!Array.isArray(o.pac)) return at(v, 'un_pac').plus(at(v, 'par_pac_supp').times(pac - 1));
  const n = Math.min(pac, o.pac.length);
  return at(v, 'pac', n - 1).plus(at(v, 'par_pac_supp').times(pac - n));
}

/** The RLS of an HLM tenant (0 for other statuses or above the ceiling). */
export function reductionLoyerSolidarite(ctx: MonthContext, baseRessources: Decimal, couple: boolean, pac: number): Decimal {
  const h = ctx.household.housing;
  if (h.statut !== 'locataire_hlm') return ZERO;
  const plafond = parFoyer(zoneOf(param(ctx, 'aides-logement.rls_plafonds_ressources').value, h.zone), couple, pac);
  if (!baseRessources.div(12).lt(plafond)) return ZERO;
  return parFoyer(zoneOf(param(ctx, 'aides-logement.rls_montants').value, h.zone), couple, pac);
}
