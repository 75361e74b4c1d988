/**
 * Property tests of the month pipeline (`computeSteady`) on random stable households (tests/support/arbitraries.ts:
 * the reference README's space of unseen cases, months 2024-04..2027-06, with childcare and transport costs).
 * Each property runs on at least 1 000 generated households with a fixed seed; a failure prints the seed and the
 * shrunk counter-example (FC_SEED / FC_RUNS override them). The maxima and ceilings are worked by hand from the
 * month's rules parameters in ./legal-bounds.ts, which cites the articles.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseHousehold, type EngineInput } from '$lib/engine/input';
import { computeSteady, steadyContext } from '$lib/engine/compute';
import type { MonthResult } from '$lib/engine/context';
import { Decimal, ZERO, sum } from '$lib/engine/money';
import { adultsAt } from '$lib/engine/resources';
import { R } from '../support/engine';
import { fcOptions, steadyCase, steadyDraw, workingSteadyDraw, type SteadyDraw } from '../support/arbitraries';
import { aideLogementMax, bonifMax, familyMax, mfMax, paMax, paPlafondActivite } from './legal-bounds';
import { negative, notFinite, serialise, subCent } from './walk';

/** Generous: these run 1 000 cases; a machine busy with other work must not turn them red (speed is `npm run bench`'s job). */
const SLOW = { timeout: 300_000 };

const RUNS = 1000;

function input(s: SteadyDraw): EngineInput {
  const p = parseHousehold(steadyCase(R, s), R);
  if (!p.ok) throw p.error;
  return p.value;
}

function compute(v: EngineInput): MonthResult {
  return computeSteady(R, v.household, v.incomes, v.month, false, v.couts);
}

const amt = (r: MonthResult, k: keyof MonthResult['benefits']) => r.benefits[k]?.amount ?? ZERO;

/** Amounts that may legitimately be negative: the money left (rent above income) — nothing else. */
const SIGNED = new Set(['resteAVivre']);

describe('steady month on random households', SLOW, () => {
  it('never throws; every amount is finite; no negative benefit, cost or income; net salary ≤ gross (< when gross > 0)', () => {
    fc.assert(
      fc.property(steadyDraw, (s) => {
        const v = input(s);
        const r = compute(v);
        expect(notFinite(r)).toEqual([]);
        expect(negative(r, (p) => SIGNED.has(p))).toEqual([]);
        for (const a of r.adults) {
          expect(a.salaireNet.lte(a.salaireBrut)).toBe(true);
          if (a.salaireBrut.gt(0)) expect(a.salaireNet.lt(a.salaireBrut)).toBe(true);
          expect(a.chomageNet.lte(a.chomageBrut)).toBe(true);
        }
      }),
      fcOptions(RUNS)
    );
  });

  it('every benefit is under its legal maximum for the month (legal-bounds.ts)', () => {
    fc.assert(
      fc.property(steadyDraw, (s) => {
        const v = input(s);
        const r = compute(v);
        const h = v.household;
        const m = v.month;
        const f = familyMax(R, h, m);
        const checks: [string, Decimal, Decimal][] = [
          ['rsa', r.rsaAvantSeuil, mfMax(R, 'rsa', h, m)],
          ['prime-activite', amt(r, 'prime-activite'), paMax(R, h, m)],
          ['aides-logement', amt(r, 'aides-logement'), aideLogementMax(R, h, m)],
          ['allocations-familiales', amt(r, 'allocations-familiales'), f.af],
          ['complement-familial', amt(r, 'complement-familial'), f.cf],
          ['asf', amt(r, 'asf'), f.asf],
          ['paje', amt(r, 'paje'), f.paje],
          ['ars', r.arsAnnuelle, f.ars],
          ...r.adults.map((a, i): [string, Decimal, Decimal] => [`ppaBonification[${i}]`, a.ppaBonification, bonifMax(R, m)])
        ];
        const over = checks.filter(([, x, max]) => x.gt(max)).map(([k, x, max]) => `${k}: ${x.toString()} > ${max.toString()}`);
        expect(over).toEqual([]);
        // The RSA paid is the legal amount, or nothing under the 6 € threshold (CASF R262-39).
        expect(amt(r, 'rsa').isZero() || amt(r, 'rsa').eq(r.rsaAvantSeuil)).toBe(true);
      }),
      fcOptions(RUNS)
    );
  });

  it('money left = net incomes + benefits − rent after RLS − childcare − transport − tax, to the cent, every part in whole cents', () => {
    fc.assert(
      fc.property(steadyDraw, (s) => {
        const v = input(s);
        const r = compute(v);
        const parts: [string, Decimal][] = [
          ...r.adults.flatMap((a, i): [string, Decimal][] => [
            [`salaireNet[${i}]`, a.salaireNet],
            [`chomageNet[${i}]`, a.chomageNet]
          ]),
          ...(['rsa', 'prime-activite', 'aides-logement', 'allocations-familiales', 'complement-familial', 'asf', 'paje'] as const).map((k): [string, Decimal] => [k, amt(r, k)])
        ];
        const costs: [string, Decimal][] = [
          ['loyer', v.household.housing.loyer],
          ['rls', r.logement.rls],
          ['garde', r.couts?.garde?.net ?? ZERO],
          ['transport', r.couts?.transport?.net ?? ZERO],
          ['impot', r.impotPreleve]
        ];
        expect(subCent([...parts, ...costs])).toEqual([]);
        // Reference README: revenu disponible = Σ net salaries + net ARE + rsa + ppa + AL + af + cf + asf + paje.
        expect(r.revenuDisponible.toString()).toBe(sum(parts.map((p) => p[1])).toString());
        // PRODUCT.md: reste pour vivre = that − (rent − RLS) − childcare after CMG − transport after the employer − tax.
        const [loyer, rls, garde, transport, impot] = costs.map((c) => c[1]);
        const reste = r.revenuDisponible.minus(loyer.minus(rls)).minus(garde).minus(transport).minus(impot);
        expect(r.resteAVivre.toString()).toBe(reste.toString());
      }),
      fcOptions(RUNS)
    );
  });

  it('RSA and prime d’activité are 0 above their legal income ceilings (and the ceilings are reached often)', () => {
    let rsaAbove = 0;
    let paAbove = 0;
    let noWork = 0;
    fc.assert(
      // Half the households from the reference space, half with every adult in work (many above the PA ceiling).
      fc.property(fc.oneof(steadyDraw, workingSteadyDraw), (s) => {
        const v = input(s);
        const r = compute(v);
        const h = v.household;
        const m = v.month;
        // The reference quarter is among M−4..M−1 (M−3..M−1 until Feb. 2025, M−4..M−2 since: CASF R262-7, dossier
        // §2.6); its average is at least the smallest of these months.
        const ctx = steadyContext(R, h, v.incomes, m);
        const months = [1, 2, 3, 4].map((k) => adultsAt(ctx.history, m - k));
        const earned = Decimal.min(...months.map((row) => sum(row.map((a) => a.salaireNet))));
        const ownIncome = Decimal.min(...months.map((row) => sum(row.map((a) => a.salaireNet.plus(a.chomageNet).plus(a.ass)))));
        // RSA: resources (100 % of earned income, net ARE) ≥ MF ⇒ MF − resources − PF − FL ≤ 0 (CASF L262-2).
        if (ownIncome.gte(mfMax(R, 'rsa', h, m))) {
          rsaAbove++;
          expect(r.rsaAvantSeuil.toString()).toBe('0');
        }
        // PA: (1 − pente) × E ≥ MF + Σ bonif max ⇒ nothing due (CSS L842-3, derivation in legal-bounds.ts).
        const earners = v.incomes.filter((x) => x.salaireBrut.gt(0)).length;
        if (earned.gte(paPlafondActivite(R, h, m, earners))) {
          paAbove++;
          expect(amt(r, 'prime-activite').toString()).toBe('0');
        }
        // No earned income in the quarter ⇒ no prime d'activité (CSS L842-3: a prime of the earned income).
        if (v.incomes.every((x) => x.salaireBrut.isZero())) {
          noWork++;
          expect(amt(r, 'prime-activite').toString()).toBe('0');
        }
      }),
      fcOptions(RUNS)
    );
    // Not vacuous: enough households above each ceiling (counts are over all runs of the property).
    expect(rsaAbove).toBeGreaterThan(100);
    expect(paAbove).toBeGreaterThan(100);
    expect(noWork).toBeGreaterThan(100);
  });

  it('gives identical results when run twice, with another household computed in between (no state leaks)', () => {
    fc.assert(
      fc.property(steadyDraw, steadyDraw, (a, b) => {
        const va = input(a);
        const first = serialise(compute(va));
        compute(input(b));
        expect(serialise(compute(input(a)))).toBe(first);
      }),
      fcOptions(RUNS)
    );
  });
});
