import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { rules } from '$lib/engine/rules/load';
import { timeline, timelines, type LigneMois, type TimelineResult } from '$lib/engine/timeline';
import { parseTransition } from '$lib/engine/timeline/cas';
import { monthIndex, monthString } from '$lib/engine/month';

const R = rules();
const ref = (f: string) => JSON.parse(readFileSync(new URL(`../cases/reference/${f}`, import.meta.url), 'utf8'));

/** Runs a case in the reference format (transition + optional are/ass/contract fields). */
function run(c: object): TimelineResult {
  const p = parseTransition(c, R);
  if (!p.ok) throw p.error;
  const v = p.value;
  return timeline(R, v.household, v.situation, v.offre, v.start, v.options);
}
const at = (lignes: LigneMois[], m: string) => {
  const l = lignes.find((x) => x.month === monthIndex(m));
  if (!l) throw new Error(`no ${m}`);
  return l;
};
const eur = (x: { toFixed(n: number): string }) => x.toFixed(2);
const codes = (l: LigneMois) => l.changements.map((c) => c.code);

describe('quarterly review: RSA, then prime d’activité (CASF R262-7; CSS R843-1; pre-filled declaration of March 2025)', () => {
  // Single person housed free of charge (forfait logement 12 % of the MF, CASF R262-9), 17.5 h at the SMIC
  // (900.90 € gross → 713.15 € net) from February 2025; quarterly declarations in Feb, May, Aug, Nov.
  const r = run({
    adults: [{ age: 43, salaire_de_base: 0 }],
    children: [],
    housing: { statut: 'loge_gratuitement', loyer: 0, zone: 3 },
    transition: { adult: 0, start_month: '2025-02', salaire_de_base: 900.9, heures_hebdo: 17.5, quarter_anchor_month: '2025-02', months_before: 1, months_after: 12 }
  });
  const o = r.offre.lignes;
  it('January 2025: RSA 635.71 − 76.29 = 559.42 €', () => expect(eur(at(o, '2025-01').rsa)).toBe('559.42'));
  it('February–April: the February declaration reads November–January (M−3..M−1 until February 2025): no salary, RSA 559.42 €', () => {
    for (const m of ['2025-02', '2025-03', '2025-04']) {
      expect(eur(at(o, m).rsa)).toBe('559.42');
      expect(at(o, m).ppa.isZero()).toBe(true);
    }
  });
  it('May–July: the May declaration reads January–March (M−4..M−2): RSA 646.52 − 77.58 − 2 × 713.15 / 3 = 93.51 €', () => {
    for (const m of ['2025-05', '2025-06', '2025-07']) expect(eur(at(o, m).rsa)).toBe('93.51');
    expect(codes(at(o, '2025-05'))).toContain('timeline.rsa-decreases-after-quarterly-review');
  });
  it('May–July: prime d’activité = mean of January (0), February and March (633.21 + 0.5985 × 713.15 + bonif 3.11 − 789.14 = 274.00): 182.67 €', () => {
    // bonification: 184.27 × (713.15 − 59 × 11.88) / (120 × 11.88 − 59 × 11.88) = 3.11 (CSS D843-2)
    for (const m of ['2025-05', '2025-06', '2025-07']) expect(eur(at(o, m).ppa)).toBe('182.67');
    expect(codes(at(o, '2025-05'))).toContain('timeline.ppa-starts-after-quarterly-review');
  });
  it('from August: the RSA ends at the review (713.15 > 568.94) and the prime d’activité is 274.00 €', () => {
    const aug = at(o, '2025-08');
    expect(aug.rsa.isZero()).toBe(true);
    expect(eur(aug.ppa)).toBe('274.00');
    expect(codes(aug)).toEqual(expect.arrayContaining(['timeline.rsa-ends-after-quarterly-review', 'timeline.ppa-increases-after-quarterly-review']));
    expect(eur(at(o, '2025-11').ppa)).toBe('274.00');
  });
  it('amounts only change in review months', () => {
    for (let i = 1; i < o.length; i++)
      if (!o[i].revisionTrimestrielle) {
        expect(o[i].rsa.eq(o[i - 1].rsa)).toBe(true);
        expect(o[i].ppa.eq(o[i - 1].ppa)).toBe(true);
      }
  });
  it('prime de Noël 2025: 152.45 € in the status quo (RSA due for November), nothing with the job (no RSA in November)', () => {
    expect(eur(at(r.statuQuo.lignes, '2025-12').primeNoel)).toBe('152.45');
    expect(at(o, '2025-12').primeNoel.isZero()).toBe(true);
  });
  it('cash view: the RSA of January is paid early February', () => {
    const feb = r.offre.tresorerie.find((t) => t.month === monthIndex('2025-02'))!;
    expect(eur(feb.caf)).toBe('559.42');
    expect(eur(feb.salaires)).toBe('713.15');
  });
});

describe('housing aid recomputed each calendar quarter on M−13..M−2 (CCH R822-3, R823-6; CAF 2021), neutralised while the RSA is paid (CCH R822-17)', () => {
  // tr_10 of the reference transitions: single, zone 2, rent 470 €, full-time SMIC from December 2024.
  const c = ref('cases-transitions.json').find((x: { id: string }) => x.id.startsWith('tr_10'));
  const e = ref('expected-transitions.json').find((x: { id: string }) => x.id.startsWith('tr_10'));
  const expected = (m: string) => e.series.find((s: { month: string }) => s.month === m).aide_logement as number;
  const o = run(c).offre.lignes;
  it('RSA paid January–March 2025 → resources neutralised until April: L 287.35 + C 59.97 − P0 39.15 = 308.17, − 5 €, × 0.995 = 301.65 €', () => {
    for (const m of ['2024-12', '2025-01', '2025-02', '2025-03', '2025-04']) expect(eur(at(o, m).aideLogement)).toBe('301.65');
  });
  it('May: the RSA stopped in April, the neutralisation ends and the aid is recomputed on April 2024–March 2025 (OpenFisca gives 296.51 € for that window)', () => {
    expect(Math.abs(at(o, '2025-05').aideLogement.toNumber() - expected('2025-05'))).toBeLessThanOrEqual(1);
    expect(codes(at(o, '2025-05'))).toContain('timeline.al-neutralisation-ends');
    expect(at(o, '2025-06').aideLogement.eq(at(o, '2025-05').aideLogement)).toBe(true); // held until July
  });
  it('July and October: quarterly update on the new 12-month window, held for the quarter (OpenFisca: 215.41 € and 93.82 € for those windows)', () => {
    for (const [q, rest] of [['2025-07', ['2025-08', '2025-09']], ['2025-10', ['2025-11', '2025-12']]] as const) {
      expect(Math.abs(at(o, q).aideLogement.toNumber() - expected(q))).toBeLessThanOrEqual(1);
      expect(codes(at(o, q))).toContain('timeline.al-resources-updated');
      for (const m of rest) expect(at(o, m).aideLogement.eq(at(o, q).aideLogement)).toBe(true);
    }
  });
});

describe('status quo: ARE rights running out in month 5', () => {
  // Single person housed free, ARE 35 €/day with 160 days left in May 2025 (30 allowances a month since 2025-04):
  // May–September 150 days, October 10 days, then nothing. Declarations in May, Aug, Nov, Feb.
  const base = {
    adults: [{ age: 45, salaire_de_base: 0, are: { allocation_journaliere: 35, jours_restants: 160 } }],
    children: [],
    housing: { statut: 'loge_gratuitement', loyer: 0, zone: 3 },
    transition: { adult: 0, start_month: '2025-06', salaire_de_base: 1801.8, heures_hebdo: 35, quarter_anchor_month: '2025-05', months_before: 1, months_after: 12 }
  };
  it('ARE 1 050 € a month, 350 € in October (10 days) with the reason, then 0', () => {
    const sq = run(base).statuQuo.lignes;
    expect(eur(at(sq, '2025-09').adults[0].chomageBrut)).toBe('1050.00');
    expect(eur(at(sq, '2025-10').adults[0].chomageBrut)).toBe('350.00');
    expect(codes(at(sq, '2025-10'))).toContain('timeline.are-rights-end');
    expect(at(sq, '2025-11').adults[0].chomageBrut.isZero()).toBe(true);
  });
  it('no ASS: the November review does not count the ARE that stopped (CASF R262-13) → RSA 646.52 − 77.58 = 568.94 €, and the prime de Noël', () => {
    const sq = run(base).statuQuo.lignes;
    expect(at(sq, '2025-10').rsa.isZero()).toBe(true);
    expect(eur(at(sq, '2025-11').rsa)).toBe('568.94');
    expect(codes(at(sq, '2025-11'))).toContain('timeline.rsa-starts-after-quarterly-review');
    expect(eur(at(sq, '2025-12').primeNoel)).toBe('152.45');
  });
  it('eligible for the ASS: ASS from November (19.33 × 30 = 579.90 €, 19.33 × 31 = 599.23 € in December); RSA only from the February review: 568.94 − (350 + 579.90 + 599.23) / 3 = 59.23 €', () => {
    const sq = run({ ...base, adults: [{ ...base.adults[0], ass_apres_are: true }] }).statuQuo.lignes;
    expect(eur(at(sq, '2025-11').adults[0].ass)).toBe('579.90');
    expect(eur(at(sq, '2025-12').adults[0].ass)).toBe('599.23');
    expect(codes(at(sq, '2025-11'))).toContain('timeline.ass-starts');
    expect(at(sq, '2025-11').rsa.isZero()).toBe(true);
    expect(eur(at(sq, '2026-02').rsa)).toBe('59.23');
    expect(eur(at(sq, '2025-12').primeNoel)).toBe('152.45'); // ASS in November (ASS scale)
  });
});

describe('offers: ARE cumul, end of a CDD, ASS cumul', () => {
  it('3-month CDD at 1 801.80 € with ARE 40 €/day: ARE suspended by the salary (1 200 − 1 261.26 < 0), resumes after the contract with the postponed days', () => {
    const r = run({
      adults: [{ age: 30, salaire_de_base: 0, are: { allocation_journaliere: 40, jours_restants: 200 } }],
      children: [],
      housing: { statut: 'loge_gratuitement', loyer: 0, zone: 3 },
      transition: { adult: 0, start_month: '2025-10', salaire_de_base: 1801.8, heures_hebdo: 35, contrat: 'cdd', duree_mois: 3, months_before: 1, months_after: 6 }
    });
    const o = r.offre.lignes;
    expect(r.finContrat).toBe(monthIndex('2026-01'));
    expect(eur(at(o, '2025-09').adults[0].chomageBrut)).toBe('1200.00');
    for (const m of ['2025-10', '2025-11', '2025-12']) expect(at(o, m).adults[0].chomageBrut.isZero()).toBe(true);
    expect(codes(at(o, '2025-10'))).toContain('timeline.are-suspended-by-salary');
    const jan = at(o, '2026-01');
    expect(jan.adults[0].salaireBrut.isZero()).toBe(true);
    expect(eur(jan.adults[0].chomageBrut)).toBe('1200.00');
    expect(codes(jan)).toEqual(expect.arrayContaining(['timeline.contract-ends', 'timeline.are-resumes']));
  });
  it('ASS recipient takes a 20 h job: ASS kept in full 3 months, then stops (C. trav. R5425-2)', () => {
    const o = run({
      adults: [{ age: 52, salaire_de_base: 0, ass: true }],
      children: [],
      housing: { statut: 'locataire_vide', loyer: 450, zone: 2 },
      transition: { adult: 0, start_month: '2025-09', salaire_de_base: 1029.6, heures_hebdo: 20, months_before: 1, months_after: 4 }
    }).offre.lignes;
    expect(codes(at(o, '2025-09'))).toContain('timeline.ass-cumul-starts');
    expect(eur(at(o, '2025-11').adults[0].ass)).toBe('579.90');
    expect(at(o, '2025-12').adults[0].ass.isZero()).toBe(true);
    expect(codes(at(o, '2025-12'))).toContain('timeline.ass-cumul-ends');
  });
});

describe('several offers at once (timelines)', () => {
  it('each offer gets what timeline() gives it alone, and the status quo is computed once for all', () => {
    const p = parseTransition(
      {
        adults: [{ age: 30, salaire_de_base: 0, are: { allocation_journaliere: 40, jours_restants: 200 } }],
        children: [4],
        housing: { statut: 'locataire_vide', loyer: 520, zone: 2 },
        transition: { adult: 0, start_month: '2025-10', salaire_de_base: 1801.8, heures_hebdo: 35, contrat: 'cdd', duree_mois: 3 }
      },
      R
    );
    if (!p.ok) throw p.error;
    const { household, situation, offre, start, options } = p.value;
    const partTime = { ...offre, salaireBrut: offre.salaireBrut.div(2), heuresHebdo: offre.heuresHebdo.div(2), contrat: { type: 'cdi' as const } };
    const both = timelines(R, household, situation, [{ offre }, { offre: partTime }], start, options);
    const alone = [timeline(R, household, situation, offre, start, options), timeline(R, household, situation, partTime, start, options)];
    expect(JSON.stringify(both)).toBe(JSON.stringify(alone));
    expect(both[1].statuQuo).toBe(both[0].statuQuo);
  });
});

describe('rules not known yet', () => {
  it('months after the last published values are flagged (e.g. housing-aid revaluation of October 2026)', () => {
    const o = run({
      adults: [{ age: 35, salaire_de_base: 0 }],
      children: [],
      housing: { statut: 'locataire_vide', loyer: 500, zone: 2 },
      transition: { adult: 0, start_month: '2026-08', salaire_de_base: 1867.02, heures_hebdo: 35, months_before: 1, months_after: 4 }
    }).offre.lignes;
    expect(at(o, '2026-07').stale).toEqual([]);
    const late = o.filter((l) => l.stale.length > 0).map((l) => monthString(l.month));
    expect(late.length).toBeGreaterThan(0);
    expect(late).not.toContain('2026-07');
  });
});

describe('robustness: random households and offers (reference README space)', () => {
  it('never throws, never NaN, never a negative benefit; 14 months for both scenarios', async () => {
    const { randomCases, seeded } = await import('../support/random-household');
    const r = seeded(4242);
    const months = ['2024-06', '2024-11', '2025-02', '2025-03', '2025-07', '2025-12', '2026-04', '2026-09', '2026-11'];
    const cases = randomCases(7, 60, '2025-01', 1801.8);
    for (const [i, c] of cases.entries()) {
      const start = months[i % months.length];
      const a = Math.floor(r() * c.adults.length);
      const adults = c.adults.map((x, k) =>
        k === a && r() < 0.4 ? { ...x, chomage_brut: undefined, are: { allocation_journaliere: 30 + Math.round(r() * 50), jours_restants: Math.floor(r() * 300), salaire_journalier_reference: r() < 0.5 ? 80 : undefined }, ass_apres_are: r() < 0.5 } : k === a && r() < 0.2 ? { ...x, ass: true } : x
      );
      const contrat = r() < 0.5 ? { contrat: 'cdi' } : { contrat: r() < 0.5 ? 'cdd' : 'interim', duree_mois: 1 + Math.floor(r() * 8) };
      const heures = [10, 17.5, 24, 35][Math.floor(r() * 4)];
      const res = run({ ...c, adults, transition: { adult: a, start_month: start, salaire_de_base: Math.round(1801.8 * (heures / 35) * (1 + r())), heures_hebdo: heures, ...contrat } });
      for (const sc of [res.statuQuo, res.offre]) {
        expect(sc.lignes).toHaveLength(14);
        for (const l of sc.lignes) {
          for (const v of [l.rsa, l.ppa, l.aideLogement, l.af, l.cf, l.asf, l.paje, l.ars, l.aideGardeEnfants, l.aideMobilite, l.primeNoel, ...l.adults.flatMap((x) => [x.salaireNet, x.chomageNet, x.ass])]) {
            expect(v.isNaN()).toBe(false);
            expect(v.isNeg()).toBe(false);
          }
          expect(l.resteAVivre.isNaN()).toBe(false);
        }
      }
    }
  });
});
