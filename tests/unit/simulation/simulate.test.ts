/**
 * simulate(): the headline and cards follow PRODUCT.md's definitions applied to the engine's timeline rows, and the
 * settled figures of a single in zone 2 match the reference cases (OpenFisca-France, expected-2026-09.json).
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ZERO, sum, type Decimal } from '$lib/engine/money';
import { simulate, otherHours } from '$lib/simulation/simulate';
import type { SimulationResult } from '$lib/simulation/types';
import { R, parentCaen, singleZ2 } from './fixtures';

function run(state: unknown, month = '2026-09'): SimulationResult {
  const o = simulate(state, R, month);
  if (o.kind !== 'result') throw new Error(JSON.stringify(o));
  return o.result;
}

const expected = JSON.parse(readFileSync(join(__dirname, '../../cases/reference/expected-2026-09.json'), 'utf8')) as {
  id: string;
  adults: { salaire_net: number }[];
  rsa: number;
  ppa: number;
  aide_logement: number;
}[];
const ref = (id: string) => expected.find((e) => e.id === id)!;

describe('simulate: definitions applied to the timeline rows', () => {
  const r = run(parentCaen());
  const sq = r.timeline.statuQuo.lignes;
  const of = r.timeline.offre.lignes;

  it('shows S−1..S+12 and names the rules used', () => {
    expect(r.months).toHaveLength(14);
    expect(r.months[0]).toBe('2026-09');
    expect(r.start).toBe('2026-10');
    expect(r.rules).toMatchObject({ release: R.release, month: '2026-09', message: { key: 'simulation.rules-in-force', vars: { release: R.release, month: '2026-09' } } });
  });

  it('headline = Σ over S..S+11 of (offer − status quo) money left / 12; charges paid in both cancel out', () => {
    let total: Decimal = ZERO;
    for (let i = 1; i <= 12; i++) total = total.plus(of[i].resteAVivre.minus(sq[i].resteAVivre));
    expect(r.headline.gainFirst12.toFixed(6)).toBe(total.div(12).toFixed(6));
    expect(r.headline).toMatchObject({ from: '2026-10', to: '2027-09', hoursPerWeek: 24, settled: { method: 'steady', month: '2027-10' } });
    // One-off aids counted in the month paid: the AGE (childcare aid on a job start) is in S's row, not spread.
    expect(of[1].aideGardeEnfants.gt(0)).toBe(true);
    expect(sum(of.slice(2).map((l) => l.aideGardeEnfants)).isZero()).toBe(true);
  });

  it('card figures: the 12-month means of the rows, money left after rent AND charges (40 €)', () => {
    const offer = r.cards[1];
    const mean = (get: (i: number) => Decimal) => sum(Array.from({ length: 12 }, (_, k) => get(k + 1))).div(12);
    expect(offer.first12.resteAVivre.toFixed(6)).toBe(mean((i) => of[i].resteAVivre.minus(40)).toFixed(6));
    expect(offer.first12.salaireNet.toFixed(6)).toBe(mean((i) => of[i].adults[0].salaireNet).toFixed(6));
    expect(offer.first12.benefits.rsa!.toFixed(6)).toBe(mean((i) => of[i].rsa).toFixed(6));
    expect(offer.first12.garde.toFixed(6)).toBe(mean((i) => of[i].garde).toFixed(6));
    expect(offer.first12.loyer.toFixed(6)).toBe(mean((i) => of[i].loyer.plus(40)).toFixed(6));
  });

  it('gain per hour = gain / (hours × 52 / 12); share kept = 100 × gain / net salary gain', () => {
    for (const c of r.cards.slice(1)) {
      for (const w of ['first12', 'settled'] as const) {
        const g = c.gain![w];
        const gain = c[w].resteAVivre.minus(r.cards[0][w].resteAVivre);
        const net = c[w].salaireNet.minus(r.cards[0][w].salaireNet);
        expect(g.resteAVivre.toFixed(6)).toBe(gain.toFixed(6));
        expect(g.parHeure!.toFixed(6)).toBe(gain.div((c.hoursPerWeek * 52) / 12).toFixed(6));
        expect(g.surCent!.toFixed(6)).toBe(gain.times(100).div(net).toFixed(6));
      }
    }
    expect(r.cards[0].gain).toBeNull();
  });

  it('the other card: 17 h 30 from 26 h up, else 35 h, at the same hourly pay', () => {
    expect([10, 17.5, 24, 25.5, 26, 28, 35, 39].map(otherHours)).toEqual([35, 35, 35, 35, 17.5, 17.5, 17.5, 17.5]);
    expect(r.cards[2]).toMatchObject({ id: 'other-hours', hoursPerWeek: 35 });
    // 12.31 €/h × 35 × 52 / 12 = 1867.0167 → 1867.02 € (the reference cases' 35 h SMIC salary in 2026-09).
    expect(r.cards[2].salaireBrutMensuel.toNumber()).toBe(1867.02);
    expect(r.otherHoursRule).toEqual({ key: 'simulation.other-hours-rule', vars: { threshold: 26, hours: 35 } });
    const s = parentCaen();
    s.job.hoursPerWeek = 30;
    expect(run(s).cards[2].hoursPerWeek).toBe(17.5);
  });

  it('"je ne la demanderai pas": the prime d’activité left out of every card, and its cost given', () => {
    const s = parentCaen();
    s.notClaimed['prime-activite'] = true;
    const without = run(s);
    const cost = r.notClaimed.find((x) => x.slug === 'prime-activite')!;
    const ppa = sum(of.slice(1, 13).map((l) => l.ppa)).div(12);
    expect(cost.first12.toFixed(6)).toBe(ppa.toFixed(6));
    expect(cost.switchedOff).toBe(false);
    expect(without.notClaimed.find((x) => x.slug === 'prime-activite')!.switchedOff).toBe(true);
    expect(without.cards[1].first12.resteAVivre.toFixed(6)).toBe(r.cards[1].first12.resteAVivre.minus(ppa).toFixed(6));
    expect(without.cards[1].first12.benefits['prime-activite']).toBeUndefined();
    expect(without.cards[1].settled.resteAVivre.toFixed(6)).toBe(r.cards[1].settled.resteAVivre.minus(cost.settled).toFixed(6));
  });

  it('the childcare tax credit is apart: 50 % of a year of childcare after the CMG (CGI 200 quater B), paid the year after', () => {
    const t = r.childcareTaxCredit!;
    // 12 × the settled monthly childcare after the CMG × 50 %, below the 3 500 € a child cap.
    const expectedYearly = r.cards[1].settled.garde.times(12).times('0.5');
    expect(expectedYearly.lt(3500)).toBe(true);
    expect(t.annuel.toFixed(2)).toBe(expectedYearly.toFixed(2));
    expect(t.premierVersement.startsWith('2027-')).toBe(true);
    expect(t.message).toEqual({ key: 'simulation.childcare-tax-credit', vars: { yearly: Number(expectedYearly.toFixed(2)), month: t.premierVersement } });
    // Not in the money left: the month's money left only subtracts the childcare after the CMG.
    expect(of[13].resteAVivre.toFixed(2)).toBe(of[13].revenus.minus(of[13].loyer).minus(of[13].garde).minus(of[13].transport).minus(of[13].impot).toFixed(2));
  });

  it('a child who turns 6 during the year leaves the crèche that month (and in the settled month)', () => {
    const s = parentCaen();
    s.household.children[0] = { ...s.household.children[0], birthYear: 2021, birthMonth: 1, care: { ...s.household.children[0].care, mode: 'creche' } };
    const x = run(s);
    const rows = x.timeline.offre.lignes;
    // Born January 2021: 6 in January 2027 (index 4 of 2026-09..2027-10); December 2026 still in crèche.
    expect(rows[3].garde.gt(0)).toBe(true);
    expect(rows.slice(4).every((l) => l.garde.isZero())).toBe(true);
    expect(x.cards[1].settled.garde.isZero()).toBe(true);
  });

  it('warnings: stale parameters with the month they become unknown, and the hypotheses', () => {
    // The engine's rows carry the stale parameters; each is reported once, with its first unknown month.
    const fromRows = new Set(of.flatMap((l) => l.stale.map((x) => x.name)));
    for (const name of fromRows) expect(r.stale.map((x) => x.name)).toContain(name);
    for (const x of r.stale) expect(x.since).toMatch(/^\d{4}-\d{2}$/);
    expect(r.hypotheses).toContainEqual({ key: 'timeline.hypothese-declaration-trimestrielle-au-mois-de-reprise' });
  });
});

describe('simulate: settled figures against the reference cases (2026-09)', () => {
  // Job from 2025-09, so the settled month S+12 is 2026-09; 24 h at 1280.24 € (12.31 €/h × 104 h).
  const r = run(singleZ2(24, 1280.24, '2025-08', '2025-09'), '2025-08');
  // Money left before tax = net salary + RSA + prime d'activité + housing aid − rent 470 € (walking: no costs).
  const beforeTax = (c: SimulationResult['cards'][number]) => c.settled.resteAVivre.plus(c.settled.impot).toNumber();
  const byHand = (id: string) => {
    const e = ref(id);
    return e.adults[0].salaire_net + e.rsa + e.ppa + e.aide_logement - 470;
  };

  it('status quo: RSA 573.49 + housing aid 304.84 − 470 = 408.33 € (pub_single_0h_vide_z2)', () => {
    expect(r.headline.settled.month).toBe('2026-09');
    expect(byHand('pub_single_0h_vide_z2')).toBeCloseTo(408.33, 2);
    expect(beforeTax(r.cards[0])).toBeCloseTo(408.33, 0);
  });

  it('24 h: 1013.43 + 225.84 + 112.53 − 470 = 881.80 € (pub_single_24h_smic_vide_z2)', () => {
    expect(byHand('pub_single_24h_smic_vide_z2')).toBeCloseTo(881.8, 2);
    expect(Math.abs(beforeTax(r.cards[1]) - 881.8)).toBeLessThanOrEqual(1);
    expect(r.cards[1].settled.salaireNet.toNumber()).toBe(1013.43);
  });

  it('35 h (the other card): 1477.93 + 230.88 + 0 − 470 = 1238.81 € (pub_single_35h_smic_vide_z2)', () => {
    expect(byHand('pub_single_35h_smic_vide_z2')).toBeCloseTo(1238.81, 2);
    expect(r.cards[2].salaireBrutMensuel.toNumber()).toBe(1867.02);
    expect(Math.abs(beforeTax(r.cards[2]) - 1238.81)).toBeLessThanOrEqual(1);
  });

  it('settled gain of the 24 h offer before tax: 881.80 − 408.33 = 473.47 €', () => {
    const taxDiff = r.cards[1].settled.impot.minus(r.cards[0].settled.impot);
    expect(Math.abs(r.headline.gainSettled.plus(taxDiff).toNumber() - 473.47)).toBeLessThanOrEqual(1);
  });
});
