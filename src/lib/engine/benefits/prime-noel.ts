/**
 * Prime de Noël (aide exceptionnelle de fin d'année), decided each year by decree. rules/prime-noel.yaml;
 * rules-dossier §11.
 *
 * - RSA: households with an RSA due (and paid: not nil) for November, or failing that for December; the amount
 *   follows the household (152.45 € alone, +50 % for the 2nd person, +30 % per further person, +40 % from the
 *   3rd child). One aid per household.
 * - ASS: 152.45 € for an ASS recipient for November or, failing that, December, when the household does not get
 *   it through the RSA.
 * - Paid mid-December to November's recipients; those entitled only through December are paid in January
 *   (CAF: "les foyers ouvrant leurs droits en décembre toucheront la prime en janvier").
 * Not counted in any resource base (CASF R262-11; CSS R844-5).
 */
import { ZERO, type Decimal } from '../money';
import { fromYearMonth, type MonthIndex } from '../month';
import { at, type Rules } from '../rules';
import { newTrace, type Amount } from '../trace';

export interface PrimeNoelInput {
  year: number;
  /** RSA paid for November and December of the year (after the 6 € threshold). */
  rsaNovembre: Decimal;
  rsaDecembre: Decimal;
  /** ASS paid for November / December. */
  assNovembre: boolean;
  assDecembre: boolean;
  couple: boolean;
  /** Dependent children counted by the RSA. */
  enfants: number;
}

export interface PrimeNoel extends Amount {
  /** Month the aid is paid in (December, or January after for a December-only right); null when not due. */
  moisVersement: MonthIndex | null;
}

const SLUG = 'prime-noel';

/** The RSA scale of the prime for a household. */
export function montantPrimeNoelRsa(rules: Rules, month: MonthIndex, couple: boolean, enfants: number): Decimal {
  const v = rules.get('prime-noel.montants_rsa', month).value;
  const n = Math.max(0, Math.floor(enfants));
  const base = at(v, couple ? 'couple' : 'seul', Math.min(n, 3));
  return n > 3 ? base.plus(at(v, 'par_enfant_supplementaire').times(n - 3)) : base;
}

export function primeNoel(rules: Rules, input: PrimeNoelInput, withTrace = false): PrimeNoel {
  const nov = fromYearMonth(input.year, 11);
  const dec = fromYearMonth(input.year, 12);
  const trace = newTrace();
  if (withTrace) {
    trace.inputs.rsaNovembre = input.rsaNovembre;
    trace.inputs.rsaDecembre = input.rsaDecembre;
    trace.inputs.assNovembre = input.assNovembre;
    trace.inputs.assDecembre = input.assDecembre;
    trace.params.push(rules.get('prime-noel.montants_rsa', nov), rules.get('prime-noel.montant_ass', nov));
  }
  const rsaMois = input.rsaNovembre.gt(0) ? dec : input.rsaDecembre.gt(0) ? dec + 1 : null;
  if (rsaMois !== null) {
    const amount = montantPrimeNoelRsa(rules, nov, input.couple, input.enfants);
    return { slug: SLUG, amount, reasons: [], trace, moisVersement: rsaMois };
  }
  const assMois = input.assNovembre ? dec : input.assDecembre ? dec + 1 : null;
  if (assMois !== null) {
    if (withTrace) trace.steps.push({ key: `${SLUG}.au-titre-de-l-ass`, value: rules.num('prime-noel.montant_ass', nov) });
    return { slug: SLUG, amount: rules.num('prime-noel.montant_ass', nov), reasons: [], trace, moisVersement: assMois };
  }
  return { slug: SLUG, amount: ZERO, reasons: [`${SLUG}.ni-rsa-ni-ass`], trace, moisVersement: null };
}
