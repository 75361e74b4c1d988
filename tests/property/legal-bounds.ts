/**
 * Legal maxima and income ceilings, worked by hand from the rules parameters of a month (the law's formulas, not the
 * engine's code). Each bound is an upper limit that no household can exceed whatever its resources, so a benefit above
 * it is a bug. Amounts are rounded up to the cent (ROUND_UP) where the law rounds a component to the cent.
 *
 * - RSA (CASF L262-2, R262-1): RSA = MF − resources − family benefits counted − forfait logement, each ≥ 0, so
 *   RSA ≤ MF. MF = base × scale: 1 for the first person, +50 % the 2nd, +30 % the 3rd and 4th, +40 % each further
 *   person and from the 3rd child on (R262-1 1°–3°; dossier §2.3: single 1, couple or single+1 1.5, couple+1 or
 *   single+2 1.8, couple+2 2.1, single+3 2.2, couple+3 2.5, +0.4 per child); an isolated parent's majoration is
 *   base × (128.412 % + 42.804 % per child) (L262-9, R262-1; §2.4). The bound takes the larger of the two.
 *   Children count under 25 (R262-3).
 * - Prime d'activité (CSS L842-3, D843-1 to D843-3): PA = MF + pente × E + Σ bonif − max(R + FL, MF) with R ≥ E
 *   (earned income counts in full, R844-4) and pente < 1: if R + FL ≥ MF, PA ≤ MF + Σ bonif − (1 − pente) × E ≤
 *   MF + Σ bonif; otherwise PA = pente × E + Σ bonif < MF + Σ bonif. Each bonification ≤ taux_max × base MF
 *   (D843-2), one per adult. The mean of three such primes (R843-1) keeps the bound.
 *   Ceiling: when (1 − pente) × E ≥ MF + Σ bonif max, PA ≤ 0 (the first case above): nothing is due.
 * - RSA ceiling: when the quarter's own earned and replacement income alone reaches MF, RSA = 0.
 * - Housing aid (CCH D823-16; arrêté du 27/09/2019 art. 7–11): A = L + C − Pp with Pp ≥ P0 > 0, then only
 *   reductions (dégressivité, 5 € minoration, RLS cut, CRDS): A ≤ L + C, L = min(rent, plafond of the zone and
 *   household), C = charges forfait (single or couple + per dependant). Dependants: children under 21 (R823-4).
 * - Allocations familiales (CSS L521-1, D521-1): at full rate (tranche 1) 32 % BMAF for 2 children + 41 % per further
 *   child under 20, + 16 % BMAF per child at or over the age of the majoration (14, or 18 under the 2026 reform; the
 *   bound counts every child from 14), + the forfait 20.234 % BMAF per child aged 20 (family of 3+). Tranches 2
 *   and 3 pay a half and a quarter, and the complément dégressif never lifts an amount above the tranche below
 *   (D521-3): the full rate is the maximum. Nothing below 2 children under 20.
 * - Complément familial (L522-1, D522-1): at most the majoré amount, 62.48 % BMAF, with 3+ children aged 3 to 20.
 * - ASF (L523-1, R523-7): 42.2 % BMAF per child under 20 deprived of one parent's support — the case of the lone
 *   parents of the reference space (no orphans); 0 for a couple (L523-2: it stops when the parent lives as a couple).
 * - PAJE allocation de base (L531-3, D531-3): 41.65 % BMAF (taux plein), one per family (multiple births are
 *   not modelled, engine README), while a child is under 3.
 * - ARS (L543-1, D543-1): at most 97.95 % BMAF (the 15–18 rate) per child aged 6 to 18.
 */
import { Decimal, ZERO } from '$lib/engine/money';
import { ageInYears, fromYearMonth, yearOf, type MonthIndex } from '$lib/engine/month';
import type { Household } from '$lib/engine/household';
import { at, type Rules, type Value } from '$lib/engine/rules';

const up = (x: Decimal) => x.toDecimalPlaces(2, Decimal.ROUND_UP);
const num = (R: Rules, name: string, m: MonthIndex) => R.num(name, m);
const val = (R: Rules, name: string, m: MonthIndex): Value => R.get(name, m).value;

function ages(h: Household, m: MonthIndex): number[] {
  return h.children.map((c) => ageInYears(c.birth, m)).filter((a) => a >= 0);
}

/** MF scale of R262-1 / D843-1 for `adults` adults and `k` children (the dossier §2.3 table). */
export function echelleRsa(R: Rules, slug: 'rsa' | 'prime-activite', m: MonthIndex, adults: number, k: number): Decimal {
  const p = val(R, `${slug}.majorations_foyer`, m);
  const deux = at(p, 'deuxieme_personne');
  const trois = at(p, 'troisieme_personne');
  const supp = at(p, 'personne_supplementaire');
  // Persons 2, 3 and 4 (a single parent's 3rd child is the 4th person, counted at 40 %: "from the 3rd child").
  if (adults === 2) return new Decimal(1).plus(deux).plus(trois.times(Math.min(k, 2))).plus(supp.times(Math.max(0, k - 2)));
  let c = new Decimal(1);
  if (k >= 1) c = c.plus(deux);
  if (k >= 2) c = c.plus(trois);
  return c.plus(supp.times(Math.max(0, k - 2)));
}

/** Largest montant forfaitaire the household can have in month m (normal scale or isolated parent's majoration). */
export function mfMax(R: Rules, slug: 'rsa' | 'prime-activite', h: Household, m: MonthIndex): Decimal {
  const base = num(R, slug === 'rsa' ? 'rsa.montant_de_base' : 'prime-activite.montant_forfaitaire', m);
  const k = ages(h, m).filter((a) => a < num(R, 'rsa.age_maximum_enfant', m).toNumber()).length;
  let coef = echelleRsa(R, slug, m, h.adults.length, k);
  if (h.adults.length === 1 && k > 0) {
    const pi = val(R, `${slug}.majoration_isolement`, m);
    const maj = at(pi, 'base').plus(at(pi, 'par_enfant').times(k));
    if (maj.gt(coef)) coef = maj;
  }
  return up(base.times(coef));
}

/** Bonification maximum of one adult (D843-2): taux_max × the base montant forfaitaire. */
export function bonifMax(R: Rules, m: MonthIndex): Decimal {
  return up(at(val(R, 'prime-activite.bonification', m), 'taux_max').times(num(R, 'prime-activite.montant_forfaitaire', m)));
}

/** `earners`: adults who may get a bonification (default all; an adult without earned income gets none, D843-2). */
export function paMax(R: Rules, h: Household, m: MonthIndex, earners = h.adults.length): Decimal {
  return mfMax(R, 'prime-activite', h, m).plus(bonifMax(R, m).times(earners));
}

/** Monthly earned income E (net) from which no prime d'activité is due: (MF + Σ bonif max) / (1 − pente). */
export function paPlafondActivite(R: Rules, h: Household, m: MonthIndex, earners = h.adults.length): Decimal {
  const pente = num(R, 'prime-activite.pente', m);
  return paMax(R, h, m, earners).div(new Decimal(1).minus(pente));
}

/** Plafond L of the zone and household (arrêté du 27/09/2019 art. 7: single, couple, 1 dependant + per extra one). */
function plafondLoyer(R: Rules, h: Household, m: MonthIndex, pac: number): Decimal {
  const z = (val(R, 'aides-logement.loyers_plafonds', m) as Record<string, Value>)[`zone${h.housing.zone}`];
  if (pac === 0) return at(z, h.adults.length === 2 ? 'couple' : 'seul');
  return at(z, 'un_pac').plus(at(z, 'par_pac_supp').times(pac - 1));
}

export function aideLogementMax(R: Rules, h: Household, m: MonthIndex): Decimal {
  const { statut, loyer } = h.housing;
  if (statut !== 'locataire_vide' && statut !== 'locataire_hlm') return ZERO;
  const pac = ages(h, m).filter((a) => a < num(R, 'aides-logement.age_maximum_pac', m).toNumber()).length;
  const plafond = plafondLoyer(R, h, m, pac);
  const l = loyer.lt(plafond) ? loyer : plafond;
  const c = val(R, 'aides-logement.charges', m);
  return l.plus(at(c, 'cas_general')).plus(at(c, 'par_pac').times(pac));
}

export interface FamilyMax {
  af: Decimal;
  cf: Decimal;
  asf: Decimal;
  paje: Decimal;
  ars: Decimal;
}

export function familyMax(R: Rules, h: Household, m: MonthIndex): FamilyMax {
  const bmaf = num(R, 'prestations-familiales.bmaf', m);
  // The ARS of the month's year is the one of its rentrée, at the BMAF in force in August (paid then).
  const bmafArs = num(R, 'prestations-familiales.bmaf', fromYearMonth(yearOf(m), 8));
  const limite = num(R, 'prestations-familiales.age_limite_enfant', m).toNumber();
  const a = ages(h, m);
  const n = a.filter((x) => x < limite).length;
  const taux = val(R, 'prestations-familiales.af_taux', m);
  const maj = val(R, 'prestations-familiales.af_majoration_age', m);
  const forfait = val(R, 'prestations-familiales.af_forfait', m);
  const nMaj = a.filter((x) => x >= at(maj, 'age').toNumber() && x < limite).length;
  const nForfait = a.filter((x) => x === at(forfait, 'age').toNumber()).length;
  const af =
    n < 2
      ? ZERO
      : up(bmaf.times(at(taux, 'deux_enfants').plus(at(taux, 'par_enfant_supplementaire').times(n - 2))))
          .plus(up(bmaf.times(at(maj, 'taux')).times(nMaj)))
          .plus(up(bmaf.times(at(forfait, 'taux'))).times(nForfait));
  const cond = val(R, 'prestations-familiales.cf_conditions', m);
  const nCf = a.filter((x) => x >= at(cond, 'age_min').toNumber() && x < at(cond, 'age_max').toNumber()).length;
  const cf = nCf >= at(cond, 'nombre_enfants_minimum').toNumber() ? up(bmaf.times(at(val(R, 'prestations-familiales.cf_taux', m), 'majore'))) : ZERO;
  const asf = h.adults.length === 1 ? up(bmaf.times(at(val(R, 'prestations-familiales.asf_taux', m), 'un_parent')).times(n)) : ZERO;
  const pajeAge = num(R, 'prestations-familiales.paje_age_max', m).toNumber();
  const paje = a.some((x) => x < pajeAge) ? up(bmaf.times(at(val(R, 'prestations-familiales.paje_taux', m), 'plein'))) : ZERO;
  const arsAges = val(R, 'prestations-familiales.ars_ages', m);
  // ARS ages are judged around the rentrée of the month's year (6 before the next 1 February, under 18 on
  // 15 September, R543-2): a child aged 4 in December may qualify, so the bound counts every child from 4 to 18.
  const nArs = a.filter((x) => x + 2 >= at(arsAges, 'primaire').toNumber() && x <= at(arsAges, 'sortie').toNumber()).length;
  const ars = up(bmafArs.times(at(val(R, 'prestations-familiales.ars_taux', m), 'lycee')).times(nArs));
  return { af, cf, asf, paje, ars };
}
