/**
 * One scenario of the timeline: the engine's month pipeline (`computeMonth`) run month by month on the scenario's
 * income history, then each amount taken as DUE under the review rhythm of ./calendrier.ts:
 * - RSA and prime d'activité of month m = the amounts computed for the review month D ≤ m of m's quarter (its
 *   resources, parameters, housing aid and family benefits), unchanged until the next review;
 * - housing aid of m = the amount computed at the last housing-aid review (calendar quarter, or the month the RSA
 *   neutralisation of its resources starts or ends, judged on the RSA DUE in m − 1);
 * - family benefits as computed for m (year N−2 resources: a job changes them two years later); the ARS in August.
 * The memo handed to `computeMonth` carries, for each month, the RSA due (not a sliding theoretical RSA), so the
 * housing aid of the next month reads the right neutralisation.
 */
import { ZERO, sum, type Decimal } from '../money';
import { monthOfYear, type MonthIndex } from '../month';
import type { Household, IncomeHistory } from '../household';
import type { Rules } from '../rules';
import type { MonthResult, StaleParam } from '../context';
import type { CoutsEntree } from '../costs';
import { computeMonth } from '../compute';
import { debutTrimestreCivil, moisRevision } from './calendrier';
import type { SerieRevenus } from './revenus';
import type { LigneAdulte, LigneMois } from './types';

export interface ParamsScenario {
  rules: Rules;
  household: Household;
  history: IncomeHistory;
  serie: SerieRevenus;
  /** First month computed (a review month, a few months before the first month shown). */
  t0: MonthIndex;
  to: MonthIndex;
  /** A month with a quarterly RSA / prime d'activité declaration. */
  anchor: MonthIndex;
  /** Costs of working of the months with the offer's job (undefined: none). */
  coutsDuMois?: (m: MonthIndex) => CoutsEntree | undefined;
}

const amount = (r: MonthResult, k: keyof MonthResult['benefits']): Decimal => r.benefits[k]?.amount ?? ZERO;

export function runScenario(p: ParamsScenario): LigneMois[] {
  const memo = new Map<MonthIndex, MonthResult>();
  const lignes: LigneMois[] = [];
  let rev: MonthResult | null = null; // result of the current RSA / PA review month
  let log: { r: MonthResult; neutralise: boolean } | null = null;
  let rsaDuAvant = ZERO; // RSA due in m − 1, before the 6 € threshold (CCH R822-17 neutralises housing-aid resources the month after; see compute.ts rsaRecipient)

  for (let m = p.t0; m <= p.to; m++) {
    const couts = p.coutsDuMois?.(m);
    const t = computeMonth({ rules: p.rules, household: p.household, history: p.history, month: m, trace: false, memo, couts });
    const revision = !rev || moisRevision(p.anchor, m) === m;
    if (revision) rev = t;
    const neutralise = rsaDuAvant.gt(0);
    const revisionLogement = !log || debutTrimestreCivil(m) === m || log.neutralise !== neutralise;
    if (revisionLogement) log = { r: t, neutralise };
    const r = rev!;
    const l = log!.r;
    // The next month's housing aid reads the RSA due this month (fixed by its quarterly review), not a sliding theoretical one.
    memo.set(m, { ...t, rsaAvantSeuil: r.rsaAvantSeuil, benefits: { ...t.benefits, rsa: r.benefits.rsa } });
    rsaDuAvant = r.rsaAvantSeuil;

    const adults: LigneAdulte[] = p.serie.months[m - p.serie.from].map((x, a) => {
      const h = t.adults[a];
      const ass = x.income.ass;
      return {
        salaireBrut: h.salaireBrut,
        salaireNet: h.salaireNet,
        chomageBrut: x.income.chomageBrut,
        chomageNet: h.chomageNet.plus(ass),
        ass,
        joursIndemnises: x.are?.joursIndemnises ?? 0
      };
    });
    const ligne: LigneMois = {
      month: m,
      adults,
      rsa: amount(r, 'rsa'),
      rsaAvantSeuil: r.rsaAvantSeuil,
      ppa: amount(r, 'prime-activite'),
      aideLogement: amount(l, 'aides-logement'),
      af: amount(t, 'allocations-familiales'),
      cf: amount(t, 'complement-familial'),
      asf: amount(t, 'asf'),
      paje: amount(t, 'paje'),
      ars: monthOfYear(m) === 8 ? amount(t, 'ars') : ZERO,
      arsAnnuelle: t.arsAnnuelle,
      aideGardeEnfants: ZERO,
      aideMobilite: ZERO,
      primeNoel: ZERO,
      revenus: ZERO,
      loyer: p.household.housing.loyer.minus(l.logement.rls),
      garde: t.couts?.garde?.net ?? ZERO,
      transport: t.couts?.transport?.net ?? ZERO,
      impot: t.impotPreleve,
      resteAVivre: ZERO,
      revisionTrimestrielle: revision,
      revisionLogement,
      neutralisationRsa: log!.neutralise,
      changements: [],
      stale: mergeStale([t.stale, r.stale, l.stale])
    };
    lignes.push(ligne);
  }
  return lignes;
}

/** Σ net salaries + net ARE/ASS + every benefit and one-off aid of the month. */
export function revenusDuMois(l: LigneMois): Decimal {
  return sum([
    ...l.adults.map((a) => a.salaireNet.plus(a.chomageNet)),
    l.rsa, l.ppa, l.aideLogement, l.af, l.cf, l.asf, l.paje, l.ars, l.aideGardeEnfants, l.aideMobilite, l.primeNoel
  ]);
}

/** Money left (PRODUCT.md): revenus − rent and charges − childcare − transport − income tax withheld. */
export function resteDuMois(l: LigneMois): Decimal {
  return l.revenus.minus(l.loyer).minus(l.garde).minus(l.transport).minus(l.impot);
}

export function mergeStale(lists: StaleParam[][]): StaleParam[] {
  const out = new Map<string, StaleParam>();
  for (const list of lists) for (const s of list) out.set(s.name, s);
  return [...out.values()];
}
