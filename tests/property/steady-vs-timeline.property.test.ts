/**
 * The steady result and the timeline's status quo come from the same pipeline (engine README, context.ts): for a
 * household whose situation never changes (no job, a job, or an ARE known as a monthly amount — nothing that runs
 * out), the status quo of `timeline()` must give, month by month, what `computeSteady` gives. 1 000 generated cases.
 *
 * The right comparison, month m of the status quo (S − 1..S + 12):
 * - salaries, ARE, family benefits (year N−2 resources), the ARS of the year and the tax withheld are computed for m
 *   itself: equal to the steady result of m;
 * - RSA and prime d'activité are fixed by the household's quarterly declaration (CASF R262-7; CSS R843-1): for the
 *   months D, D + 1, D + 2 after a declaration in D, the amounts computed at D, with D's parameters. A declaration
 *   falls every 3 months from the declaration month given (default: the start month). So month m must carry the
 *   steady RSA and PA of its review month D = anchor + 3 × ⌊(m − anchor) / 3⌋ — not those of m, which differ when
 *   a revaluation (April) or a birthday falls inside the quarter. (Before the first month with rules, 2024-04, that
 *   first month stands for the review.)
 * - housing aid is reviewed each calendar quarter (CCH R822-3, R823-6) and when the RSA neutralisation of its
 *   resources starts or ends: month m carries the steady housing aid (and RLS) of the last review month L ≤ m shown.
 *   Every first month of a calendar quarter must be a review.
 * - The link between the two: housing-aid resources are neutralised when the RSA was paid the month before (CCH
 *   R822-17), and the RSA deducts the housing aid through the forfait logement. The timeline reads the RSA *due* the
 *   month before (fixed at its own review), the steady month the RSA of that month computed afresh. So a review is
 *   compared only when the timeline shows the month before it (for the first months shown, whose review D has D − 1
 *   before S − 1, the RSA due then is not in the output: these are "the first months" where the timeline's anchoring
 *   may differ from the steady month, about one in seven), and when both agree on "RSA paid the month before". They
 *   disagree only when something inside a quarter moves the RSA across the 6 € threshold (a child turning 20 or 3, a
 *   revaluation) — or when a household sits where neutralising the housing aid raises the forfait logement enough to
 *   stop the RSA, which then ends the neutralisation: the steady months then alternate paid / not paid (FC_SEED=1
 *   FC_RUNS=3000 finds one, an HLM couple with four babies in 2025-10..2026-02). Those reviews are counted, not
 *   compared, and must stay under 1 % of the months.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseTransition, type TransitionInput } from '$lib/engine/timeline/cas';
import { timeline } from '$lib/engine/timeline';
import { computeSteady } from '$lib/engine/compute';
import type { MonthResult } from '$lib/engine/context';
import type { MonthIncome } from '$lib/engine/household';
import { ZERO } from '$lib/engine/money';
import { monthOfYear, monthString, type MonthIndex } from '$lib/engine/month';
import { R } from '../support/engine';
import { fcOptions, timelineCase, timelineDraw, type TimelineDraw } from '../support/arbitraries';

/** Generous: these run 1 000 cases; a machine busy with other work must not turn them red (speed is `npm run bench`'s job). */
const SLOW = { timeout: 300_000 };

const RUNS = 1000;

/** Situations that do not change by themselves: no ARE rights running out, no ASS. */
const noChange = timelineDraw.map((t) => ({ ...t, extras: t.extras.map((x) => ({ ...x, kind: 'none' as const })) }));

function input(t: TimelineDraw): TransitionInput {
  const p = parseTransition(timelineCase(R, t), R);
  if (!p.ok) throw p.error;
  return p.value;
}

const amt = (r: MonthResult, k: keyof MonthResult['benefits']) => (r.benefits[k]?.amount ?? ZERO).toString();

describe('steady month = the same month of a status quo that never changes', SLOW, () => {
  it('salaries, family benefits and tax of m; RSA/PA of its quarterly review; housing aid of its last review', () => {
    const n = { months: 0, firstMonths: 0, rsaCompared: 0, housingCompared: 0, neutralisationDiffers: 0, reviewedInQuarter: 0 };
    fc.assert(
      fc.property(noChange, (t) => {
        const v = input(t);
        const r = timeline(R, v.household, v.situation, v.offre, v.start, v.options);
        const incomes: MonthIncome[] = v.situation.map((s) => ({ salaireBrut: s.salaireBrut, heuresHebdo: s.heuresHebdo, chomageBrut: s.chomageBrut ?? ZERO, ass: ZERO }));
        const memo = new Map<MonthIndex, MonthResult>();
        const steady = (m: MonthIndex) => {
          let x = memo.get(m);
          if (!x) memo.set(m, (x = computeSteady(R, v.household, incomes, m)));
          return x;
        };
        const anchor = v.options.moisDeclaration ?? v.start;
        /** The quarterly review whose RSA / PA month m carries (declarations every 3 months from `anchor`). */
        const review = (m: MonthIndex) => Math.max(R.firstMonth, anchor + 3 * Math.floor((m - anchor) / 3));
        /** RSA paid in month k, computed afresh (the steady month's view of the month before). */
        // An RSA recipient for CCH R822-17: the RSA right above 0, before the 6 € payment threshold (compute.ts rsaRecipient).
        const paidSteady = (k: MonthIndex) => k >= R.firstMonth && steady(k).rsaAvantSeuil.gt(0);
        const lines = new Map(r.statuQuo.lignes.map((l) => [l.month, l]));
        let housingReview: MonthIndex | null = null;

        for (const l of r.statuQuo.lignes) {
          const m = l.month;
          const at = `${monthString(m)} (start ${monthString(v.start)}, declaration ${monthString(anchor)})`;
          const s = steady(m);
          n.months++;
          expect(l.adults.map((a) => [a.salaireNet.toString(), a.chomageNet.toString()]), `salaries ${at}`).toEqual(s.adults.map((a) => [a.salaireNet.toString(), a.chomageNet.toString()]));
          expect([l.af, l.cf, l.asf, l.paje, l.arsAnnuelle, l.impot].map(String), `family benefits and tax ${at}`).toEqual([
            amt(s, 'allocations-familiales'),
            amt(s, 'complement-familial'),
            amt(s, 'asf'),
            amt(s, 'paje'),
            s.arsAnnuelle.toString(),
            s.impotPreleve.toString()
          ]);

          // RSA and prime d'activité: those of the review month D (when the timeline shows the month before D).
          const d = review(m);
          expect(l.revisionTrimestrielle, `quarterly review flag ${at}`).toBe(d === m);
          const due = lines.get(d - 1);
          if (!due) n.firstMonths++;
          else if (due.rsaAvantSeuil.gt(0) !== paidSteady(d - 1)) n.neutralisationDiffers++;
          else {
            const sd = steady(d);
            expect([l.rsa, l.rsaAvantSeuil, l.ppa].map(String), `RSA and PA of the review ${monthString(d)}, ${at}`).toEqual([amt(sd, 'rsa'), sd.rsaAvantSeuil.toString(), amt(sd, 'prime-activite')]);
            n.rsaCompared++;
            if (!sd.rsaAvantSeuil.eq(s.rsaAvantSeuil) || amt(sd, 'prime-activite') !== amt(s, 'prime-activite')) n.reviewedInQuarter++;
          }

          // Housing aid: that of the last review L shown (each calendar quarter, and when the neutralisation changes).
          if (monthOfYear(m) % 3 === 1) expect(l.revisionLogement, `housing-aid review at the quarter ${at}`).toBe(true);
          const before = lines.get(m - 1);
          if (before) expect(l.neutralisationRsa, `neutralised = RSA due the month before, ${at}`).toBe(before.rsaAvantSeuil.gt(0));
          if (l.revisionLogement) housingReview = m;
          if (housingReview === null) continue;
          if (lines.get(housingReview)!.neutralisationRsa !== paidSteady(housingReview - 1)) n.neutralisationDiffers++;
          else {
            const sl = steady(housingReview);
            expect([l.aideLogement.toString(), l.loyer.toString()], `housing aid of the review ${monthString(housingReview)}, ${at}`).toEqual([
              amt(sl, 'aides-logement'),
              v.household.housing.loyer.minus(sl.logement.rls).toString()
            ]);
            n.housingCompared++;
          }
        }
      }),
      fcOptions(RUNS)
    );
    if (process.env.FC_STATS) console.log(n);
    // Not vacuous: nearly every month compared, the RSA neutralisation edge stays rare, and the review month's
    // amounts often differ from the month's own (a revaluation or a birthday inside the quarter).
    expect(n.firstMonths).toBeLessThan(n.months * 0.25);
    expect(n.rsaCompared).toBeGreaterThan((n.months - n.firstMonths) * 0.98);
    expect(n.housingCompared).toBeGreaterThan(n.months * 0.8);
    expect(n.neutralisationDiffers).toBeLessThan(n.months / 100);
    expect(n.reviewedInQuarter).toBeGreaterThan(100);
  });
});
