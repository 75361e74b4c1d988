/**
 * Childcare tax credits and when the money arrives.
 *
 * - CGI 200 quater B: 50 % of the expenses for a child under 6 on 1 January of the tax year cared for outside the
 *   home (crèche, assistante maternelle, garderie), net of the CMG and other aids, within 3 500 € per child a year.
 * - CGI 199 sexdecies: 50 % of a garde à domicile's cost net of the CMG, within 12 000 € + 1 500 € per dependent
 *   child (at most 15 000 €) a year.
 * A steady month stands for a year: yearly credit = 12 × the month's eligible expense, capped; the CLI reports it
 * / 12. The money comes the year after (CGI 1665 bis: 60 % advance in January on the basis of the previous year's
 * credit, the balance in summer), except the "avance immédiate" that the Urssaf deducts each month: open for the
 * home-employment credit through CESU+ (children of 6 and more); for children under 6 (Pajemploi) it is announced
 * for 2027-09 (`garde.credit_impot_versement`). Rules-dossier §6.4.
 * Indemnités (entretien, repas) are counted with the wage, as the user gives them together; meals are in law
 * excluded, so the credit is slightly overstated when meals are paid apart.
 */
import { ZERO, arrondiCentime, min, positive, sum, type Decimal } from '../money';
import { ageInYears, fromYearMonth, yearOf, type MonthIndex } from '../month';
import { at, type Rules } from '../rules';
import { newTrace } from '../trace';
import type { CreditImpotResult, ModeGarde } from './types';

export interface DepenseGarde {
  mode: ModeGarde;
  /** Age in whole years on 1 January of the month's year. */
  ageAu1erJanvier: number;
  /** Cost of the month after the CMG. */
  netMois: Decimal;
}

export function creditImpotGarde(rules: Rules, month: MonthIndex, depenses: readonly DepenseGarde[], nbEnfants: number, withTrace = false): CreditImpotResult {
  const pHors = rules.get('garde.credit_impot_garde', month);
  const pDom = rules.get('garde.credit_impot_emploi_domicile', month);
  const pVers = rules.get('garde.credit_impot_versement', month);
  const ageLimite = at(pHors.value, 'age_limite');
  let hors = ZERO;
  const domicile: Decimal[] = [];
  let domicileImmediat = true;
  for (const x of depenses) {
    const annuel = positive(x.netMois).times(12);
    if (x.mode === 'garde_domicile') {
      domicile.push(annuel);
      if (ageLimite.gt(x.ageAu1erJanvier)) domicileImmediat = false;
    } else if (ageLimite.gt(x.ageAu1erJanvier)) {
      hors = hors.plus(min(annuel, at(pHors.value, 'plafond_par_enfant')));
    }
  }
  const horsDomicileAnnuel = arrondiCentime(hors.times(at(pHors.value, 'taux')));
  let emploiDomicileAnnuel = ZERO;
  if (domicile.length) {
    const plafond = min(at(pDom.value, 'plafond').plus(at(pDom.value, 'majoration_par_enfant').times(nbEnfants)), at(pDom.value, 'plafond_majore'));
    emploiDomicileAnnuel = arrondiCentime(min(sum(domicile), plafond).times(at(pDom.value, 'taux')));
  }
  const v = pVers.value as Record<string, unknown>;
  let avance = ZERO;
  if (v.avance_immediate_garde_hors_domicile === true) avance = avance.plus(horsDomicileAnnuel);
  if (v.avance_immediate_emploi_domicile === true && domicileImmediat) avance = avance.plus(emploiDomicileAnnuel);
  const trace = newTrace();
  if (withTrace) {
    trace.params.push(pHors, pDom, pVers);
    trace.steps.push(
      { key: 'garde.credit-impot-hors-domicile', value: horsDomicileAnnuel },
      { key: 'garde.credit-impot-emploi-domicile', value: emploiDomicileAnnuel }
    );
  }
  return { horsDomicileAnnuel, emploiDomicileAnnuel, avanceImmediateMensuelle: arrondiCentime(avance.div(12)), trace };
}

export interface Versement {
  month: MonthIndex;
  amount: Decimal;
  key: 'garde.credit-impot-avance-janvier' | 'garde.credit-impot-solde-ete';
}

/**
 * When the credit for the expenses of `annee` is paid (not the avance immédiate, already deducted monthly):
 * in January of annee + 1, 60 % of the previous year's credit (the one declared in annee), then in summer the
 * balance credit − advance (negative: the tax office takes back the excess advance).
 */
export function versementsCreditImpot(rules: Rules, annee: number, credit: Decimal, creditAnneePrecedente: Decimal): Versement[] {
  const jan = fromYearMonth(annee + 1, 1);
  const p = rules.get('garde.credit_impot_versement', jan).value;
  const avance = arrondiCentime(creditAnneePrecedente.times(at(p, 'avance_janvier')));
  return [
    { month: fromYearMonth(annee + 1, at(p, 'mois_avance').toNumber()), amount: avance, key: 'garde.credit-impot-avance-janvier' },
    { month: fromYearMonth(annee + 1, at(p, 'mois_solde').toNumber()), amount: credit.minus(avance), key: 'garde.credit-impot-solde-ete' }
  ];
}

/** Age in whole years on 1 January of the month's year, from the month of birth. */
export function ageAu1erJanvier(birth: MonthIndex, month: MonthIndex): number {
  return ageInYears(birth, fromYearMonth(yearOf(month), 1));
}
