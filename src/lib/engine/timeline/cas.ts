/**
 * Transition cases of the reference format (/work/shared/reference/README.md, copied in tests/cases/reference):
 * `transition`, and the optional `are` / `ass` adult fields and `transport` entries → timeline inputs; and a
 * timeline → the `series` of the case output (field names of the reference files). Used by `npm run cases` and the
 * transition tests. Bad input → EngineError (stable code, French message), never an exception.
 */
import { z } from '../zod';
import { d, arrondiCentime, sum, type Decimal } from '../money';
import { isMonthString, monthIndex, monthString, type MonthIndex } from '../month';
import type { Household, MonthIncome } from '../household';
import { salaireNet } from '../benefits/salaire';
import { areDuMois } from '../benefits/are';
import type { Rules } from '../rules';
import { EngineError } from '../errors';
import { parseHousehold } from '../input';
import type { Contrat } from './contrat';
import type { LigneMois, Offre, SituationAdulte, TimelineOptions, TimelineResult } from './types';

const montant = z.number().finite().min(0).max(100_000);
const mois = z.string().refine(isMonthString, { message: 'mois attendu au format AAAA-MM' });

const adultExtra = z.object({
  are: z
    .object({
      allocation_journaliere: z.number().finite().min(0).max(1000),
      jours_restants: z.number().int().min(0).max(2000),
      salaire_journalier_reference: z.number().finite().gt(0).max(2000).optional()
    })
    .optional(),
  ass: z.boolean().optional(),
  ass_apres_are: z.boolean().optional()
});

const transitionInput = z.object({
  adult: z.number().int().min(0).max(1),
  start_month: mois,
  salaire_de_base: montant,
  heures_hebdo: z.number().finite().gt(0).max(48).optional(),
  prior_salaire_de_base: montant.optional(),
  prior_chomage_brut: montant.optional(),
  quarter_anchor_month: mois.optional(),
  months_before: z.number().int().min(0).max(12).default(1),
  months_after: z.number().int().min(0).max(24).default(12),
  contrat: z.enum(['cdi', 'cdd', 'interim']).default('cdi'),
  duree_mois: z.number().int().min(0).max(120).optional()
});

const transportInput = z.object({
  adult: z.number().int().min(0).max(1).default(0),
  km_aller_retour_jour: z.number().finite().min(0).max(2000).optional(),
  jours_travailles_mois: z.number().int().min(0).max(31).optional(),
  duree_trajet_aller_retour_minutes: z.number().finite().min(0).max(1440).optional(),
  repas_pris_en_charge: z.boolean().optional(),
  nuitees: z.number().int().min(0).max(31).optional(),
  prix_nuitee: montant.optional()
});

const caseInput = z.object({
  adults: z.array(adultExtra).min(1).max(2),
  transition: transitionInput,
  transport: z.array(transportInput).default([]),
  parent_isole: z.boolean().optional()
});

export interface TransitionInput {
  household: Household;
  situation: SituationAdulte[];
  offre: Offre;
  start: MonthIndex;
  options: TimelineOptions;
}

export function parseTransition(raw: unknown, rules: Rules): { ok: true; value: TransitionInput } | { ok: false; error: EngineError } {
  const p = caseInput.safeParse(raw);
  if (!p.success) {
    const i = p.error.issues[0];
    return { ok: false, error: new EngineError('invalid_input', `Donnée invalide — ${i.path.join('.') || 'cas'} : ${i.message}.`, i.path.join('.')) };
  }
  const t = p.data.transition;
  const base = parseHousehold({ ...(raw as object), month: t.start_month }, rules);
  if (!base.ok) return base;
  const { household, incomes, couts } = base.value;
  if (t.adult >= household.adults.length)
    return { ok: false, error: new EngineError('invalid_input', "L'adulte qui reprend un emploi n'existe pas dans le foyer.", 'transition.adult') };
  const start = monthIndex(t.start_month);
  // A salary without stated hours is a full-time job (C. trav. L3121-27).
  const tempsPlein = rules.num('salaire.heures_hebdo_temps_plein', start);
  const situation: SituationAdulte[] = incomes.map((inc, a) => {
    const x = p.data.adults[a];
    const moi = a === t.adult;
    const salaireBrut = moi && t.prior_salaire_de_base !== undefined ? d(t.prior_salaire_de_base) : inc.salaireBrut;
    const chomageBrut = moi && t.prior_chomage_brut ? d(t.prior_chomage_brut) : inc.chomageBrut;
    return {
      salaireBrut,
      heuresHebdo: salaireBrut.gt(0) ? (inc.heuresHebdo.gt(0) ? inc.heuresHebdo : tempsPlein) : d(0),
      chomageBrut: x?.are ? undefined : chomageBrut,
      are: x?.are
        ? {
            allocationJournaliere: d(x.are.allocation_journaliere),
            joursRestants: x.are.jours_restants,
            sjr: x.are.salaire_journalier_reference === undefined ? undefined : d(x.are.salaire_journalier_reference)
          }
        : undefined,
      ass: x?.ass,
      assApresAre: x?.ass_apres_are
    };
  });
  const contrat: Contrat = t.contrat === 'cdi' ? { type: 'cdi' } : { type: t.contrat, dureeMois: t.duree_mois };
  const tr = p.data.transport.find((x) => x.adult === t.adult && x.km_aller_retour_jour !== undefined);
  const offre: Offre = {
    adulte: t.adult,
    salaireBrut: d(t.salaire_de_base),
    heuresHebdo: t.heures_hebdo === undefined ? tempsPlein : d(t.heures_hebdo),
    contrat,
    trajet: tr
      ? {
          kmAllerRetourJour: d(tr.km_aller_retour_jour!),
          trajetAllerRetourMinutes: tr.duree_trajet_aller_retour_minutes,
          joursTravaillesMois: tr.jours_travailles_mois,
          repasPrisEnCharge: tr.repas_pris_en_charge,
          nuitees: tr.nuitees,
          prixNuitee: tr.prix_nuitee === undefined ? undefined : d(tr.prix_nuitee)
        }
      : undefined
  };
  const options: TimelineOptions = {
    moisAvant: t.months_before,
    moisApres: t.months_after,
    moisDeclaration: t.quarter_anchor_month ? monthIndex(t.quarter_anchor_month) : undefined,
    parentIsole: p.data.parent_isole,
    couts
  };
  return { ok: true, value: { household, situation, offre, start, options } };
}

const n = (x: Decimal) => arrondiCentime(x).toNumber();

/** One month of the offer scenario in the reference output format. */
export function ligneCas(l: LigneMois): Record<string, unknown> {
  const revenu = sum([...l.adults.map((a) => a.salaireNet.plus(a.chomageNet)), l.rsa, l.ppa, l.aideLogement, l.af, l.cf, l.asf, l.paje]);
  return {
    month: monthString(l.month),
    adults: l.adults.map((a) => ({
      salaire_net: n(a.salaireNet),
      chomage_net: n(a.chomageNet),
      chomage_brut: n(a.chomageBrut.plus(a.ass)),
      jours_indemnises: a.joursIndemnises
    })),
    rsa: n(l.rsaAvantSeuil),
    ppa: n(l.ppa),
    aide_logement: n(l.aideLogement),
    af: n(l.af),
    cf: n(l.cf),
    asf: n(l.asf),
    paje_base: n(l.paje),
    ars_annuelle: n(l.arsAnnuelle),
    revenu_disponible_mensuel: n(revenu),
    aide_garde_enfants: n(l.aideGardeEnfants),
    aide_mobilite: n(l.aideMobilite),
    prime_noel: n(l.primeNoel),
    reste_a_vivre: n(l.resteAVivre)
  };
}

export function serieCas(r: TimelineResult): Record<string, unknown>[] {
  return r.offre.lignes.map(ligneCas);
}

/**
 * A stable case with ARE given as rights (`are` on an adult): the ARE of the month with the adult's salary (cumul),
 * the same every month, replaces `chomage_brut`. Returns the incomes to compute and the per-adult ARE fields
 * (`chomage_brut`, `jours_indemnises`; `chomage_net` comes from the month result). Null when no adult has `are`.
 */
export function areStable(
  raw: unknown,
  rules: Rules,
  month: MonthIndex,
  household: Household,
  incomes: MonthIncome[]
): { incomes: MonthIncome[]; champs: Record<string, number>[] } | null {
  const p = z.object({ adults: z.array(adultExtra) }).safeParse(raw);
  if (!p.success || !p.data.adults.some((a) => a.are)) return null;
  const champs: Record<string, number>[] = [];
  const out = incomes.map((inc, a) => {
    const x = p.data.adults[a]?.are;
    if (!x) {
      champs.push({});
      return inc;
    }
    const net = inc.salaireBrut.gt(0) ? salaireNet(rules, month, { brut: inc.salaireBrut, heuresHebdo: inc.heuresHebdo, alsaceMoselle: household.alsaceMoselle }).net : d(0);
    const droits = { allocationJournaliere: d(x.allocation_journaliere), joursRestants: x.jours_restants, sjr: x.salaire_journalier_reference === undefined ? undefined : d(x.salaire_journalier_reference) };
    const r = areDuMois(rules, month, droits, inc.salaireBrut, net);
    champs.push({ chomage_brut: n(r.brut), jours_indemnises: r.joursIndemnises });
    return { ...inc, chomageBrut: r.brut, chomageRetraiteComplementaire: r.retraiteComplementaire };
  });
  return { incomes: out, champs };
}
