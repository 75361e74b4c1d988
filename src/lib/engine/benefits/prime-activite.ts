/**
 * Prime d'activité (rules-dossier §3, §23; rules/prime-activite.yaml).
 *
 * PA = MF + pente × earned income + Σ individual bonifications − max(resources + forfait logement, MF)
 * — CSS L842-3, D843-1 (MF, household scale, majoration of an isolated parent as for the RSA), D843-3 (pente:
 * 61 %, 59.85 % from 2025-04), D843-2 (bonification: from 59 × SMIC horaire of own earned income up to its maximum
 * at 120 × SMIC horaire, 138 × from 2026-04; maximum 29.101 % of MF, 37.7 % from 2026-04), R844-3 (forfait
 * logement), R844-4 and R844-5 (resources: earned income at 100 %, ARE/ASS, AF base, CF non majoré, ASF forfait,
 * PAJE base), not paid below 15 €. Earned income must be positive in the reference quarter (L842-1).
 *
 * Lawful timing: the amount for month M uses M's parameters (MF, pente, SMIC of the thresholds) and the resources
 * of the reference quarter; the amount due is the mean of the primes computed for each month of the quarter (CSS
 * R843-1, `primeActiviteTrimestre`). OpenFisca averages three monthly amounts M−3..M−1, each with its own
 * parameters; around a revaluation (2026-07) the two differ by a few euros (reference README, difference 1).
 */
import { Decimal, ZERO, arrondiCentime, clamp, max } from '../money';
import { ageInYears } from '../month';
import { at } from '../rules';
import { newTrace, type Amount } from '../trace';
import { param, type MonthContext } from '../context';
import { compositionRsa, forfaitLogement, montants } from './rsa';

export interface PrimeActiviteInput {
  /** Per adult: average monthly earned income of the reference quarter (net salary). */
  activite: Decimal[];
  /** Other resources of the quarter (net ARE, ASS), monthly average. */
  autres: Decimal;
  /** Family benefits of the month as counted (AF base, CF non majoré, ASF forfait, PAJE base). */
  prestationsFamiliales: Decimal;
  /** Housing aid of the month (net, as paid). */
  aideLogement: Decimal;
}

export interface PrimeActiviteResult extends Amount {
  /** Per adult bonification (CSS D843-2), whatever the final amount. */
  bonifications: Decimal[];
  /** Amount before the 15 € threshold. */
  avantSeuil: Decimal;
  montantForfaitaire: Decimal;
  forfaitLogement: Decimal;
}

/** Individual bonification of an adult with monthly earned income w (CSS D843-2). */
export function bonification(ctx: MonthContext, mfBase: Decimal, w: Decimal): Decimal {
  const p = param(ctx, 'prime-activite.bonification').value;
  const smic = param(ctx, 'salaire.smic_horaire').value as Decimal;
  const s1 = smic.times(at(p, 'seuil_heures_smic'));
  const s2 = smic.times(at(p, 'plein_heures_smic'));
  const bmax = arrondiCentime(at(p, 'taux_max').times(mfBase));
  if (w.lte(s1)) return ZERO;
  return arrondiCentime(clamp(bmax.times(w.minus(s1)).div(s2.minus(s1)), ZERO, bmax));
}

export function primeActivite(ctx: MonthContext, input: PrimeActiviteInput): PrimeActiviteResult {
  const m = ctx.month;
  const c = compositionRsa(ctx);
  const base = param(ctx, 'prime-activite.montant_forfaitaire').value as Decimal;
  const { mf, forfaitLogementMax } = montants(ctx, 'prime-activite', base, c);
  const fl = forfaitLogement(ctx, forfaitLogementMax, input.aideLogement);
  const pente = param(ctx, 'prime-activite.pente').value as Decimal;
  const ageMin = (param(ctx, 'prime-activite.age_minimum').value as Decimal).toNumber();

  let activite = ZERO;
  const bonifications: Decimal[] = [];
  ctx.household.adults.forEach((p, a) => {
    const w = input.activite[a] ?? ZERO;
    activite = activite.plus(w);
    const adulte = ageInYears(p.birth, m) >= ageMin;
    bonifications.push(adulte ? bonification(ctx, base, w) : ZERO);
  });
  const bonif = bonifications.reduce((s, b) => s.plus(b), ZERO);
  const ressources = activite.plus(input.autres).plus(input.prestationsFamiliales);
  const reasons: string[] = [];
  let avantSeuil = ZERO;
  if (activite.lte(0)) reasons.push('prime-activite.sans-revenu-activite');
  else {
    const brut = mf.plus(pente.times(activite)).plus(bonif).minus(max(ressources.plus(fl), mf));
    avantSeuil = arrondiCentime(max(ZERO, brut));
    if (avantSeuil.isZero()) reasons.push('prime-activite.ressources-superieures');
  }
  const seuil = param(ctx, 'prime-activite.seuil_versement').value as Decimal;
  const amount = avantSeuil.lt(seuil) ? ZERO : avantSeuil;
  if (avantSeuil.gt(0) && amount.isZero()) reasons.push('prime-activite.sous-seuil-versement');

  const trace = newTrace();
  if (ctx.trace) {
    trace.inputs = { activite, autres: input.autres, prestationsFamiliales: input.prestationsFamiliales, aideLogement: input.aideLogement };
    for (const n of ['montant_forfaitaire', 'majorations_foyer', 'pente', 'bonification', 'forfait_logement', 'seuil_versement'])
      trace.params.push(ctx.rules.get(`prime-activite.${n}`, m));
    trace.params.push(ctx.rules.get('salaire.smic_horaire', m));
    trace.steps.push(
      { key: c.majore ? 'prime-activite.montant-forfaitaire-majore' : 'prime-activite.montant-forfaitaire', value: mf },
      { key: 'prime-activite.part-revenus-activite', value: arrondiCentime(pente.times(activite)), vars: { pente, activite } },
      { key: 'prime-activite.bonifications', value: bonif },
      { key: 'prime-activite.ressources', value: ressources },
      { key: 'prime-activite.forfait-logement', value: fl },
      { key: 'prime-activite.montant', value: avantSeuil },
      { key: 'prime-activite.verse', value: amount }
    );
  }
  return { slug: 'prime-activite', amount, avantSeuil, bonifications, montantForfaitaire: mf, forfaitLogement: fl, reasons, trace };
}

/**
 * CSS R843-1: "le montant dû … est égal à la moyenne des primes calculées conformément à l'article L. 842-3 pour
 * chacun des quatrième, troisième et deuxième mois précédant la demande ou le réexamen périodique" (M−3..M−1 before
 * the pre-filled declaration of March 2025). Each month's prime (≥ 0, before the 15 € threshold) is computed with
 * that month's resources; the mean is rounded to the cent and the payment threshold applied. In a stable situation
 * the three months are identical and this is `primeActivite` itself.
 */
export function primeActiviteTrimestre(
  ctx: MonthContext,
  mois: { activite: Decimal[]; autres: Decimal }[],
  prestationsFamiliales: Decimal,
  aideLogement: Decimal
): PrimeActiviteResult {
  // A stable quarter (three identical months) is one computation.
  const first = mois[0];
  const stable = mois.every((x) => x.autres.eq(first.autres) && x.activite.every((w, a) => w.eq(first.activite[a])));
  if (stable) return primeActivite(ctx, { activite: first.activite, autres: first.autres, prestationsFamiliales, aideLogement });
  const r = mois.map((x) => primeActivite(ctx, { activite: x.activite, autres: x.autres, prestationsFamiliales, aideLogement }));
  const last = r[r.length - 1];
  const n = new Decimal(r.length);
  const mean = (xs: Decimal[]) => arrondiCentime(xs.reduce((s, x) => s.plus(x), ZERO).div(n));
  const avantSeuil = mean(r.map((x) => x.avantSeuil));
  const bonifications = last.bonifications.map((_, a) => mean(r.map((x) => x.bonifications[a])));
  const seuil = param(ctx, 'prime-activite.seuil_versement').value as Decimal;
  const amount = avantSeuil.lt(seuil) ? ZERO : avantSeuil;
  const reasons = avantSeuil.isZero()
    ? r.every((x) => x.reasons.includes('prime-activite.sans-revenu-activite'))
      ? ['prime-activite.sans-revenu-activite']
      : ['prime-activite.ressources-superieures']
    : amount.isZero()
      ? ['prime-activite.sous-seuil-versement']
      : [];
  if (ctx.trace) last.trace.steps.push({ key: 'prime-activite.moyenne-trimestre', value: avantSeuil, vars: { mois: r.length } });
  return { ...last, amount, avantSeuil, bonifications, reasons };
}
