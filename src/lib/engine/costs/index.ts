/**
 * The costs of working for one month of a household: childcare (per child) and transport (per working adult),
 * from validated inputs. The month pipeline calls `coutsDuMois` with the figures it already has (hours worked,
 * ARE/ASS, the CAF resources); `resteAVivre` gives the money left (reference README conventions).
 */
import { EngineError } from '../errors';
import { ZERO, d, positive, sum, type Decimal } from '../money';
import type { MonthIndex } from '../month';
import { childAges } from '../context';
import type { Household } from '../household';
import type { Rules } from '../rules';
import { ageAu1erJanvier } from './credit-impot';
import { gardeDuMois } from './garde';
import { coutTransport, fmdAuDelaExoneration, tarifSolidaireTwisto } from './transport';
import type { GardeResult, TransportResult } from './types';
import type { CssResult } from './css';
import { validerGarde, validerTransport, type GardeEntry, type TransportEntry } from './validate';

export interface CoutsEntree {
  garde?: readonly GardeEntry[];
  transport?: readonly TransportEntry[];
  /** Monthly resources as the CAF counts them, stated by the user or an official example (overrides N−2). */
  ressourcesMensuellesCaf?: number;
}

export interface AdulteDuMois {
  /** Contractual weekly hours this month (0: no job). */
  heuresHebdo: Decimal;
  /** Receives ARE or ASS this month (counts as activity for the CMG). */
  indemnise: boolean;
}

export interface CoutsFoyer {
  household: Household;
  month: MonthIndex;
  adultes: readonly AdulteDuMois[];
  /** Yearly N−2 resources (family-benefit sense) from `resources-annual.ts`, used when no override is given. */
  ressourcesAnnuellesN2?: Decimal;
  /** For the Twisto solidarity fare: household monthly resources and its RSA montant forfaitaire. */
  revenusMensuelsFoyer?: Decimal;
  rsaForfaitaireFoyer?: Decimal;
}

export interface CoutsDuMois {
  garde: GardeResult | null;
  transport: TransportResult | null;
  /** Complémentaire santé solidaire of the month (pipeline only): its participation is a cost the UI shows apart. */
  css?: CssResult;
  warnings: string[];
}

function ressourcesCaf(foyer: CoutsFoyer, entree: CoutsEntree): Decimal {
  if (entree.ressourcesMensuellesCaf !== undefined) {
    if (!(entree.ressourcesMensuellesCaf >= 0))
      throw new EngineError('ressources_caf_invalides', `Les ressources mensuelles CAF (ressources_mensuelles_caf) ne peuvent pas être négatives : ${entree.ressourcesMensuellesCaf}.`, 'ressources_mensuelles_caf');
    return d(entree.ressourcesMensuellesCaf);
  }
  if (foyer.ressourcesAnnuellesN2) return positive(foyer.ressourcesAnnuellesN2).div(12);
  throw new Error('coutsDuMois: N−2 resources are required when ressources_mensuelles_caf is not given');
}

export function coutsDuMois(rules: Rules, foyer: CoutsFoyer, entree: CoutsEntree, withTrace = false): CoutsDuMois {
  const { household, month } = foyer;
  const warnings: string[] = [];
  let garde: GardeResult | null = null;
  if (entree.garde?.length) {
    const ages = childAges(household, month);
    const enfants = entree.garde.map((g, i) => validerGarde(g, i, ages));
    // CSS L531-5 I: the single parent, or both members of the couple, work (ARE/ASS count as activity).
    const conditionActivite = foyer.adultes.every((a) => a.heuresHebdo.gt(0) || a.indemnise);
    garde = gardeDuMois(
      rules,
      month,
      {
        agesEnfants: ages,
        agesAu1erJanvier: household.children.map((c) => ageAu1erJanvier(c.birth, month)),
        isole: household.adults.length === 1,
        ressourcesMensuelles: ressourcesCaf(foyer, entree),
        conditionActivite
      },
      enfants,
      withTrace
    );
    warnings.push(...garde.warnings);
  }
  let transport: TransportResult | null = null;
  if (entree.transport?.length) {
    const parAdulte = entree.transport.map((raw, i) => {
      const t = validerTransport(raw, i, household.adults.length);
      const heuresHebdo = foyer.adultes[t.adult]?.heuresHebdo ?? ZERO;
      let tarifSolidaire = false;
      if (t.reseau === 'twisto' && foyer.revenusMensuelsFoyer && foyer.rsaForfaitaireFoyer)
        tarifSolidaire = tarifSolidaireTwisto(rules, month, foyer.revenusMensuelsFoyer, foyer.rsaForfaitaireFoyer).solidaire;
      const r = coutTransport(rules, month, t, { heuresHebdo, tarifSolidaire }, withTrace);
      if (t.fmdMois.gt(0) && fmdAuDelaExoneration(rules, month, t.fmdMois, t.mode === 'transport_commun')) warnings.push('transport.fmd-au-dela-exoneration');
      return { ...r, adult: t.adult };
    });
    transport = { parAdulte, cout: sum(parAdulte.map((r) => r.cout)), net: sum(parAdulte.map((r) => r.net)), warnings: [] };
  }
  return { garde, transport, warnings };
}

/**
 * Money left to live on (reference README): net salaries + net ARE/ASS + benefits (`revenuDisponible` of the month
 * result, which holds exactly these) − rent and charges − childcare after the CMG − transport after the
 * employer's share − other costs the user adds. The childcare tax credit is reported apart.
 */
export function resteAVivre(x: { revenuDisponible: Decimal; loyerEtCharges: Decimal; couts?: CoutsDuMois; autresCouts?: Decimal }): Decimal {
  return x.revenuDisponible
    .minus(x.loyerEtCharges)
    .minus(x.couts?.garde?.net ?? ZERO)
    .minus(x.couts?.transport?.net ?? ZERO)
    .minus(x.autresCouts ?? ZERO);
}
