/**
 * Revenu de solidarité active (rules-dossier §2, §23; rules/rsa.yaml).
 *
 * RSA = montant forfaitaire (MF) − (average monthly resources of the reference quarter + family benefits counted
 * + forfait logement) — CASF L262-2, R262-1 (MF and household scale), L262-9 and R262-1 (RSA majoré of an
 * isolated parent: child under 3, or isolated for less than 18 months), R262-6 ff. (resources), R262-9 and R262-10
 * (forfait logement: min(AL, FL) when housing aid is received, FL when housed free of charge or owner),
 * R262-39 (not paid below 6 €). Earned income counts at 100 % (the work incentive is the prime d'activité).
 */
import { Decimal, ZERO, ONE, arrondiCentime, min, positive } from '../money';
import { ageInYears, type MonthIndex } from '../month';
import { at, type ResolvedParam, type Rules } from '../rules';
import { newTrace, type Amount } from '../trace';
import { childAges, param, type MonthContext } from '../context';

export interface Composition {
  adultes: number;
  /** Children who count in the RSA/PA household (under 25, no income of their own). */
  enfants: number;
  /** Isolated parent entitled to the majoration. */
  majore: boolean;
}

/** Household composition for RSA and prime d'activité in month m (CASF R262-1 to R262-3, L262-9). */
export function compositionRsa(ctx: MonthContext, m: MonthIndex = ctx.month): Composition {
  const h = ctx.household;
  const ageMax = (param(ctx, 'rsa.age_maximum_enfant', m).value as Decimal).toNumber();
  const ageMajore = (param(ctx, 'rsa.age_enfant_majoration', m).value as Decimal).toNumber();
  const ages = childAges(h, m).filter((a) => a >= 0 && a < ageMax);
  const majore = h.adults.length === 1 && ages.length > 0 && (h.isolementRecent || ages.some((a) => a < ageMajore));
  return { adultes: h.adults.length, enfants: ages.length, majore };
}

/** Household scale: 1 + 50 % for the 2nd person + 30 % for the 3rd and 4th + 40 % from the 3rd child on (R262-1). */
export function echelle(maj: { deuxieme: Decimal; troisieme: Decimal; supp: Decimal }, c: Composition): Decimal {
  const n = c.adultes + c.enfants;
  let t = ONE;
  if (n >= 2) t = t.plus(maj.deuxieme);
  if (n >= 3) t = t.plus(maj.troisieme);
  // The 4th person is a 3rd child (40 %) for an isolated parent, a 2nd child (30 %) for a couple.
  if (n >= 4) t = t.plus(c.adultes === 1 ? maj.supp : maj.troisieme);
  if (n >= 5) t = t.plus(maj.supp.times(n - 4));
  return t;
}

/** Per rules: montants already computed, by benefit, month and composition (a pure function of them). */
const montantsCache = new WeakMap<Rules, Map<string, { mf: Decimal; mfForfait: Decimal; forfaitLogementMax: Decimal; stale: ResolvedParam[] }>>();

/**
 * Montant forfaitaire and forfait logement of a family (RSA or prime d'activité, same structure); `mfForfait`: the MF
 * of 1, 2 or 3 persons (never majoré) that the forfaits logement are a rate of (also the CSS one, costs/foyer-du-mois.ts).
 */
export function montants(ctx: MonthContext, slug: 'rsa' | 'prime-activite', base: Decimal, c: Composition) {
  let cache = montantsCache.get(ctx.rules);
  if (!cache) montantsCache.set(ctx.rules, (cache = new Map()));
  const key = `${slug}|${ctx.month}|${c.adultes}|${c.enfants}|${c.majore}`;
  let r = cache.get(key);
  if (!r) {
    const stale = new Map<string, ResolvedParam>();
    r = { ...computeMontants({ ...ctx, stale }, slug, base, c), stale: [...stale.values()] };
    cache.set(key, r);
  }
  for (const p of r.stale) ctx.stale?.set(p.name, p);
  return r;
}

function computeMontants(ctx: MonthContext, slug: 'rsa' | 'prime-activite', base: Decimal, c: Composition) {
  const m = ctx.month;
  const pm = param(ctx, `${slug}.majorations_foyer`, m).value;
  const maj = { deuxieme: at(pm, 'deuxieme_personne'), troisieme: at(pm, 'troisieme_personne'), supp: at(pm, 'personne_supplementaire') };
  let mf = arrondiCentime(base.times(echelle(maj, c)));
  if (c.majore) {
    const pi = param(ctx, `${slug}.majoration_isolement`, m).value;
    mf = arrondiCentime(base.times(at(pi, 'base').plus(at(pi, 'par_enfant').times(c.enfants))));
  }
  // Forfait logement: a rate of the MF of 1, 2 or 3 persons (never majoré), whatever the household beyond 3.
  const pfl = param(ctx, `${slug}.forfait_logement`, m).value;
  const n = c.adultes + c.enfants;
  const mfForfait = n <= 1 ? base : n === 2 ? base.times(ONE.plus(maj.deuxieme)) : base.times(ONE.plus(maj.deuxieme).plus(maj.troisieme));
  const taux = at(pfl, n <= 1 ? 'une_personne' : n === 2 ? 'deux_personnes' : 'trois_personnes_ou_plus');
  return { mf, mfForfait, forfaitLogementMax: arrondiCentime(mfForfait.times(taux)) };
}

/** The forfait logement actually deducted: min(AL, FL) with housing aid, FL when housed free or owner, else 0. */
export function forfaitLogement(ctx: MonthContext, flMax: Decimal, aideLogement: Decimal): Decimal {
  const s = ctx.household.housing.statut;
  if (s === 'loge_gratuitement' || s === 'proprietaire') return flMax;
  return aideLogement.gt(0) ? min(aideLogement, flMax) : ZERO;
}

export interface RsaInput {
  /** Average monthly resources of the reference quarter (earned + other). */
  ressources: Decimal;
  /** Family benefits of the month as the RSA counts them (AF base, CF non majoré, ASF forfait, PAJE base). */
  prestationsFamiliales: Decimal;
  /** Housing aid of the month (net, as paid). */
  aideLogement: Decimal;
}

export interface RsaResult extends Amount {
  /** Legal amount before the 6 € threshold (the reference `rsa` field; housing aid reads its sign in M+1). */
  avantSeuil: Decimal;
  montantForfaitaire: Decimal;
  forfaitLogement: Decimal;
  majore: boolean;
}

export function rsa(ctx: MonthContext, input: RsaInput): RsaResult {
  const m = ctx.month;
  const c = compositionRsa(ctx);
  const base = param(ctx, 'rsa.montant_de_base', m).value as Decimal;
  const { mf, forfaitLogementMax } = montants(ctx, 'rsa', base, c);
  const fl = forfaitLogement(ctx, forfaitLogementMax, input.aideLogement);
  const eligible = eligibleRsa(ctx, c);
  const reasons: string[] = [];
  let avantSeuil = ZERO;
  if (!eligible) reasons.push('rsa.age-minimum');
  else avantSeuil = arrondiCentime(positive(mf.minus(input.ressources).minus(input.prestationsFamiliales).minus(fl)));
  if (eligible && avantSeuil.isZero()) reasons.push('rsa.ressources-superieures');
  const seuil = param(ctx, 'rsa.seuil_versement', m).value as Decimal;
  const amount = avantSeuil.lt(seuil) ? ZERO : avantSeuil;
  if (avantSeuil.gt(0) && amount.isZero()) reasons.push('rsa.sous-seuil-versement');
  const trace = newTrace();
  if (ctx.trace) {
    trace.inputs = { ressources: input.ressources, prestationsFamiliales: input.prestationsFamiliales, aideLogement: input.aideLogement, majore: c.majore };
    for (const n of ['montant_de_base', 'majorations_foyer', c.majore ? 'majoration_isolement' : '', 'forfait_logement', 'seuil_versement'])
      if (n) trace.params.push(ctx.rules.get(`rsa.${n}`, m));
    trace.steps.push(
      { key: c.majore ? 'rsa.montant-forfaitaire-majore' : 'rsa.montant-forfaitaire', value: mf, vars: { adultes: c.adultes, enfants: c.enfants } },
      { key: 'rsa.ressources-trimestre', value: input.ressources },
      { key: 'rsa.prestations-familiales', value: input.prestationsFamiliales },
      { key: 'rsa.forfait-logement', value: fl, vars: { forfaitMax: forfaitLogementMax } },
      { key: 'rsa.montant', value: avantSeuil },
      { key: 'rsa.verse', value: amount }
    );
  }
  return { slug: 'rsa', amount, avantSeuil, montantForfaitaire: mf, forfaitLogement: fl, majore: c.majore, reasons, trace };
}

/** Age condition (CASF L262-4 1°): 25 or older, or a child in the household. */
function eligibleRsa(ctx: MonthContext, c: Composition): boolean {
  const ageMin = (param(ctx, 'rsa.age_minimum').value as Decimal).toNumber();
  return c.enfants > 0 || ctx.household.adults.some((p) => ageInYears(p.birth, ctx.month) >= ageMin);
}

/** Bounds of the RSA before threshold without knowing the housing aid: [with the full forfait, with none]. */
export function rsaBornes(ctx: MonthContext, ressources: Decimal): { avecForfaitMax: Decimal; sansForfait: Decimal } {
  const c = compositionRsa(ctx);
  if (!eligibleRsa(ctx, c)) return { avecForfaitMax: ZERO, sansForfait: ZERO };
  const base = param(ctx, 'rsa.montant_de_base').value as Decimal;
  const { mf, forfaitLogementMax } = montants(ctx, 'rsa', base, c);
  const s = ctx.household.housing.statut;
  const fixe = s === 'loge_gratuitement' || s === 'proprietaire';
  const sans = mf.minus(ressources);
  return { avecForfaitMax: sans.minus(forfaitLogementMax), sansForfait: fixe ? sans.minus(forfaitLogementMax) : sans };
}

