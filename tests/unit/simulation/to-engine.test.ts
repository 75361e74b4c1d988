/**
 * Form state → engine inputs, for a single parent of a 2-year-old in Caen offered 24 h a week at the SMIC with a
 * childminder (./fixtures.ts). Expected values are worked by hand from the answers and cited rules.
 */
import { describe, expect, it } from 'vitest';
import { d } from '$lib/engine/money';
import { monthIndex } from '$lib/engine/month';
import { toEngine, outOfScope } from '$lib/simulation/to-engine';
import { simulate } from '$lib/simulation/simulate';
import { R, parentCaen } from './fixtures';

const SEPT = monthIndex('2026-09');

function inputsOf(s = parentCaen()) {
  const m = toEngine(s, R, SEPT);
  if (m.kind !== 'ok') throw new Error(JSON.stringify(m));
  return m.inputs;
}

describe('toEngine', () => {
  it('maps the household: child born March 2024, private tenant in zone 2, lone parent', () => {
    const x = inputsOf();
    expect(x.month).toBe(SEPT);
    expect(x.start).toBe(monthIndex('2026-10')); // no start month given: the month after the month simulated
    expect(x.household.children).toEqual([{ birth: monthIndex('2024-03') }]);
    // An adult "aged 27" in M is born in M − 12 × 27 − 6 (reference case convention).
    expect(x.household.adults).toEqual([{ birth: SEPT - 12 * 27 - 6 }]);
    expect(x.household.housing.statut).toBe('locataire_vide');
    expect(x.household.housing.loyer.toNumber()).toBe(580);
    expect(x.household.housing.zone).toBe(2);
    expect(x.household.alsaceMoselle).toBe(false);
    expect(x.charges.toNumber()).toBe(40);
    expect(x.situation).toEqual([{ salaireBrut: d(0), heuresHebdo: d(0) }]);
    expect(x.options).toEqual({ moisAvant: 1, moisApres: 12, moisDeclaration: undefined, parentIsole: true });
  });

  it('maps the offer: 24 h at the SMIC of the start month, CDI, commute', () => {
    const x = inputsOf();
    // SMIC 12.31 €/h from 2026-06-01 (arrêté du 22 mai 2026, rules/salaire.yaml); 24 h × 52 / 12 = 104 h a month:
    // 12.31 × 104 = 1280.24 € (the reference cases' 24 h SMIC salary in 2026-09).
    expect(x.horaireBrut.toNumber()).toBe(12.31);
    expect(x.offre.salaireBrut.toNumber()).toBe(1280.24);
    expect(x.offre.heuresHebdo.toNumber()).toBe(24);
    expect(x.offre.contrat).toEqual({ type: 'cdi' });
    // 24 h a week → ceil(24 / 7) = 4 days; 21 days a month for 5 days a week → 21 × 4 / 5 = 16.8 → 17 days.
    expect(x.offre.trajet).toEqual({ kmAllerRetourJour: d(10), trajetAllerRetourMinutes: 40, joursTravaillesMois: 17 });
    expect(x.hypotheses).toEqual(
      expect.arrayContaining([
        { key: 'simulation.hypothese-pay-smic', vars: { smic: 12.31 } },
        { key: 'simulation.hypothese-days-per-week', vars: { days: 4 } },
        { key: 'simulation.hypothese-start-next-month' },
        { key: 'simulation.hypothese-pass-price-table' },
        { key: 'simulation.hypothese-childminder-allowances-not-counted' },
        { key: 'simulation.hypothese-childcare-hours-from-work' }
      ])
    );
  });

  it('maps the costs of working: childminder hours from work + commute, the Twisto network', () => {
    const c = inputsOf().couts(d(24))!;
    // Care while working and travelling: (24 h + 4 days × 40 min) × 52 / 12 = 26.666… × 4.333… = 115.555… → 115.56 h.
    expect(c.garde).toEqual([{ enfant: 0, mode: 'assistante_maternelle', heures_mois: 115.56, salaire_horaire_net: 4.85, indemnites_mois: 0 }]);
    expect(c.transport).toEqual([{ adult: 0, mode: 'transport_commun', reseau: 'twisto' }]);
    // 35 h: (35 + 5 × 40 / 60) × 52 / 12 = 38.333… × 4.333… = 166.11 h.
    expect(inputsOf().couts(d(35))!.garde![0].heures_mois).toBe(166.11);
    expect(inputsOf().couts(d(0))).toBeUndefined();
  });

  it('pay entered net, monthly or hourly, becomes the gross the engine needs', () => {
    const s = parentCaen();
    s.job.pay = { kind: 'monthly', basis: 'gross', amount: 1300 };
    const x = inputsOf(s);
    expect(x.offre.salaireBrut.toNumber()).toBe(1300);
    // Same hourly pay for the other card: 1300 / 104 = 12.5 €/h.
    expect(x.horaireBrut.toNumber()).toBe(12.5);
    s.job.pay = { kind: 'hourly', basis: 'gross', amount: 13 };
    expect(inputsOf(s).offre.salaireBrut.toNumber()).toBe(1352); // 13 × 104
    // Net 1013.43 € a month is the net of 1280.24 € gross at 24 h (reference case pub_single_24h_smic_vide_z2).
    s.job.pay = { kind: 'monthly', basis: 'net', amount: 1013.43 };
    expect(inputsOf(s).offre.salaireBrut.toNumber()).toBeCloseTo(1280.24, 1);
    // Below the SMIC: computed, with a warning.
    s.job.pay = { kind: 'hourly', basis: 'gross', amount: 10 };
    expect(inputsOf(s).warnings).toContainEqual({ key: 'simulation.warning-below-smic', vars: { hourly: 10, smic: 12.31 } });
  });

  it('ARE rights: days left at the first month shown, from an end month or days left today', () => {
    const s = parentCaen();
    s.household.adults[0].situation = 'are';
    s.household.adults[0].are = { ...s.household.adults[0].are, amountKind: 'daily', daily: 38.5, rightsKind: 'end-month', endMonth: '2027-03', assAfter: 'no' };
    // Since 2025-04 a month is paid 30 allowances; S − 1 = 2026-09 .. 2027-03 = 7 months → 210 days.
    expect(inputsOf(s).situation[0].are).toEqual({ allocationJournaliere: d(38.5), joursRestants: 210 });
    s.household.adults[0].are.rightsKind = 'days-left';
    s.household.adults[0].are.daysLeft = 100;
    s.job.startMonth = '2026-12';
    // Today 2026-09, S − 1 = 2026-11: 2026-09 and 2026-10 are paid first, 100 − 60 = 40 days left.
    expect(inputsOf(s).situation[0].are!.joursRestants).toBe(40);
    // A monthly amount: the daily allowance is the amount / 30 (2026-09), 1155 / 30 = 38.5.
    s.household.adults[0].are.amountKind = 'monthly';
    s.household.adults[0].are.monthly = 1155;
    expect(inputsOf(s).situation[0].are!.allocationJournaliere.toNumber()).toBe(38.5);
  });

  it('"je ne sais pas" answers take their stated default', () => {
    const s = parentCaen();
    s.home.hlm = 'unknown';
    s.home.zone = null;
    s.household.adults[0].age = null;
    const x = inputsOf(s);
    expect(x.household.housing.statut).toBe('locataire_vide');
    expect(x.household.housing.zone).toBe(2);
    expect(x.household.adults[0].birth).toBe(SEPT - 12 * 35 - 6);
    expect(x.hypotheses).toEqual(
      expect.arrayContaining([{ key: 'simulation.hypothese-hlm-unknown' }, { key: 'simulation.hypothese-zone-unknown', vars: { zone: 2 } }, { key: 'simulation.hypothese-age-unknown', vars: { age: 35 } }])
    );
  });

  it('situations not modelled give out-of-scope reasons, never a number', () => {
    const s = parentCaen();
    s.screening.aah = true;
    s.screening.student = true;
    expect(simulate(s, R, '2026-09')).toEqual({ kind: 'out-of-scope', reasons: ['aah', 'student'] });
    const t = parentCaen();
    t.household.childSupport = 'yes';
    t.home.communeCode = '97411';
    expect(outOfScope(t)).toEqual(['overseas', 'child-support']);
  });
});
