/** The hours curve: 71 points, the cards on it, and cliffs found where they are by hand. */
import { describe, expect, it } from 'vitest';
import { d, type Decimal } from '$lib/engine/money';
import { simulate } from '$lib/simulation/simulate';
import { curve, detectCliffs, type CurvePoint } from '$lib/simulation/curve';
import type { Figures, SimulationResult } from '$lib/simulation/types';
import { R, parentCaen, singleZ2 } from './fixtures';

function run(state: unknown, month: string): SimulationResult {
  const o = simulate(state, R, month);
  if (o.kind !== 'result') throw new Error(JSON.stringify(o));
  return o.result;
}

const fig = (reste: number, benefits: Record<string, number>, costs: Partial<Record<'garde' | 'transport' | 'impot', number>> = {}): Figures => ({
  resteAVivre: d(reste),
  salaireNet: d(0),
  chomage: d(0),
  benefits: Object.fromEntries(Object.entries(benefits).map(([k, v]) => [k, d(v)])) as Figures['benefits'],
  loyer: d(0),
  garde: d(costs.garde ?? 0),
  transport: d(costs.transport ?? 0),
  impot: d(costs.impot ?? 0)
});
const pt = (hours: number, f: Figures): CurvePoint => ({ hours, brutMensuel: d(0), figures: f });

describe('detectCliffs (hand-made points)', () => {
  it('a fall is blamed on the benefit that stops, a cost that rises, else the benefit that falls most', () => {
    const cliffs = detectCliffs([
      pt(0, fig(1000, { rsa: 500, 'prime-activite': 0 })),
      pt(1, fig(1010, { rsa: 450, 'prime-activite': 40 })),
      // The RSA stops (below its threshold): money left falls by 5.
      pt(2, fig(1005, { rsa: 0, 'prime-activite': 80 })),
      // A solidarity pass lost: transport rises by 30, money left falls by 20 over two steps.
      pt(3, fig(995, { rsa: 0, 'prime-activite': 90 }, { transport: 30 })),
      pt(4, fig(985, { rsa: 0, 'prime-activite': 95 }, { transport: 30 })),
      pt(5, fig(1020, { rsa: 0, 'prime-activite': 14 })),
      // The prime d'activité below its 15 € threshold: paid nothing, but the salary more than makes up for it.
      pt(6, fig(1021, { rsa: 0, 'prime-activite': 0 }))
    ]);
    expect(cliffs.map((c) => ({ kind: c.kind, from: c.from, to: c.to, cause: c.cause, loss: c.loss.toNumber(), key: c.key }))).toEqual([
      { kind: 'drop', from: 1, to: 4, cause: 'rsa', loss: 25, key: 'curve.cliff.drop.rsa' },
      { kind: 'ends', from: 5, to: 6, cause: 'prime-activite', loss: 0, key: 'curve.cliff.ends.prime-activite' }
    ]);
    // Without the RSA ending inside the run, the transport cost is blamed.
    const t = detectCliffs([pt(0, fig(1000, { rsa: 0 })), pt(1, fig(990, { rsa: 0 }, { transport: 30 }))]);
    expect(t.map((c) => c.cause)).toEqual(['transport']);
    // A fall smaller than 0.50 € is rounding, not a cliff.
    expect(detectCliffs([pt(0, fig(1000, {})), pt(1, fig(999.6, {}))])).toEqual([]);
  });
});

describe('curve of a simulation', () => {
  it('71 points from 0 to 35 h, the three cards marked at the cards’ settled money left', () => {
    const r = run(parentCaen(), '2026-09');
    const c = curve(R, r);
    expect(c.points).toHaveLength(71);
    expect(c.points[0].hours).toBe(0);
    expect(c.points[70].hours).toBe(35);
    expect(c.markers).toEqual([
      { card: 'status-quo', hours: 0 },
      { card: 'offer', hours: 24 },
      { card: 'other-hours', hours: 35 }
    ]);
    for (const card of r.cards) {
      const p = c.points.find((x) => x.hours === card.hoursPerWeek)!;
      expect(p.figures.resteAVivre.toFixed(6)).toBe(card.settled.resteAVivre.toFixed(6));
    }
    // Caen la mer: the free solidarity pass is lost once the household's resources pass 150 % of its RSA — the
    // transport cost then jumps and money left falls (a cliff caused by transport).
    expect(c.cliffs.some((k) => k.kind === 'drop' && k.cause === 'transport')).toBe(true);
  });

  it('the RSA stops between 13 h and 13 h 30 for a single in zone 2 at 12.31 €/h', () => {
    // Hand calculation (2026-09 rules; reference case pub_single_0h_vide_z2 for the RSA without income):
    // RSA = 651.69 (montant forfaitaire, 1 person) − forfait logement 12 % = 78.20 → 573.49 − net salary.
    // Net salary = 79.1594 % of gross (1013.43 / 1280.24, pub_single_24h_smic_vide_z2), gross = 12.31 × h × 52 / 12:
    //  13 h:  693.46 € gross → 548.94 € net → RSA 24.55 € ≥ 6 € (paid);
    //  13.5 h: 720.14 € gross → 570.06 € net → RSA 3.43 € < 6 € (CASF R262-39: not paid).
    const s = singleZ2(24, 1280.24, '2025-08', '2025-09');
    s.job.pay = { kind: 'hourly', basis: 'gross', amount: 12.31 };
    const c = curve(R, run(s, '2025-08'));
    const at = (h: number): Decimal => c.points.find((p) => p.hours === h)!.figures.benefits.rsa!;
    expect(at(13).toNumber()).toBeCloseTo(24.55, 0);
    expect(at(13.5).isZero()).toBe(true);
    const rsa = c.cliffs.filter((k) => k.cause === 'rsa');
    expect(rsa).toHaveLength(1);
    expect(rsa[0]).toMatchObject({ from: 13, to: 13.5 });
  });
});
