/**
 * What the local solidarity fare and the CSS read from the month's result: the household's monthly resources and its
 * RSA montants (the Twisto threshold is 150 % of its montant forfaitaire; the CSS forfait logement is a share of the
 * montant forfaitaire of 1, 2 or 3 persons, as the RSA's own forfait logement).
 *
 * CSS resources (rules-dossier §10): net salaries and ARE/ASS of M−13..M−2 from the history, plus the family benefits
 * the CSS counts (AF, CF, ASF: L861-2 leaves out the RSA and the prime d'activité, R861-10 the PAJE and the ARS; as
 * OpenFisca's css_cmu_base_ressources), taken as 12 × the month's amount — exact for a stable situation, an
 * approximation around a job start (the benefits of past months are not recomputed). Housing aid is replaced by the
 * forfait logement.
 */
import type { MonthContext, MonthResult } from '../context';
import { compositionRsa, montants } from '../benefits/rsa';
import { param } from '../context';
import { ageAu1erJanvier } from './credit-impot';
import { css, type CssResult } from './css';
import { adultsAt } from '../resources';
import { ZERO, sum, type Decimal } from '../money';

export interface FoyerDuMois {
  /** Σ net salaries + ARE/ASS + benefits of the month (the month result's `revenuDisponible`). */
  revenuDisponible: Decimal;
  /** The month's benefits (the CSS counts some of them, `PRESTATIONS_CSS`). */
  prestations: MonthResult['benefits'];
  aideLogement: Decimal;
  /** RSA paid this month (CSS free by right). */
  rsa: Decimal;
}

/** The benefits the CSS counts as resources (see the header). */
const PRESTATIONS_CSS = ['allocations-familiales', 'complement-familial', 'asf'] as const;

/** RSA montants of the household in the context's month (CASF L262-2, R262-1; `benefits/rsa.ts` montants). */
function montantsRsa(ctx: MonthContext) {
  return montants(ctx, 'rsa', param(ctx, 'rsa.montant_de_base').value as Decimal, compositionRsa(ctx));
}

/** RSA montant forfaitaire of the household in the context's month. */
export function rsaForfaitaireFoyer(ctx: MonthContext): Decimal {
  return montantsRsa(ctx).mf;
}

export function cssDuMois(ctx: MonthContext, f: FoyerDuMois): CssResult {
  const h = ctx.household;
  const statut = h.housing.statut;
  const logement = f.aideLogement.gt(0) ? 'aide_logement' : statut === 'proprietaire' || statut === 'loge_gratuitement' ? 'sans_loyer' : 'aucun';
  return css(
    ctx.rules,
    ctx.month,
    {
      ressources12Mois: ressourcesCss12Mois(ctx, sum(PRESTATIONS_CSS.map((k) => f.prestations[k]?.amount ?? ZERO)).times(12)),
      ages: [...h.adults, ...h.children].map((p) => ageAu1erJanvier(p.birth, ctx.month)),
      logement,
      rsaForfaitaireForfait: montantsRsa(ctx).mfForfait,
      aideLogement: f.aideLogement,
      rsa: f.rsa.gt(0)
    },
    true
  );
}

/**
 * Resources the CSS reads (rules-dossier §10): the household's net salaries and net ARE/ASS of the 12 months
 * M−13..M−2, plus the benefits the caller counts (`prestations12Mois`: the family benefits of `PRESTATIONS_CSS`;
 * housing aid is replaced by the forfait logement inside `css()`).
 */
export function ressourcesCss12Mois(ctx: MonthContext, prestations12Mois: Decimal = ZERO): Decimal {
  let total = prestations12Mois;
  for (let m = ctx.month - 13; m <= ctx.month - 2; m++) {
    for (const a of adultsAt(ctx.history, m)) total = total.plus(a.salaireNet).plus(a.chomageNet).plus(a.ass);
  }
  return total;
}
