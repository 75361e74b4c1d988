/**
 * The childcare tax credit, shown apart from the money left (PRODUCT.md): it arrives the year after the expenses
 * (CGI 200 quater B / 199 sexdecies, CGI 1665 bis; engine costs/credit-impot.ts). We give the yearly credit of a
 * settled year of childcare at the offer's hours, and the month the first money arrives: the summer balance of the
 * year after the start (no January advance the first year: it is 60 % of the previous year's credit, none yet).
 */
import { fromYearMonth, monthString, yearOf, type MonthIndex } from '../engine/month';
import { arrondiCentime } from '../engine/money';
import { at, type Rules } from '../engine/rules';
import type { MonthResult } from '../engine/context';
import type { Decimal } from '../engine/money';
import type { Message } from './types';

export interface ChildcareTaxCredit {
  /** Yearly credit for a full settled year of childcare at the offer's hours. */
  annuel: Decimal;
  /** When the first payment arrives ('YYYY-MM'). */
  premierVersement: string;
  message: Message;
}

export function childcareTaxCredit(rules: Rules, start: MonthIndex, settledOffer: MonthResult): ChildcareTaxCredit | null {
  const c = settledOffer.couts?.garde?.creditImpot;
  if (!c) return null;
  const annuel = c.horsDomicileAnnuel.plus(c.emploiDomicileAnnuel);
  if (annuel.isZero()) return null;
  const jan = fromYearMonth(yearOf(start) + 1, 1);
  const p = rules.get('garde.credit_impot_versement', jan).value;
  const premierVersement = monthString(fromYearMonth(yearOf(start) + 1, at(p, 'mois_solde').toNumber()));
  return { annuel, premierVersement, message: { key: 'simulation.childcare-tax-credit', vars: { yearly: arrondiCentime(annuel).toNumber(), month: premierVersement } } };
}
