/**
 * Childcare tax credit (amount and when it arrives), complémentaire santé solidaire, hours of care needed.
 * Hand-worked from the cited rules (arithmetic in each test).
 */
import { describe, expect, it } from 'vitest';
import { rules } from '$lib/engine/rules/load';
import { creditImpotGarde, versementsCreditImpot, ageAu1erJanvier } from '$lib/engine/costs/credit-impot';
import { css, comparerCss, type CssInput } from '$lib/engine/costs/css';
import { heuresGardeMois } from '$lib/engine/costs/heures';
import { d } from '$lib/engine/money';
import { monthIndex, monthString } from '$lib/engine/month';

const R = rules();
const M = monthIndex;

// [CGI 200 quater B] (rules-dossier §6.4, [O]; seen 2026-11-25): crédit d'impôt égal à 50 % des dépenses de garde d'un
//   enfant de moins de six ans au 1er janvier, dans la limite de 3 500 € par enfant, diminuées des aides perçues.
//   Press restating economie.gouv.fr (seen 2026-11-25): « cette aide financière correspond à 50% du montant des dépenses
//   engagées pour la garde, plafonné à 3 500 euros par enfant gardé, ce qui représente un avantage maximal de 1 750 euros ».
// [CGI 1665 bis] avance de 60 % versée en janvier sur la base des crédits de l'année précédente, solde à l'été.
describe('childcare tax credit', () => {
  it('[200 quater B] net cost 232,12 €/month (caf.fr couple after CMG): 2 785,44 × 50 % = 1 392,72 €/year, 116,06 €/month', () => {
    const c = creditImpotGarde(R, M('2025-10'), [{ mode: 'assistante_maternelle', ageAu1erJanvier: 0, netMois: d('232.12') }], 1);
    expect(c.horsDomicileAnnuel.toFixed(2)).toBe('1392.72');
    expect(c.avanceImmediateMensuelle.toFixed(2)).toBe('0.00');
  });
  it('[200 quater B] the 3 500 € ceiling per child: 400 €/month → 1 750 €/year; a child of 6 on 1 January: nothing', () => {
    const c = creditImpotGarde(R, M('2025-10'), [
      { mode: 'creche', ageAu1erJanvier: 2, netMois: d(400) },
      { mode: 'periscolaire', ageAu1erJanvier: 6, netMois: d(100) }
    ], 2);
    expect(c.horsDomicileAnnuel.toFixed(2)).toBe('1750.00');
  });
  it('[199 sexdecies] garde à domicile: 50 % within 12 000 + 1 500 per child; advanced monthly only for a child of 6 or more', () => {
    // 1 000 €/month net of CMG → 12 000 ; ceiling 12 000 + 1 500 = 13 500 ; credit 6 000
    const young = creditImpotGarde(R, M('2025-10'), [{ mode: 'garde_domicile', ageAu1erJanvier: 2, netMois: d(1000) }], 1);
    expect(young.emploiDomicileAnnuel.toFixed(2)).toBe('6000.00');
    expect(young.avanceImmediateMensuelle.toFixed(2)).toBe('0.00');
    const older = creditImpotGarde(R, M('2025-10'), [{ mode: 'garde_domicile', ageAu1erJanvier: 7, netMois: d(1000) }], 1);
    expect(older.avanceImmediateMensuelle.toFixed(2)).toBe('500.00');
  });
  it('[CGI 1665 bis] the credit for 2025 arrives in 2026: 60 % of the previous credit in January, the balance in July', () => {
    // 0.6 × 1 392.72 = 835.63 ; balance 1 392.72 − 835.63 = 557.09
    const v = versementsCreditImpot(R, 2025, d('1392.72'), d('1392.72'));
    expect(v.map((x) => [monthString(x.month), x.amount.toFixed(2)])).toEqual([['2026-01', '835.63'], ['2026-07', '557.09']]);
    // first year: no credit the year before, so nothing in January and all in July
    expect(versementsCreditImpot(R, 2025, d(1000), d(0)).map((x) => x.amount.toFixed(2))).toEqual(['0.00', '1000.00']);
  });
  it('age on 1 January: born June 2020 → 5 in January 2026', () => {
    expect(ageAu1erJanvier(M('2020-06'), M('2026-09'))).toBe(5);
  });
});

// [EFL] https://efl.fr/chiffres-taux/complementaire-sante-solidaire-conditions-ressources_CT_7129ce118f6c6dd185e1e33e846b593435cbcf61
//   (seen 2026-11-25): « Plafonds annuels de ressources applicables du 1-4-2025 au 1-4-2026 : 1 personne 10 339 € /
//   13 957 € ». Participation 8 € (< 30 ans) to 30 € (70 ans et plus), 14 € de 30 à 49 ans (rules-dossier §10).
describe('complémentaire santé solidaire', () => {
  const base = (o: Partial<CssInput>): CssInput => ({ ressources12Mois: d(10000), ages: [35], logement: 'aucun', rsaForfaitaireForfait: d('646.52'), rsa: false, ...o });
  it('[EFL] single, 35 years, 2025-06: 10 000 € free, 12 000 € 14 €/month, 15 000 € nothing', () => {
    const m = M('2025-06');
    expect(css(R, m, base({})).statut).toBe('gratuite');
    const p = css(R, m, base({ ressources12Mois: d(12000) }));
    expect([p.statut, p.amount.toFixed(2)]).toEqual(['participation', '14.00']);
    expect(css(R, m, base({ ressources12Mois: d(15000) })).statut).toBe('aucune');
  });
  it('[R861-5] forfait logement with housing aid: 646,52 × 12 % × 12 = 930,99 €; 9 500 + 930,99 > 10 339 → participation', () => {
    const r = css(R, M('2025-06'), base({ ressources12Mois: d(9500), logement: 'aide_logement' }), true);
    expect(r.ressources.toFixed(2)).toBe('10430.99');
    expect(r.statut).toBe('participation');
  });
  it('a job that crosses the ceilings gives a warning with the ceiling', () => {
    const m = M('2025-06');
    const c = comparerCss(css(R, m, base({})), css(R, m, base({ ressources12Mois: d(15000) })));
    expect(c).toEqual({ coutSupplementaire: d(0), warning: 'css.perte-droit', plafond: d(13957) });
    const g = comparerCss(css(R, m, base({})), css(R, m, base({ ressources12Mois: d(12000) })));
    expect([g.warning, g.coutSupplementaire.toFixed(2)]).toEqual(['css.perte-gratuite', '14.00']);
  });
  it('2026 ceilings are not known: the parameter is flagged stale from 2026-04', () => {
    const r = css(R, M('2026-09'), base({}), true);
    expect(r.trace.params.find((p) => p.name === 'css.plafonds_annuels')?.stale).toBe(true);
  });
});

describe('hours of care from the work schedule (IDCC 3239 mensualisation: weekly hours × 52 / 12)', () => {
  it('24 h a week + 30 min of commute a day over 4 days: (24 + 2) × 52 / 12 = 112,67 h', () => {
    const h = heuresGardeMois({ heuresTravailHebdo: d(24), trajetMinutesJour: d(30), joursParSemaine: d(4) });
    expect(h.toFixed(2)).toBe('112.67');
  });
  it('negative hours are refused with the field named', () => {
    expect(() => heuresGardeMois({ heuresTravailHebdo: d(-1), trajetMinutesJour: d(0), joursParSemaine: d(5) })).toThrow(/heures de travail/);
  });
});
