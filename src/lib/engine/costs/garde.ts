/**
 * Childcare of the household for one month: per child, the cost before aids, the CMG, the net cost, the crèche
 * price; for the household, the totals and the tax credits. A pure function of explicit inputs, so that it is
 * tested alone and plugged into the month pipeline by `./index.ts`.
 *
 * - crèche: PSU price (`./creche.ts`); no CMG (the PSU already depends on income).
 * - assistante maternelle: net wage × hours + indemnités; CMG per child (`./cmg.ts`).
 * - garde à domicile: net wage × hours; the CMG is per household (L531-5 III): the entries of this mode are added
 *   up (give one entry per employee) and the CMG computed once, for the youngest child cared for.
 * - périscolaire: the monthly price the family pays, no CMG.
 */
import { ZERO, arrondiCentime, positive, sum, type Decimal } from '../money';
import type { MonthIndex } from '../month';
import type { Rules } from '../rules';
import { newTrace } from '../trace';
import { cmg } from './cmg';
import { coutCreche } from './creche';
import { creditImpotGarde, type DepenseGarde } from './credit-impot';
import type { GardeEnfant, GardeEnfantResult, GardeResult } from './types';

export interface GardeFoyer {
  /** Ages in whole years in the month, and on 1 January of its year, of every dependent child. */
  agesEnfants: readonly number[];
  agesAu1erJanvier: readonly number[];
  isole: boolean;
  ressourcesMensuelles: Decimal;
  conditionActivite: boolean;
}

export function gardeDuMois(rules: Rules, month: MonthIndex, foyer: GardeFoyer, garde: readonly GardeEnfant[], withTrace = false): GardeResult {
  const nbEnfants = foyer.agesEnfants.length;
  const parEnfant: GardeEnfantResult[] = [];
  const domicile = garde.filter((g) => g.mode === 'garde_domicile');
  for (const g of garde) {
    if (g.mode === 'garde_domicile') continue;
    parEnfant.push(gardeEnfant(rules, month, foyer, g, nbEnfants, withTrace));
  }
  if (domicile.length) parEnfant.push(gardeDomicile(rules, month, foyer, domicile, nbEnfants, withTrace));

  const depenses: DepenseGarde[] = parEnfant.map((r) => ({ mode: r.mode, ageAu1erJanvier: foyer.agesAu1erJanvier[r.enfant], netMois: r.net }));
  const credit = creditImpotGarde(rules, month, depenses, nbEnfants, withTrace);
  const cout = sum(parEnfant.map((r) => r.cout));
  const cmgTotal = sum(parEnfant.map((r) => r.aide));
  const warnings: string[] = [];
  if (parEnfant.some((r) => r.reasons.includes('garde.cmg-condition-activite'))) warnings.push('garde.cmg-condition-activite');
  const creche = parEnfant.find((r) => r.mode === 'creche');
  return {
    parEnfant,
    cout,
    cmg: cmgTotal,
    net: positive(cout.minus(cmgTotal)),
    creditImpotMensuel: arrondiCentime(credit.horsDomicileAnnuel.plus(credit.emploiDomicileAnnuel).div(12)),
    creditImpot: credit,
    tarifHoraireCreche: creche?.tarifHoraire,
    warnings
  };
}

function gardeEnfant(rules: Rules, month: MonthIndex, foyer: GardeFoyer, g: GardeEnfant, nbEnfants: number, withTrace: boolean): GardeEnfantResult {
  if (g.mode === 'creche') {
    const r = coutCreche(rules, month, { ressourcesMensuelles: foyer.ressourcesMensuelles, nbEnfants, heuresMois: g.heuresMois }, withTrace);
    return { ...r, enfant: g.enfant, mode: g.mode };
  }
  if (g.mode === 'periscolaire') {
    const trace = newTrace();
    if (withTrace) trace.steps.push({ key: 'garde.periscolaire-prix', value: g.prixMois });
    return { slug: 'garde', amount: g.prixMois, cout: g.prixMois, aide: ZERO, net: g.prixMois, reasons: [], trace, enfant: g.enfant, mode: g.mode };
  }
  const salaire = arrondiCentime(g.salaireHoraireNet.times(g.heuresMois));
  const cout = salaire.plus(g.indemnitesMois);
  const aide = cmg(
    rules,
    month,
    {
      mode: 'assistante_maternelle',
      heuresMois: g.heuresMois,
      salaireNetMois: salaire,
      indemnitesMois: g.indemnitesMois,
      ressourcesMensuelles: foyer.ressourcesMensuelles,
      nbEnfants,
      ageEnfant: foyer.agesEnfants[g.enfant],
      isole: foyer.isole,
      conditionActivite: foyer.conditionActivite
    },
    withTrace
  );
  return { slug: 'garde', amount: cout, cout, aide: aide.amount, net: positive(cout.minus(aide.amount)), reasons: aide.reasons, trace: aide.trace, enfant: g.enfant, mode: g.mode };
}

function gardeDomicile(rules: Rules, month: MonthIndex, foyer: GardeFoyer, entries: readonly GardeEnfant[], nbEnfants: number, withTrace: boolean): GardeEnfantResult {
  const salaire = sum(entries.map((g) => arrondiCentime(g.salaireHoraireNet.times(g.heuresMois))));
  const heures = sum(entries.map((g) => g.heuresMois));
  const youngest = entries.reduce((a, b) => (foyer.agesEnfants[b.enfant] < foyer.agesEnfants[a.enfant] ? b : a));
  const aide = cmg(
    rules,
    month,
    {
      mode: 'garde_domicile',
      heuresMois: heures,
      salaireNetMois: salaire,
      indemnitesMois: ZERO,
      ressourcesMensuelles: foyer.ressourcesMensuelles,
      nbEnfants,
      ageEnfant: foyer.agesEnfants[youngest.enfant],
      isole: foyer.isole,
      conditionActivite: foyer.conditionActivite
    },
    withTrace
  );
  return { slug: 'garde', amount: salaire, cout: salaire, aide: aide.amount, net: positive(salaire.minus(aide.amount)), reasons: aide.reasons, trace: aide.trace, enfant: youngest.enfant, mode: 'garde_domicile' };
}
