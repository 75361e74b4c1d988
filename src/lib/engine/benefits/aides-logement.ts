/**
 * Aides personnelles au logement, tenants (APL / ALF / ALS; rules-dossier §4, §17; rules/aides-logement.yaml).
 *
 * The "locatif" barème is the same for the three aids (CCH L821-1, R823-1 ff., D823-16, D823-17; arrêté du
 * 27/09/2019): A = L + C − Pp with L = min(rent, plafond L of the zone and household), C = forfait charges,
 * Pp = P0 + (TF + TL) × max(0, R − R0), P0 = max(8.5 % × (L + C), forfait), TL from RL = L / plafond of zone 2
 * (in %, two decimals). Then, in order: dégressivité when the actual rent exceeds a multiple of the plafond
 * (art. 10), the 5 € minoration (art. 11), in HLM the cut of 98 % of the RLS (CCH L832-3), the 10 € payment
 * threshold (D823-16), the 0.5 % CRDS.
 *
 * Which aid: APL in an HLM (logement conventionné), ALF with a dependant, ALS otherwise; the amount is the same.
 * Dependants: children under 21 (R823-4 1°). Not modelled here: colocation, furnished rentals, rooms, foyers and
 * CROUS, home owners repaying a loan (no aid in the reference cases: owners and people housed free get none).
 */
import { Decimal, ZERO, ONE, arrondiCentime, arrondiPourcentage, clamp, max } from '../money';
import { at } from '../rules';
import { newTrace, type Amount } from '../trace';
import { childAges, param, type AideLogementKind, type MonthContext } from '../context';
import type { HousingResources } from '../resources';
import { parFoyer, reductionLoyerSolidarite, zoneOf } from './rls';

export interface AideLogementResult extends Amount {
  kind: AideLogementKind | null;
  /** RLS of an HLM tenant (a rent cut, not income). */
  rls: Decimal;
  /** Aid before dégressivité, minoration, RLS, threshold and CRDS (reference debug field). */
  brutAvantDegressivite: Decimal;
}

/** Personnes à charge for housing aid in month m: children under 21. */
export function personnesACharge(ctx: MonthContext): number {
  const ageMax = (param(ctx, 'aides-logement.age_maximum_pac').value as Decimal).toNumber();
  return childAges(ctx.household, ctx.month).filter((a) => a >= 0 && a < ageMax).length;
}

function none(kind: AideLogementKind | null, rls: Decimal, reason: string): AideLogementResult {
  return { slug: 'aides-logement', amount: ZERO, kind, rls, brutAvantDegressivite: ZERO, reasons: [reason], trace: newTrace() };
}

export function aideLogement(ctx: MonthContext, res: HousingResources): AideLogementResult {
  const h = ctx.household.housing;
  const couple = ctx.household.adults.length === 2;
  const pac = personnesACharge(ctx);
  if (h.statut === 'loge_gratuitement') return none(null, ZERO, 'aides-logement.loge-gratuitement');
  if (h.statut === 'proprietaire') return none(null, ZERO, 'aides-logement.proprietaire');
  const kind: AideLogementKind = h.statut === 'locataire_hlm' ? 'apl' : pac > 0 ? 'alf' : 'als';
  const rls = reductionLoyerSolidarite(ctx, res.base, couple, pac);
  if (h.loyer.lte(0)) return none(kind, rls, 'aides-logement.sans-loyer');

  const plafonds = param(ctx, 'aides-logement.loyers_plafonds').value;
  const plafond = parFoyer(zoneOf(plafonds, h.zone), couple, pac);
  const l = h.loyer.lt(plafond) ? h.loyer : plafond;
  const pc = param(ctx, 'aides-logement.charges').value;
  const c = at(pc, 'cas_general').plus(at(pc, 'par_pac').times(pac));
  const p0p = param(ctx, 'aides-logement.participation_minimale').value;
  const p0 = max(at(p0p, 'taux').times(l.plus(c)), at(p0p, 'forfait'));

  const tf = tauxFamille(ctx, couple, pac);
  const rl = arrondiPourcentage(l.div(parFoyer(zoneOf(plafonds, 2), couple, pac)));
  const tlp = param(ctx, 'aides-logement.taux_loyer').value;
  const s1 = at(tlp, 'seuil_1');
  const s2 = at(tlp, 'seuil_2');
  const tl = rl.lte(s1)
    ? ZERO
    : rl.lte(s2)
      ? at(tlp, 'taux_1').times(rl.minus(s1))
      : at(tlp, 'taux_1').times(s2.minus(s1)).plus(at(tlp, 'taux_2').times(rl.minus(s2)));
  const r0 = parFoyer(param(ctx, 'aides-logement.r0').value, couple, pac); // CCH D823-17
  const pp = p0.plus(tf.plus(tl).times(max(ZERO, res.base.minus(r0))));
  const brut = max(ZERO, l.plus(c).minus(pp));

  // Dégressivité (arrêté 27/09/2019 art. 10): linear from debut × plafond down to 0 at fin × plafond.
  const dg = param(ctx, 'aides-logement.degressivite').value;
  const debut = arrondiCentime(plafond.times(at(dg, `zone${h.zone}`, 'debut')));
  const fin = arrondiCentime(plafond.times(at(dg, `zone${h.zone}`, 'fin')));
  const coef = h.loyer.lte(debut) ? ONE : h.loyer.gte(fin) ? ZERO : ONE.minus(h.loyer.minus(debut).div(fin.minus(debut)));
  const apresDegressivite = arrondiCentime(brut.times(coef));
  const minoration = param(ctx, 'aides-logement.minoration').value as Decimal;
  let montant = max(ZERO, apresDegressivite.minus(minoration));
  const fraction = param(ctx, 'aides-logement.rls_fraction_apl').value as Decimal;
  if (rls.gt(0)) montant = max(ZERO, montant.minus(fraction.times(rls)));
  const seuil = param(ctx, 'aides-logement.seuil_versement').value as Decimal;
  const reasons: string[] = [];
  if (brut.isZero()) reasons.push('aides-logement.ressources-superieures');
  else if (coef.lt(1)) reasons.push('aides-logement.degressivite');
  if (montant.gt(0) && montant.lt(seuil)) {
    reasons.push('aides-logement.sous-seuil-versement');
    montant = ZERO;
  }
  const crds = param(ctx, 'aides-logement.crds').value as Decimal;
  const amount = arrondiCentime(montant.times(ONE.minus(crds)));

  const trace = newTrace();
  if (ctx.trace) {
    trace.inputs = { loyer: h.loyer, zone: h.zone, couple, personnesACharge: pac, ressources: res.base, neutraliseRsa: res.neutraliseRsa };
    for (const n of ['loyers_plafonds', 'charges', 'participation_minimale', 'taux_famille', 'taux_loyer', 'r0', 'degressivite', 'minoration', 'seuil_versement', 'crds'])
      trace.params.push(ctx.rules.get(`aides-logement.${n}`, ctx.month));
    if (rls.gt(0)) trace.params.push(ctx.rules.get('aides-logement.rls_montants', ctx.month), ctx.rules.get('aides-logement.rls_fraction_apl', ctx.month));
    trace.steps.push(
      { key: 'aides-logement.loyer-retenu', value: l, vars: { plafond } },
      { key: 'aides-logement.charges', value: c },
      { key: 'aides-logement.ressources', value: res.base, vars: { r0 } },
      { key: 'aides-logement.participation-personnelle', value: pp, vars: { p0, tf, tl } },
      { key: 'aides-logement.montant-brut', value: arrondiCentime(brut) },
      { key: 'aides-logement.apres-degressivite', value: apresDegressivite },
      { key: 'aides-logement.reduction-loyer-solidarite', value: rls },
      { key: 'aides-logement.montant', value: amount }
    );
  }
  return { slug: 'aides-logement', amount, kind, rls, brutAvantDegressivite: arrondiCentime(brut), reasons, trace };
}

/** TF (arrêté 27/09/2019 art. 14): by household, then −0.06 pt per dependant beyond 4. */
function tauxFamille(ctx: MonthContext, couple: boolean, pac: number): Decimal {
  const p = param(ctx, 'aides-logement.taux_famille').value;
  if (pac === 0) return at(p, couple ? 'couple' : 'seul');
  const n = Math.min(pac, 4);
  return clamp(at(p, 'pac', n - 1).plus(at(p, 'par_pac_supp').times(pac - n)), ZERO, ONE);
}

