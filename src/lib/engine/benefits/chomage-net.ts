/**
 * Net ARE from gross (rules-dossier §21.4): CSG 6.2 % (3.8 % deductible) and CRDS 0.5 % on 98.25 % of the
 * allowance, each reduced so that the month's net salary + net ARE stays at or above 151.67 h × SMIC horaire.
 * The 3 % retirement contribution (RC) needs the SJR: the ARE module computes it (benefits/are.ts) and passes
 * it here; the base of CSG/CRDS is then the allowance net of the RC (Unédic, « Retenues sociales sur les
 * allocations »), and the RC is deducted from the net and the taxable amounts.
 */
import { ZERO, arrondiCentime, max, min, d, type Decimal } from '../money';
import type { MonthIndex } from '../month';
import { at, type Rules } from '../rules';

export interface ChomageNet {
  net: Decimal;
  imposable: Decimal;
}

export function chomageNet(
  rules: Rules,
  month: MonthIndex,
  brut: Decimal,
  salaireNetDuMois: Decimal,
  retraiteComplementaire: Decimal = ZERO
): ChomageNet {
  if (brut.lte(0)) return { net: ZERO, imposable: ZERO };
  const p = rules.get('salaire.csg_crds_chomage', month).value;
  const apresRc = brut.minus(retraiteComplementaire);
  const base = apresRc.times(d(1).minus(at(p, 'abattement')));
  const ded = base.times(at(p, 'csg_deductible'));
  const nonDed = base.times(at(p, 'csg_non_deductible'));
  const crds = base.times(at(p, 'crds'));
  const floor = rules.num('salaire.smic_horaire', month).times(at(p, 'plancher_heures_smic'));
  // Room above the floor that the levies may take, taken in the order CSG déductible, CSG non déductible, CRDS.
  let room = max(ZERO, salaireNetDuMois.plus(apresRc).minus(floor));
  const take = (x: Decimal) => {
    const t = min(x, room);
    room = room.minus(t);
    return t;
  };
  const tDed = take(ded);
  const tNon = take(nonDed);
  const tCrds = take(crds);
  return {
    net: arrondiCentime(apresRc.minus(tDed).minus(tNon).minus(tCrds)),
    imposable: arrondiCentime(apresRc.minus(tDed))
  };
}
