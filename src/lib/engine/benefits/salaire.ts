/**
 * Net salary of a private-sector, non-cadre employee (metropolitan France), from gross, and back.
 * rules/salaire.yaml; rules-dossier §1.2, §16. Rounding convention that reproduces payslips (and OpenFisca):
 * each contribution line is rounded to the cent, CSG/CRDS are computed without intermediate rounding,
 * and the net is rounded once at the end.
 */
import { Decimal, ZERO, arrondiCentime, max, min, d } from '../money';
import type { MonthIndex } from '../month';
import { at, type Rules } from '../rules';
import { newTrace, type Trace } from '../trace';

export interface SalaireInput {
  brut: Decimal;
  /** Contractual weekly hours; < 35 is part time (the PSS is prorated, CSS R242-2). */
  heuresHebdo: Decimal;
  alsaceMoselle?: boolean;
}

export interface SalaireResult {
  brut: Decimal;
  net: Decimal;
  imposable: Decimal;
  cotisations: Decimal;
  csgDeductible: Decimal;
  csgNonDeductible: Decimal;
  crds: Decimal;
  /** Hourly gross below the SMIC of the month (computed anyway, with a warning). */
  sousSmic: boolean;
  trace: Trace;
}

/** The prorated social-security ceiling: PSS × hours / 35, capped at the PSS (CSS R242-2). */
export function plafondProratise(rules: Rules, month: MonthIndex, heuresHebdo: Decimal): Decimal {
  const pss = rules.num('salaire.plafond_securite_sociale', month);
  const tp = rules.num('salaire.heures_hebdo_temps_plein', month);
  if (heuresHebdo.lte(0) || heuresHebdo.gte(tp)) return pss;
  return pss.times(heuresHebdo).div(tp);
}

export function salaireNet(rules: Rules, month: MonthIndex, input: SalaireInput, withTrace = false): SalaireResult {
  const brut = input.brut;
  const trace = newTrace();
  if (brut.lte(0)) {
    return { brut: ZERO, net: ZERO, imposable: ZERO, cotisations: ZERO, csgDeductible: ZERO, csgNonDeductible: ZERO, crds: ZERO, sousSmic: false, trace };
  }
  const pCot = rules.get('salaire.cotisations_salariales', month);
  const pCsg = rules.get('salaire.csg_crds', month);
  const pss = plafondProratise(rules, month, input.heuresHebdo);
  const t1 = min(brut, pss);
  const t2 = max(ZERO, min(brut, pss.times(8)).minus(pss));
  const r = (k: string) => at(pCot.value, k);
  const line = (rate: Decimal, base: Decimal) => arrondiCentime(rate.times(base));
  let cotisations = line(r('vieillesse_plafonnee'), t1)
    .plus(line(r('vieillesse_deplafonnee'), brut))
    .plus(line(r('agirc_arrco_t1'), t1))
    .plus(line(r('agirc_arrco_t2'), t2))
    .plus(line(r('ceg_t1'), t1))
    .plus(line(r('ceg_t2'), t2));
  if (brut.gt(pss)) cotisations = cotisations.plus(line(r('cet'), min(brut, pss.times(8))));
  if (input.alsaceMoselle) cotisations = cotisations.plus(line(rules.num('salaire.maladie_alsace_moselle', month), brut));

  // CSG/CRDS base: 98.25 % of gross up to 4 PSS (full-time PSS), 100 % above (CSS L136-1-1).
  const c = (k: string) => at(pCsg.value, k);
  const pssPlein = rules.num('salaire.plafond_securite_sociale', month);
  const lim = pssPlein.times(c('abattement_plafond_pss'));
  const base = min(brut, lim).times(d(1).minus(c('abattement'))).plus(max(ZERO, brut.minus(lim)));
  const csgDeductible = base.times(c('csg_deductible'));
  const csgNonDeductible = base.times(c('csg_non_deductible'));
  const crds = base.times(c('crds'));
  const net = arrondiCentime(brut.minus(cotisations).minus(csgDeductible).minus(csgNonDeductible).minus(crds));
  const imposable = arrondiCentime(brut.minus(cotisations).minus(csgDeductible));

  const smic = rules.num('salaire.smic_horaire', month);
  const heures = input.heuresHebdo.gt(0) ? input.heuresHebdo : rules.num('salaire.heures_hebdo_temps_plein', month);
  const horaire = brut.div(heures.times(52).div(12));
  const sousSmic = horaire.lt(smic.minus('0.005'));

  if (withTrace) {
    trace.inputs = { brut, heuresHebdo: input.heuresHebdo };
    trace.params.push(pCot, pCsg, rules.get('salaire.plafond_securite_sociale', month), rules.get('salaire.smic_horaire', month));
    trace.steps.push(
      { key: 'salaire.plafond', value: pss },
      { key: 'salaire.cotisations', value: cotisations },
      { key: 'salaire.assiette-csg', value: base },
      { key: 'salaire.csg-crds', value: csgDeductible.plus(csgNonDeductible).plus(crds) },
      { key: 'salaire.net', value: net },
      { key: 'salaire.imposable', value: imposable }
    );
  }
  return {
    brut,
    net,
    imposable,
    cotisations,
    csgDeductible,
    csgNonDeductible,
    crds,
    sousSmic,
    trace
  };
}

/**
 * Gross salary that gives `net` (the smallest gross, to the cent, whose net is ≥ the target).
 * Net is piecewise linear in gross: a few Newton steps on the local rate, then a cent-level adjustment.
 */
export function salaireBrutDepuisNet(rules: Rules, month: MonthIndex, net: Decimal, heuresHebdo: Decimal, alsaceMoselle = false): Decimal {
  if (net.lte(0)) return ZERO;
  const f = (b: Decimal) => salaireNet(rules, month, { brut: b, heuresHebdo, alsaceMoselle }).net;
  let b = arrondiCentime(net.div('0.7916'));
  for (let i = 0; i < 6; i++) {
    const n = f(b);
    const diff = net.minus(n);
    if (diff.abs().lte('0.005')) break;
    const n2 = f(b.plus(100));
    const rate = n2.minus(n).div(100);
    b = arrondiCentime(b.plus(diff.div(rate.isZero() ? d('0.79') : rate)));
  }
  // Cent-level: smallest gross whose net reaches the target.
  while (f(b).lt(net)) b = b.plus('0.01');
  while (b.gt('0.01') && f(b.minus('0.01')).gte(net)) b = b.minus('0.01');
  return b;
}

/** Monthly gross from an hourly gross rate and weekly hours (× 52 / 12). */
export function brutMensuelDepuisHoraire(horaire: Decimal, heuresHebdo: Decimal): Decimal {
  return arrondiCentime(horaire.times(heuresHebdo).times(52).div(12));
}
