/**
 * The costs of working read from the month pipeline's context: hours worked and ARE/ASS from the income history,
 * the CAF resources from year N−2 (`resources-annual.ts`) unless `ressources_mensuelles_caf` overrides them
 * (as official examples state them). Transport costs only apply to an adult who works that month.
 */
import type { MonthContext } from '../context';
import { monthOf } from '../household';
import { ZERO } from '../money';
import { ressourcesN2 } from '../resources-annual';
import { coutsDuMois, type AdulteDuMois, type CoutsDuMois, type CoutsEntree } from './index';
import { cssDuMois, rsaForfaitaireFoyer, type FoyerDuMois } from './foyer-du-mois';


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
 * parameters are recorded in `ctx.stale` like those of the benefits. With the month's resources (`foyer`), the
 * Twisto solidarity fare is decided from them and the CSS status is computed (`couts.css`, a warning when the
 * household pays a participation or has no CSS).
 */
export function coutsDuMoisCtx(ctx: MonthContext, entree: CoutsEntree, foyer?: FoyerDuMois): CoutsDuMois {
  const mf = foyer ? rsaForfaitaireFoyer(ctx) : undefined;
  const needsN2 = !!entree.garde?.length && entree.ressourcesMensuellesCaf === undefined;
  const r = coutsDuMois(
    ctx.rules,
    {
      household: ctx.household,
      month: ctx.month,
      adultes: adultesDuMois(ctx),
      ressourcesAnnuellesN2: needsN2 ? ressourcesN2(ctx).total : undefined,
      revenusMensuelsFoyer: foyer?.revenuDisponible,
      rsaForfaitaireFoyer: mf
    },
    entree,
    true
  );
  if (foyer && mf) {
    r.css = cssDuMois(ctx, foyer);
    if (r.css.statut !== 'gratuite') r.warnings.push(r.css.statut === 'participation' ? 'css.participation' : 'css.au-dessus-plafond');
  }
  if (ctx.stale) {
    const traces = [...(r.garde?.parEnfant ?? []), ...(r.transport?.parAdulte ?? [])].map((x) => x.trace);
    if (r.css) traces.push(r.css.trace);
    if (r.garde) traces.push(r.garde.creditImpot.trace);
    for (const t of traces) for (const p of t.params) if (p.stale && !ctx.stale.has(p.name)) ctx.stale.set(p.name, p);
  }
  return r;
}

