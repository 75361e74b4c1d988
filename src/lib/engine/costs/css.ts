/**
 * Complémentaire santé solidaire (CSS L861-1 ff.; rules-dossier §10): free below its ceiling, a monthly
 * participation per person (by age on 1 January) up to the second ceiling (free ceiling + 35 %), nothing above.
 * Resources: the household's resources of the 12 months M−13..M−2 before the claim, plus a forfait logement
 * (R861-5; L861-2: a percentage of the RSA montant forfaitaire): with housing aid, 12 / 16 / 16.5 % of the RSA MF of
 * 1, 2, 3 persons and more (never majoré, as the RSA's own forfait), or the aid itself when lower ("à concurrence
 * d'un forfait"); 12 / 14 / 14 % when housed free or owner. An RSA recipient gets it free. The participation is a
 * cost of working; losing the CSS entirely is a warning with the ceiling (a private complementary insurance is not
 * modelled).
 */
import { ZERO, arrondiCentime, min, sum, type Decimal } from '../money';
import type { MonthIndex } from '../month';
import { at, type Rules, type Value } from '../rules';
import { newTrace, type Amount } from '../trace';

export type CssStatut = 'gratuite' | 'participation' | 'aucune';

export interface CssInput {
  /** Σ resources of the 12 months M−13..M−2 (without the forfait logement). */
  ressources12Mois: Decimal;
  /** Ages of the members of the household on 1 January. */
  ages: readonly number[];
  /** Which forfait logement applies: none (tenant without housing aid), with housing aid, housed free / owner. */
  logement: 'aucun' | 'aide_logement' | 'sans_loyer';
  /** RSA montant forfaitaire (monthly) of min(persons, 3) persons, never majoré: the base of the forfait logement. */
  rsaForfaitaireForfait: Decimal;
  /** Housing aid of the month: counted up to the forfait, so a lower aid is the forfait (with `aide_logement`). */
  aideLogement?: Decimal;
  /** Receives RSA: CSS free by right. */
  rsa: boolean;
}

export interface CssResult extends Amount {
  statut: CssStatut;
  /** Yearly resources counted (with the forfait logement). */
  ressources: Decimal;
  plafondGratuite: Decimal;
  plafondParticipation: Decimal;
}

function plafond(v: Value, k: 'gratuite' | 'participation', n: number): Decimal {
  if (n <= 4) return at(v, k, n - 1);
  return at(v, k, 3).plus(at(v, `${k}_par_personne_supplementaire`).times(n - 4));
}

/** Monthly participation for one person of `age` (age on 1 January). */
export function participationParAge(rules: Rules, month: MonthIndex, age: number): Decimal {
  const v = rules.get('css.participation_mensuelle', month).value;
  const ages = v && typeof v === 'object' && 'ages' in v ? (v.ages as Decimal[]) : [];
  let k = 0;
  for (let i = 0; i < ages.length; i++) if (ages[i].lte(age)) k = i;
  return at(v, 'montants', k);
}

export function css(rules: Rules, month: MonthIndex, input: CssInput, withTrace = false): CssResult {
  const pPlafonds = rules.get('css.plafonds_annuels', month);
  const pFl = rules.get('css.forfait_logement', month);
  const n = Math.max(input.ages.length, 1);
  const gratuite = plafond(pPlafonds.value, 'gratuite', n);
  const participationMax = plafond(pPlafonds.value, 'participation', n);
  let flMois = input.logement === 'aucun' ? ZERO : input.rsaForfaitaireForfait.times(at(pFl.value, input.logement, Math.min(n, 3) - 1));
  if (input.logement === 'aide_logement' && input.aideLogement) flMois = min(flMois, input.aideLogement);
  const fl = flMois.times(12);
  const ressources = input.ressources12Mois.plus(fl);
  const trace = newTrace();
  if (withTrace) {
    trace.inputs = { ressources12Mois: input.ressources12Mois, personnes: n, logement: input.logement, rsa: input.rsa };
    trace.params.push(pPlafonds, pFl, rules.get('css.participation_mensuelle', month));
    trace.steps.push(
      { key: 'css.forfait-logement', value: fl },
      { key: 'css.ressources', value: ressources, vars: { plafondGratuite: gratuite, plafondParticipation: participationMax } }
    );
  }
  const base = { slug: 'css', trace, ressources, plafondGratuite: gratuite, plafondParticipation: participationMax };
  if (input.rsa) return { ...base, statut: 'gratuite', amount: ZERO, reasons: ['css.gratuite-rsa'] };
  if (ressources.lte(gratuite)) return { ...base, statut: 'gratuite', amount: ZERO, reasons: ['css.gratuite'] };
  if (ressources.lte(participationMax)) {
    const amount = arrondiCentime(sum(input.ages.map((a) => participationParAge(rules, month, a))));
    if (withTrace) trace.steps.push({ key: 'css.participation', value: amount });
    return { ...base, statut: 'participation', amount, reasons: ['css.participation'] };
  }
  return { ...base, statut: 'aucune', amount: ZERO, reasons: ['css.au-dessus-plafond'] };
}

/**
 * What the job changes: the participation added (a cost), and a warning with the ceiling crossed
 * (`css.perte-gratuite` / `css.perte-droit`) for the explain layer.
 */
export function comparerCss(avant: CssResult, apres: CssResult): { coutSupplementaire: Decimal; warning?: string; plafond?: Decimal } {
  const coutSupplementaire = apres.amount.minus(avant.amount);
  if (avant.statut !== 'aucune' && apres.statut === 'aucune') return { coutSupplementaire, warning: 'css.perte-droit', plafond: apres.plafondParticipation };
  if (avant.statut === 'gratuite' && apres.statut === 'participation') return { coutSupplementaire, warning: 'css.perte-gratuite', plafond: apres.plafondGratuite };
  return { coutSupplementaire };
}
