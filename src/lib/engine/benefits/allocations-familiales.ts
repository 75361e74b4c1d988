/**
 * Allocations familiales (CSS L521-1, D521-1 to D521-3; rules-dossier §5.2, §18, §19).
 *
 * - 2+ children under 20: 32 % of the BMAF for 2 children, +41 % per further child; the base (BMAF × rate) is
 *   rounded to the cent, then modulated without further rounding (OpenFisca, §18.2).
 * - Modulation by the resources of year N−2: full rate up to ceiling 1, half up to ceiling 2, a quarter above;
 *   ceilings raised per child from the 3rd (D521-3).
 * - Complément dégressif just above a ceiling: max(0, AF of the tranche reached − excess ÷ 12) (§18.3).
 * - Majoration pour âge: +16 % BMAF per child at or over the age threshold, except the eldest of exactly two children;
 *   threshold 14, or 18 for a child whose 14th birthday falls on or after 2026-03-01 (décret 2026-138). Modulated.
 * - Forfait for a child aged 20 in a family of 3+ (20.234 % BMAF, modulated, with its own complément dégressif).
 * - RSA and prime d'activité count the modulated base only (R262-11 3°, R844-5; §23).
 */
import type { MonthContext } from '../context';
import type { Person } from '../household';
import { Decimal, ZERO, arrondiCentime, positive, sum } from '../money';
import { ageInYears, monthIndex } from '../month';
import { at, type Value } from '../rules';
import { ressourcesN2 } from '../resources-annual';
import { Traceur, enfantsACharge, enfantsDeMoinsDe, pf, pfNum, resultat, texte, type PrestationFamiliale } from './prestations-familiales';

export const SLUG = 'allocations-familiales';

interface Modulation {
  taux: Decimal;
  /** The ceiling just exceeded (ceiling 2 above it, else ceiling 1); undefined at tranche 1. */
  plafondDepasse?: Decimal;
}

function modulation(ctx: MonthContext, tr: Traceur, ressources: Decimal, nEnfants: number): Modulation {
  const p = pf(ctx, tr, 'af_modulation_plafonds');
  const t = pf(ctx, tr, 'af_modulation_taux');
  const extra = at(p, 'par_enfant_supplementaire').times(Math.max(nEnfants - 2, 0));
  const plafond1 = at(p, 'tranche_1').plus(extra);
  const plafond2 = at(p, 'tranche_2').plus(extra);
  if (ressources.lte(plafond1)) return { taux: new Decimal(1) };
  if (ressources.lte(plafond2)) return { taux: at(t, 'tranche_2'), plafondDepasse: plafond1 };
  return { taux: at(t, 'tranche_3'), plafondDepasse: plafond2 };
}

/** max(0, modulated amount − excess over the ceiling ÷ 12), only above a ceiling (CSS D521-3, §18.3). */
function complementDegressif(montantModule: Decimal, ressources: Decimal, m: Modulation): Decimal {
  if (!m.plafondDepasse) return ZERO;
  return positive(montantModule.minus(ressources.minus(m.plafondDepasse).div(12)));
}

/** Age threshold of the majoration for one child (14, or 18 under the 2026 reform). */
function ageMajoration(v: Value, child: Person): number {
  const age = at(v, 'age').toNumber();
  const depuis = texte(v, 'quatorze_ans_a_partir_de');
  if (depuis !== undefined && child.birth + 12 * age >= monthIndex(depuis)) return at(v, 'age_nouveau_regime').toNumber();
  return age;
}

export function allocationsFamiliales(ctx: MonthContext): PrestationFamiliale {
  const tr = new Traceur(ctx.trace);
  const enfants = enfantsACharge(ctx, tr);
  const n = enfants.length;
  const forfaitP = pf(ctx, tr, 'af_forfait');
  const ageForfait = at(forfaitP, 'age').toNumber();
  const nForfait = enfantsDeMoinsDe(ctx.household.children, ctx.month, ageForfait + 1, ageForfait).length;
  tr.input('enfants', n);
  if (n < 2) {
    const reason = n === 1 ? `${SLUG}.one-child` : `${SLUG}.no-child`;
    return resultat(ctx, tr, SLUG, ZERO, [reason], ZERO);
  }
  const bmaf = pfNum(ctx, tr, 'bmaf');
  const res = ressourcesN2(ctx);
  tr.param(res.param);
  const R = res.total;
  tr.step(`${SLUG}.ressources-n2`, R, { annee: res.year });

  const taux = pf(ctx, tr, 'af_taux');
  const tauxTotal = at(taux, 'deux_enfants').plus(at(taux, 'par_enfant_supplementaire').times(n - 2));
  const base = arrondiCentime(bmaf.times(tauxTotal));
  tr.step(`${SLUG}.base`, base, { bmaf, taux: tauxTotal, enfants: n });

  // Majoration pour âge: the eldest of exactly two children is excluded (one child only, even for same-age children).
  const maj = pf(ctx, tr, 'af_majoration_age');
  const aine = n === 2 ? (enfants[0].birth <= enfants[1].birth ? 0 : 1) : -1;
  let nMajores = 0;
  enfants.forEach((c, i) => {
    if (i !== aine && ageInYears(c.birth, ctx.month) >= ageMajoration(maj, c)) nMajores++;
  });
  const majoration = bmaf.times(at(maj, 'taux')).times(nMajores);
  if (nMajores > 0) tr.step(`${SLUG}.majoration-age`, majoration, { enfants: nMajores });

  const mod = modulation(ctx, tr, R, n);
  const baseModulee = base.times(mod.taux);
  const majorationModulee = majoration.times(mod.taux);
  tr.step(`${SLUG}.modulation`, mod.taux, { ressources: R, plafond: mod.plafondDepasse ?? ZERO });
  const cd = complementDegressif(baseModulee.plus(majorationModulee), R, mod);
  if (!cd.isZero()) tr.step(`${SLUG}.complement-degressif`, cd);

  // Forfait at 20 (family of 3+ counting that child): ceilings count the AF children and the forfait children.
  let forfait = ZERO;
  if (nForfait > 0 && n + nForfait >= at(forfaitP, 'nombre_enfants_minimum').toNumber()) {
    const modF = modulation(ctx, tr, R, n + nForfait);
    const f = arrondiCentime(bmaf.times(at(forfaitP, 'taux'))).times(nForfait).times(modF.taux);
    forfait = f.plus(complementDegressif(f, R, modF));
    tr.step(`${SLUG}.forfait`, forfait, { enfants: nForfait });
  }

  const total = sum([baseModulee, majorationModulee, cd, forfait]);
  const reasons = mod.plafondDepasse ? [`${SLUG}.reduced-above-ceiling`] : [];
  return resultat(ctx, tr, SLUG, total, reasons, baseModulee);
}
