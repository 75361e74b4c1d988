/**
 * CMG "rémunération" for a family that employs an assistante maternelle or a garde à domicile (emploi direct),
 * under the rules of the month (`garde.cmg_regime`):
 *
 * - from 2025-09-01, CSS D531-18 (décret n° 2025-515): CMG = coût mensuel retenu × (1 − revenu mensuel × taux
 *   d'effort / coût horaire de référence), floored at 0; the cost counted is net wage + indemnités (assistante
 *   maternelle), at most the hourly cap × hours paid; the income is bounded by a plancher and a plafond. The amount
 *   is net of CRDS. Per child for an assistante maternelle, per household for a garde à domicile (L531-5 III).
 * - before, CSS D531-23 (old wording): a monthly maximum by tranche of N−2 resources (ceilings by number of
 *   children, +40 % for a single parent), halved for a child aged 3 to 6, paid net of CRDS, and at most 85 % of the
 *   net wage (reference README convention: the ceiling is taken net of CRDS, then the 85 % cap applies).
 *
 * The CMG "cotisations" part pays the employer's contributions (100 % for an assistante maternelle paid within the
 * cap, 50 % within a ceiling for a garde à domicile); the cost here is the net wage + indemnités only, so those
 * contributions are neither counted as a cost nor as an aid (rules-dossier §6.1; README "cout_garde").
 * Rounding: the amount to the cent. Rules-dossier §6.1, §6.2, §15.
 */
import { ONE, ZERO, arrondiCentime, clamp, min, positive, type Decimal } from '../money';
import type { MonthIndex } from '../month';
import { at, type Rules } from '../rules';
import { newTrace, type Amount } from '../trace';
import { indexTauxEffort } from './creche';
import type { ModeEmploiDirect } from './types';

export interface CmgInput {
  mode: ModeEmploiDirect;
  heuresMois: Decimal;
  /** Net wage of the month (hourly net × hours). */
  salaireNetMois: Decimal;
  /** Indemnités d'entretien + repas (assistante maternelle). */
  indemnitesMois: Decimal;
  /** Monthly resources as the CAF counts them (N−2 / 12, or `ressources_mensuelles_caf`). */
  ressourcesMensuelles: Decimal;
  /** Dependent children of the household. */
  nbEnfants: number;
  /** Age in whole years of the (youngest) child cared for. */
  ageEnfant: number;
  /** A single parent (age limit 12 from 2025-09, +40 % on the old ceilings). */
  isole: boolean;
  /** The household meets the activity condition (CSS L531-5 I: work, or ARE/ASS/AAH). */
  conditionActivite: boolean;
}

export interface CmgResult extends Amount {
  /** Cost counted by the formula (after the hourly cap), or the net wage for the old rules. */
  coutRetenu: Decimal;
  regime: 'tranches' | 'cout_horaire';
}

export function cmg(rules: Rules, month: MonthIndex, input: CmgInput, withTrace = false): CmgResult {
  const pRegime = rules.get('garde.cmg_regime', month);
  const regime = pRegime.value === 'cout_horaire' ? 'cout_horaire' : 'tranches';
  const pAge = rules.get('garde.cmg_age_limite', month);
  const ageLimite = at(pAge.value, input.isole ? 'famille_monoparentale' : 'general');
  const trace = newTrace();
  if (withTrace) {
    trace.inputs = { ...input, salaireNetMois: input.salaireNetMois, ressourcesMensuelles: input.ressourcesMensuelles };
    trace.params.push(pRegime, pAge);
  }
  const cout = input.salaireNetMois.plus(input.mode === 'assistante_maternelle' ? input.indemnitesMois : ZERO);
  const none = (reason: string): CmgResult => ({ slug: 'garde', amount: ZERO, reasons: [reason], trace, coutRetenu: cout, regime });
  if (!input.conditionActivite) return none('garde.cmg-condition-activite');
  if (ageLimite.lte(input.ageEnfant)) return none('garde.cmg-age-depasse');
  if (cout.lte(0)) return none('garde.cmg-sans-depense');
  return regime === 'cout_horaire' ? cmgReforme(rules, month, input, cout, trace, withTrace) : cmgTranches(rules, month, input, trace, withTrace);
}

function cmgReforme(rules: Rules, month: MonthIndex, input: CmgInput, cout: Decimal, trace: Amount['trace'], withTrace: boolean): CmgResult {
  const pCap = rules.get('garde.cmg_plafond_horaire', month);
  const pChr = rules.get('garde.cmg_cout_horaire_reference', month);
  const pBornes = rules.get('garde.cmg_ressources_bornes', month);
  const pTaux = rules.get('garde.cmg_taux_effort', month);
  const cap = at(pCap.value, input.mode).times(input.heuresMois);
  const coutRetenu = min(cout, cap);
  const revenu = clamp(input.ressourcesMensuelles, at(pBornes.value, 'plancher'), at(pBornes.value, 'plafond'));
  const taux = at(pTaux.value, input.mode, indexTauxEffort(input.nbEnfants));
  const chr = at(pChr.value, input.mode);
  const coefficient = positive(ONE.minus(revenu.times(taux).div(chr)));
  const amount = arrondiCentime(coutRetenu.times(coefficient));
  const reasons: string[] = [];
  if (cout.gt(cap)) reasons.push('garde.cmg-plafond-horaire');
  if (amount.isZero()) reasons.push('garde.cmg-ressources-elevees');
  if (withTrace) {
    trace.params.push(pCap, pChr, pBornes, pTaux);
    trace.steps.push(
      { key: 'garde.cmg-cout-mensuel', value: cout },
      { key: 'garde.cmg-cout-retenu', value: coutRetenu, vars: { plafond: cap } },
      { key: 'garde.cmg-revenu-retenu', value: revenu },
      { key: 'garde.cmg-coefficient', value: coefficient, vars: { taux, coutHoraireReference: chr } },
      { key: 'garde.cmg-montant', value: amount }
    );
  }
  return { slug: 'garde', amount, reasons, trace, coutRetenu, regime: 'cout_horaire' };
}

/** Tranche 1, 2 or 3 of the old CMG from yearly N−2 resources. */
export function trancheCmgAncien(rules: Rules, month: MonthIndex, ressourcesAnnuelles: Decimal, nbEnfants: number, isole: boolean): 1 | 2 | 3 {
  const p = rules.get('garde.cmg_ancien_plafonds', month).value;
  const n = Math.max(nbEnfants, 1);
  const base = (k: number) => {
    let x = n === 1 ? at(p, 'un_enfant', k) : at(p, 'deux_enfants', k);
    if (n > 2) x = x.plus(at(p, 'par_enfant_supplementaire', k).times(n - 2));
    return isole ? x.times(ONE.plus(at(p, 'majoration_isole'))) : x;
  };
  if (ressourcesAnnuelles.lte(base(0))) return 1;
  if (ressourcesAnnuelles.lte(base(1))) return 2;
  return 3;
}

function cmgTranches(rules: Rules, month: MonthIndex, input: CmgInput, trace: Amount['trace'], withTrace: boolean): CmgResult {
  const pMax = rules.get('garde.cmg_ancien_montants_max', month);
  const pRegles = rules.get('garde.cmg_ancien_regles', month);
  const pCrds = rules.get('garde.crds_prestations', month);
  const annuelles = input.ressourcesMensuelles.times(12);
  const tranche = trancheCmgAncien(rules, month, annuelles, input.nbEnfants, input.isole);
  let maximum = at(pMax.value, `t${tranche}`);
  const demi = at(pRegles.value, 'age_demi_montant').lte(input.ageEnfant);
  if (demi) maximum = maximum.div(2);
  const maximumNet = maximum.times(ONE.minus(pCrds.value as Decimal));
  const part = input.salaireNetMois.times(at(pRegles.value, 'part_max_remuneration'));
  const amount = arrondiCentime(min(maximumNet, part));
  const reasons = part.lt(maximumNet) ? ['garde.cmg-85-pourcent'] : [];
  if (demi) reasons.push('garde.cmg-demi-montant-3-6-ans');
  if (withTrace) {
    trace.params.push(pMax, pRegles, pCrds, rules.get('garde.cmg_ancien_plafonds', month));
    trace.steps.push(
      { key: 'garde.cmg-tranche', value: annuelles, vars: { tranche } },
      { key: 'garde.cmg-maximum-net-crds', value: maximumNet },
      { key: 'garde.cmg-part-remuneration', value: part },
      { key: 'garde.cmg-montant', value: amount }
    );
  }
  return { slug: 'garde', amount, reasons, trace, coutRetenu: input.salaireNetMois, regime: 'tranches' };
}
