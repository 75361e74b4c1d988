/**
 * Home–work transport cost per working adult, and what the employer pays.
 *
 * - Public transport pass: price typed by the user, else the local table (`reseau`), else the national default.
 *   The employer pays 50 % (C. trav. R3261-1); a part-time employee of at least half the legal time gets the same,
 *   below it the share is prorated: 50 % × price × hours / half-time hours (R3261-9; service-public F19846:
 *   (73 × 50 %) × 15/17,5 = 31,29 €). Rounded to the cent.
 * - Car: yearly distance d = km per day × working days per month × 12; monthly cost = kilometric scale(d, CV) / 12
 *   (+20 % for a 100 % electric car), or the user's cost per km × monthly km; plus parking (reference README
 *   convention). No legal employer share.
 * - Bike or walking: the user's upkeep (0 by default).
 * - Forfait mobilités durables (L3261-3-1): optional for the employer; when the user says it is paid, it lowers
 *   the net cost (never below 0). Above the tax-exempt ceiling: a warning.
 * Rules-dossier §8.
 */
import { ONE, ZERO, arrondiCentime, min, positive, type Decimal } from '../money';
import type { MonthIndex } from '../month';
import { at, type Rules } from '../rules';
import { newTrace, type Trace } from '../trace';
import type { CostAmount, TransportAdulte } from './types';

export interface TransportContexte {
  /** Contractual weekly hours of the adult's job (0: no job this month → no commute). */
  heuresHebdo: Decimal;
  /** Solidarity fare of the local network applies (see `tarifSolidaireTwisto`). */
  tarifSolidaire?: boolean;
}

/** Employer's share of a pass (R3261-1, R3261-9). */
export function priseEnChargeAbonnement(rules: Rules, month: MonthIndex, prix: Decimal, heuresHebdo: Decimal): Decimal {
  const p = rules.get('transport.prise_en_charge_abonnement', month).value;
  const miTemps = rules.num('salaire.heures_hebdo_temps_plein', month).times(at(p, 'fraction_mi_temps'));
  const prorata = heuresHebdo.gte(miTemps) ? ONE : heuresHebdo.div(miTemps);
  return arrondiCentime(prix.times(at(p, 'taux')).times(prorata));
}

/** Kilometric scale (BOI-BAREME-000001) for a yearly distance and a fiscal horsepower (≤ 3 → 3 CV, ≥ 7 → 7 CV). */
export function baremeKilometrique(rules: Rules, month: MonthIndex, distanceAnnuelle: Decimal, cv: number, electrique: boolean): Decimal {
  const p = rules.get('transport.bareme_kilometrique', month).value;
  const k = `cv${Math.min(Math.max(cv, 3), 7)}`;
  const [s1, s2] = [at(p, 'seuils', 0), at(p, 'seuils', 1)];
  let cout: Decimal;
  if (distanceAnnuelle.lte(s1)) cout = distanceAnnuelle.times(at(p, k, 'a1'));
  else if (distanceAnnuelle.lte(s2)) cout = distanceAnnuelle.times(at(p, k, 'a2')).plus(at(p, k, 'b2'));
  else cout = distanceAnnuelle.times(at(p, k, 'a3'));
  return electrique ? cout.times(ONE.plus(at(p, 'majoration_electrique'))) : cout;
}

/** Price of the pass before the employer's share, with the reason codes saying where it comes from. */
function prixAbonnement(rules: Rules, month: MonthIndex, t: TransportAdulte, ctx: TransportContexte, trace: Trace, withTrace: boolean) {
  if (t.prixAbonnementMois !== undefined) return { prix: t.prixAbonnementMois, reasons: ['transport.prix-saisi'] };
  if (t.reseau === 'twisto' && ctx.tarifSolidaire) {
    const p = rules.get('transport.twisto_solidaire', month);
    if (withTrace) trace.params.push(p);
    return { prix: at(p.value, 'prix_forfait_solidaire_mois'), reasons: ['transport.twisto-solidaire'] };
  }
  const p = rules.get('transport.prix_abonnement_defaut', month);
  if (withTrace) trace.params.push(p);
  const reasons = ['transport.prix-defaut-national'];
  if (t.reseau === 'twisto') reasons.push('transport.twisto-plein-tarif-inconnu');
  return { prix: p.value as Decimal, reasons };
}

export function coutTransport(rules: Rules, month: MonthIndex, t: TransportAdulte, ctx: TransportContexte, withTrace = false): CostAmount {
  const trace = newTrace();
  const result = (cout: Decimal, employeur: Decimal, reasons: string[]): CostAmount => {
    const fmd = min(t.fmdMois, positive(cout.minus(employeur)));
    const aide = employeur.plus(fmd);
    if (withTrace) {
      trace.inputs = { mode: t.mode, heuresHebdo: ctx.heuresHebdo };
      trace.steps.push({ key: 'transport.cout', value: cout }, { key: 'transport.prise-en-charge-employeur', value: employeur });
      if (fmd.gt(0)) trace.steps.push({ key: 'transport.forfait-mobilites-durables', value: fmd });
    }
    return { slug: 'transport', amount: cout, cout, aide, net: positive(cout.minus(aide)), reasons, trace };
  };
  if (ctx.heuresHebdo.lte(0)) return result(ZERO, ZERO, ['transport.sans-emploi']);
  if (t.mode === 'transport_commun') {
    const { prix, reasons } = prixAbonnement(rules, month, t, ctx, trace, withTrace);
    if (withTrace) trace.params.push(rules.get('transport.prise_en_charge_abonnement', month));
    return result(prix, priseEnChargeAbonnement(rules, month, prix, ctx.heuresHebdo), reasons);
  }
  if (t.mode === 'voiture') {
    const kmMois = t.kmAllerRetourJour.times(t.joursTravaillesMois);
    let vehicule: Decimal;
    const reasons: string[] = [];
    if (t.coutKm !== undefined) {
      vehicule = kmMois.times(t.coutKm);
      reasons.push('transport.cout-km-saisi');
    } else {
      const annuel = kmMois.times(12);
      vehicule = baremeKilometrique(rules, month, annuel, t.cvFiscaux, t.electrique).div(12);
      reasons.push('transport.bareme-kilometrique');
      if (withTrace) {
        trace.params.push(rules.get('transport.bareme_kilometrique', month));
        trace.steps.push({ key: 'transport.distance-annuelle', value: annuel, vars: { cv: t.cvFiscaux } });
      }
    }
    return result(arrondiCentime(vehicule.plus(t.stationnementMois)), ZERO, reasons);
  }
  return result(t.mode === 'velo' ? t.coutMois : ZERO, ZERO, []);
}

/**
 * Twisto's solidarity fare (Caen la mer): free quarterly pass when the fiscal household's monthly resources are
 * below 150 % of the RSA montant forfaitaire of the household (the caller gives that amount, from the RSA scale).
 */
export function tarifSolidaireTwisto(rules: Rules, month: MonthIndex, revenusMensuelsFoyer: Decimal, rsaForfaitaireFoyer: Decimal): { solidaire: boolean; seuil: Decimal } {
  const p = rules.get('transport.twisto_solidaire', month).value;
  const seuil = arrondiCentime(rsaForfaitaireFoyer.times(at(p, 'seuil_multiple_rsa')));
  return { solidaire: revenusMensuelsFoyer.lt(seuil), seuil };
}

/** FMD above the tax-exempt ceiling (yearly ceiling / 12, the combined one when a pass is also reimbursed). */
export function fmdAuDelaExoneration(rules: Rules, month: MonthIndex, fmdMois: Decimal, avecAbonnement: boolean): boolean {
  const p = rules.get('transport.forfait_mobilites_durables', month).value;
  return fmdMois.gt(at(p, avecAbonnement ? 'cumul_abonnement' : 'seul').div(12));
}
