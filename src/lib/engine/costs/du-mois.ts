/**
 * The costs of working read from the month pipeline's context: hours worked and ARE/ASS from the income history,
 * the CAF resources from year N−2 (`resources-annual.ts`) unless `ressources_mensuelles_caf` overrides them
 * (as official examples state them). Transport costs only apply to an adult who works that month.
 */
import type { MonthContext } from '../context';
import { monthOf } from '../household';
import { ZERO, type Decimal } from '../money';
import { ressourcesN2 } from '../resources-annual';
import { coutsDuMois, type AdulteDuMois, type CoutsDuMois, type CoutsEntree } from './index';

export interface TwistoFoyer {
  /** Household monthly resources and its RSA montant forfaitaire (solidarity fare test). */
  revenusMensuelsFoyer: Decimal;
  rsaForfaitaireFoyer: Decimal;
}

export function adultesDuMois(ctx: MonthContext): AdulteDuMois[] {
  const tempsPlein = ctx.rules.num('salaire.heures_hebdo_temps_plein', ctx.month);
  return monthOf(ctx.history, ctx.month).map((a) => ({
    // A salary without stated hours is a full-time job (reference case format: heures_hebdo is optional).
    heuresHebdo: a.salaireBrut.gt(0) ? (a.heuresHebdo.gt(0) ? a.heuresHebdo : tempsPlein) : ZERO,
    indemnise: a.chomageBrut.gt(0) || a.ass.gt(0)
  }));
}

/**
 * Costs of the context's month. Traces are always built (a handful of parameters per month) so that stale
 * parameters are recorded in `ctx.stale` like those of the benefits.
 */
export function coutsDuMoisCtx(ctx: MonthContext, entree: CoutsEntree, twisto?: TwistoFoyer): CoutsDuMois {
  const needsN2 = !!entree.garde?.length && entree.ressourcesMensuellesCaf === undefined;
  const r = coutsDuMois(
    ctx.rules,
    {
      household: ctx.household,
      month: ctx.month,
      adultes: adultesDuMois(ctx),
      ressourcesAnnuellesN2: needsN2 ? ressourcesN2(ctx).total : undefined,
      revenusMensuelsFoyer: twisto?.revenusMensuelsFoyer,
      rsaForfaitaireFoyer: twisto?.rsaForfaitaireFoyer
    },
    entree,
    true
  );
  if (ctx.stale) {
    const traces = [...(r.garde?.parEnfant ?? []), ...(r.transport?.parAdulte ?? [])].map((x) => x.trace);
    if (r.garde) traces.push(r.garde.creditImpot.trace);
    for (const t of traces) for (const p of t.params) if (p.stale && !ctx.stale.has(p.name)) ctx.stale.set(p.name, p);
  }
  return r;
}

/**
 * Resources the CSS reads (rules-dossier §10): the household's net salaries and net ARE/ASS of the 12 months
 * M−13..M−2, plus the benefits the caller counts (`prestations12Mois`: family benefits, prime d'activité…; housing aid
 * is replaced by the forfait logement inside `css()`).
 */
export function ressourcesCss12Mois(ctx: MonthContext, prestations12Mois: Decimal = ZERO): Decimal {
  let total = prestations12Mois;
  for (let m = ctx.month - 13; m <= ctx.month - 2; m++) {
    const row = m < ctx.history.from ? monthOf(ctx.history, ctx.history.from) : monthOf(ctx.history, m);
    for (const a of row) total = total.plus(a.salaireNet).plus(a.chomageNet).plus(a.ass);
  }
  return total;
}
