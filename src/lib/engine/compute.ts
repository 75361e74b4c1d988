/**
 * The month pipeline: `computeMonth(ctx)` gives everything a household is due for month M, from its income history.
 *
 * Order (each step reads what the law says it reads):
 *  1. salaries and unemployment benefit of M (derived once in the history);
 *  2. family benefits of M (year N−2 resources) — their RSA/PA-counted part feeds step 4;
 *  3. housing aid (rolling 12 months M−13..M−2, neutralised when the RSA was due in M−1, CCH R822-17);
 *  4. RSA and prime d'activité (reference quarter + family benefits of M + forfait logement, which needs step 3);
 *  5. income tax withheld at source (personalised rate of the last return, `benefits/impot-revenu.ts`);
 *  6. revenu disponible (no tax, reference convention) and the money left (after costs and the tax withheld).
 * A stable situation is a history of identical months (`computeSteady`); a timeline calls `computeMonth` month by
 * month on one history and one memo, so both share this code.
 */
import type { Household, MonthIncome } from './household';
import { Decimal, ZERO, arrondiCentime } from './money';
import { fromYearMonth, yearOf, type MonthIndex } from './month';
import type { Rules } from './rules';
import { buildHistory } from './history';
import type { AdultResult, MonthContext, MonthResult, StaleParam } from './context';
import { param } from './context';
import { adultsAt, housingResources, quarterResources } from './resources';
import { aideLogement } from './benefits/aides-logement';
import { rsa, rsaBornes } from './benefits/rsa';
import { primeActiviteTrimestre } from './benefits/prime-activite';
import { familyBenefits, sameFamilyBenefits, type FamilyBenefitsOfMonth } from './family';
import { isStale, type Amount } from './trace';
import { resteAVivre, type CoutsEntree } from './costs';
import { coutsDuMoisCtx } from './costs/du-mois';
import { prelevementALaSource } from './benefits/impot-revenu';

export function computeMonth(input: MonthContext): MonthResult {
  const ctx: MonthContext = input.stale ? input : { ...input, stale: new Map() };
  const m = ctx.month;
  const known = ctx.memo?.get(m);
  if (known && !ctx.trace) return known;

  const row = adultsAt(ctx.history, m);
  const warnings: string[] = [];
  const smic = param(ctx, 'salaire.smic_horaire').value as Decimal;
  const adults: AdultResult[] = row.map((x) => {
    if (x.salaireBrut.gt(0)) {
      const h = x.heuresHebdo.gt(0) ? x.heuresHebdo : ctx.rules.num('salaire.heures_hebdo_temps_plein', m);
      if (x.salaireBrut.times(12).div(h.times(52)).lt(smic.minus('0.005'))) warnings.push('salaire.sous-smic');
    }
    return { salaireBrut: x.salaireBrut, salaireNet: x.salaireNet, salaireImposable: x.salaireImposable, chomageBrut: x.chomageBrut, chomageNet: x.chomageNet, ppaBonification: ZERO };
  });

  const fam = familyBenefits(ctx);
  const al = aideLogement(ctx, housingResources(ctx, rsaRecipient(ctx, m - 1, fam)));
  const q = quarterResources(ctx);
  const r = rsa(ctx, { ressources: q.totalActivite.plus(q.totalAutres), prestationsFamiliales: fam.ressourceRsaPa, aideLogement: al.amount });
  // CSS R843-1: the mean of the primes of each month of the reference quarter.
  const pa = primeActiviteTrimestre(ctx, q.mois, fam.ressourceRsaPa, al.amount);
  pa.bonifications.forEach((b, a) => (adults[a].ppaBonification = b));

  const benefits: MonthResult['benefits'] = { rsa: r, 'prime-activite': pa, 'aides-logement': al, ...fam.amounts };
  let revenu = salairesEtChomage(row);
  for (const k of ['rsa', 'prime-activite', 'aides-logement', 'allocations-familiales', 'complement-familial', 'asf', 'paje'] as const)
    revenu = revenu.plus(benefits[k]?.amount ?? ZERO);

  // Costs of working (before staleList: they record their stale parameters in ctx.stale).
  const revenuDisponible = arrondiCentime(revenu);
  const foyer = { revenuDisponible, aideLogement: al.amount, rsa: r.amount, prestations: benefits };
  const couts = ctx.couts ? coutsDuMoisCtx(ctx, ctx.couts, foyer) : undefined;
  if (couts) warnings.push(...couts.warnings);
  const loyerPaye = ctx.household.housing.loyer.minus(al.rls);
  const impot = prelevementALaSource(ctx);
  benefits['impot-revenu'] = impot;

  const result: MonthResult = {
    month: m,
    adults,
    benefits,
    rsaAvantSeuil: r.avantSeuil,
    arsAnnuelle: fam.arsAnnuelle,
    logement: { kind: al.kind, rls: al.rls },
    impotPreleve: impot.amount,
    stale: staleList(ctx, Object.values(benefits)),
    warnings,
    revenuDisponible,
    couts,
    // PRODUCT.md: the money left is after the income tax withheld.
    resteAVivre: arrondiCentime(resteAVivre({ revenuDisponible, loyerEtCharges: loyerPaye, couts, autresCouts: impot.amount }))
  };
  ctx.memo?.set(m, result);
  return result;
}

/**
 * Was the household an RSA recipient in month m (its RSA right above 0, even when below the 6 € payment threshold)?
 * Housing-aid resources are neutralised from the month after the one in which the household receives the RSA
 * (CCH R822-17). A right open but not paid because it is under 6 € (CASF R262-39) still counts: reading "perçoit" as
 * "paid" makes a stable household flip every month (neutralised → higher housing aid → larger forfait logement →
 * RSA under 6 € → not neutralised → …), and OpenFisca tests the amount before the threshold too (reference README,
 * known difference 3). The RSA of m depends on the housing aid of m only through the forfait logement (between 0 and
 * its maximum), so these bounds decide most cases; otherwise month m is computed in full (with its own M−1,
 * memoised). Before the first simulated month or the start of the history: no.
 * `next`: the family benefits of m + 1, reused when those of m are necessarily the same.
 */
function rsaRecipient(ctx: MonthContext, m: MonthIndex, next: FamilyBenefitsOfMonth): boolean {
  if (m < ctx.rules.firstMonth || m - 6 < ctx.history.from) return false;
  const known = ctx.memo?.get(m);
  if (known) return known.rsaAvantSeuil.gt(0);
  const sub: MonthContext = { ...ctx, month: m, trace: false };
  const q = quarterResources(sub);
  const due = (x: Decimal) => arrondiCentime(x).gt(0);
  // Family benefits only lower the RSA: when the other resources alone leave nothing, no need for them.
  const ressources = q.totalActivite.plus(q.totalAutres);
  if (!due(rsaBornes(sub, ressources).sansForfait)) return false;
  const fam = sameFamilyBenefits(ctx, m, m + 1) ? next : familyBenefits(sub, false);
  const b = rsaBornes(sub, ressources.plus(fam.ressourceRsaPa));
  if (due(b.avecForfaitMax)) return true;
  if (!due(b.sansForfait)) return false;
  // Only a tenant gets here (the forfait of someone housed free or owner is fixed): RSA = sansForfait − min(AL, FL max).
  // Housing aid with the resources neutralised is the larger one; if both give the same answer, no need to know M−1.
  const flMax = b.sansForfait.minus(b.avecForfaitMax);
  const dueWith = (al: Decimal) => due(b.sansForfait.minus(al.lt(flMax) ? al : flMax));
  const neutralise = dueWith(aideLogement(sub, housingResources(sub, true)).amount);
  if (neutralise === dueWith(aideLogement(sub, housingResources(sub, false)).amount)) return neutralise;
  return computeMonth({ ...sub, memo: sub.memo ?? new Map() }).rsaAvantSeuil.gt(0);
}

/** Stale parameters: those read through `param()`, plus any in the traces of modules that build their own. */
function staleList(ctx: MonthContext, amounts: Amount[]): StaleParam[] {
  const out = new Map<string, StaleParam>();
  for (const p of ctx.stale?.values() ?? []) out.set(p.name, { name: p.name, since: p.staleSince ?? '', note: p.staleNote });
  for (const a of amounts)
    if (isStale(a.trace)) for (const p of a.trace.params) if (p.stale) out.set(p.name, { name: p.name, since: p.staleSince ?? '', note: p.staleNote });
  return [...out.values()];
}

/**
 * A stable situation: the same monthly income for each adult since January of year M−2 (and at least 16 months),
 * computed for month M with the same pipeline as a timeline.
 */
export function steadyContext(rules: Rules, household: Household, incomes: MonthIncome[], month: MonthIndex, trace = false, couts?: CoutsEntree): MonthContext {
  const from = Math.max(rules.historyFrom, Math.min(fromYearMonth(yearOf(month) - 2, 1), month - 16));
  const history = buildHistory(rules, household, from, month, (_m, a) => incomes[a]);
  return { rules, household, history, month, trace, memo: new Map(), couts };
}

export function computeSteady(rules: Rules, household: Household, incomes: MonthIncome[], month: MonthIndex, trace = false, couts?: CoutsEntree): MonthResult {
  return computeMonth(steadyContext(rules, household, incomes, month, trace, couts));
}

/** Σ net salaries and ARE/ASS of the month (the part of the disposable income that is not a benefit). */
function salairesEtChomage(row: ReturnType<typeof adultsAt>): Decimal {
  let s = ZERO;
  for (const x of row) s = s.plus(x.salaireNet).plus(x.chomageNet).plus(x.ass);
  return s;
}
