/**
 * User input for the costs of working: the shape (zod, snake_case as in the reference case format) and the
 * limits that make an input implausible. Bad input → `EngineError` with a stable code, a French message and
 * the field path; the UI turns the code into a sentence in the user's language.
 */
import { z } from '../zod';
import { EngineError } from '../errors';
import { d, ZERO } from '../money';
import type { GardeEnfant, TransportAdulte } from './types';

/** Sanity limits (not law): beyond them the input is a typing mistake, not a situation to compute. */
export const LIMITES = {
  /** ≈ 72 h a week (a childminder's legal maximum is far lower; a crèche opens ~11 h a day). */
  heuresGardeMois: 310,
  /** No childcare is computed for a child of 13 or more; a crèche takes children under 6 (CSP R2324-17). */
  ageMaxGarde: 12,
  ageMaxCreche: 5,
  salaireHoraireNetMax: 100,
  montantMoisMax: 5000,
  /** 400 km a day round trip (2 × 200 km). */
  kmAllerRetourJourMax: 400,
  joursTravaillesMoisMax: 31
} as const;

const montant = z.number().finite();
export const gardeEntrySchema = z.object({
  enfant: z.number().int(),
  mode: z.enum(['creche', 'assistante_maternelle', 'garde_domicile', 'periscolaire']),
  heures_mois: montant.optional(),
  salaire_horaire_net: montant.optional(),
  indemnites_mois: montant.optional(),
  prix_mois: montant.optional()
});
export type GardeEntry = z.infer<typeof gardeEntrySchema>;

export const transportEntrySchema = z.object({
  adult: z.number().int(),
  mode: z.enum(['transport_commun', 'voiture', 'velo', 'marche']),
  prix_abonnement_mois: montant.optional(),
  reseau: z.enum(['twisto', 'defaut']).optional(),
  km_aller_retour_jour: montant.optional(),
  jours_travailles_mois: montant.optional(),
  cv_fiscaux: z.number().int().optional(),
  electrique: z.boolean().optional(),
  cout_km: montant.optional(),
  stationnement_mois: montant.optional(),
  cout_mois: montant.optional(),
  fmd_mois: montant.optional()
});
export type TransportEntry = z.infer<typeof transportEntrySchema>;

/**
 * Whether a childcare entry still applies to a child of `age` (same limits as `validerGarde`). A timeline ages the
 * children month by month: a child who passes a limit during the months simulated leaves that childcare — the
 * entry is dropped for those months, not refused (it was valid when entered).
 */
export function gardeEnCours(mode: GardeEntry['mode'], age: number): boolean {
  return age <= LIMITES.ageMaxGarde && (mode !== 'creche' || age <= LIMITES.ageMaxCreche);
}

function fail(code: string, field: string, message: string): never {
  throw new EngineError(code, message, field);
}

function borne(v: number | undefined, field: string, max: number, label: string): number {
  const x = v ?? 0;
  if (x < 0) fail('cout_negatif', field, `${label} (${field}) ne peut pas être négatif : ${x}.`);
  if (x > max) fail('cout_excessif', field, `${label} (${field}) paraît trop élevé : ${x} (maximum ${max}).`);
  return x;
}

/**
 * Checks one childcare entry. `agesEnfants` are the children's ages in whole years in the month computed.
 */
export function validerGarde(e: GardeEntry, i: number, agesEnfants: readonly number[]): GardeEnfant {
  const f = (k: string) => `garde[${i}].${k}`;
  if (e.enfant < 0 || e.enfant >= agesEnfants.length)
    fail('garde_enfant_inconnu', f('enfant'), `L'enfant n° ${e.enfant} (${f('enfant')}) n'existe pas dans le foyer.`);
  const age = agesEnfants[e.enfant];
  if (age > LIMITES.ageMaxGarde)
    fail('garde_enfant_trop_age', f('enfant'), `Un enfant de ${age} ans (${f('enfant')}) n'a pas de frais de garde calculés : au-delà de ${LIMITES.ageMaxGarde} ans, ce n'est plus un mode de garde.`);
  if (e.mode === 'creche' && age > LIMITES.ageMaxCreche)
    fail('garde_creche_age', f('mode'), `Une crèche accueille les enfants de moins de 6 ans ; l'enfant n° ${e.enfant} a ${age} ans (${f('mode')}).`);
  const h = e.heures_mois ?? 0;
  if (h < 0) fail('garde_heures_negatives', f('heures_mois'), `Le nombre d'heures de garde (${f('heures_mois')}) ne peut pas être négatif : ${h}.`);
  if (h > LIMITES.heuresGardeMois)
    fail('garde_heures_excessives', f('heures_mois'), `${h} heures de garde par mois (${f('heures_mois')}) dépassent le maximum plausible de ${LIMITES.heuresGardeMois} h (environ 72 h par semaine).`);
  const direct = e.mode === 'assistante_maternelle' || e.mode === 'garde_domicile';
  const salaire = borne(e.salaire_horaire_net, f('salaire_horaire_net'), LIMITES.salaireHoraireNetMax, 'Le salaire horaire net');
  if (direct && h > 0 && salaire === 0)
    fail('garde_salaire_manquant', f('salaire_horaire_net'), `Indiquez le salaire horaire net de la personne qui garde l'enfant (${f('salaire_horaire_net')}).`);
  return {
    enfant: e.enfant,
    mode: e.mode,
    heuresMois: d(h),
    salaireHoraireNet: d(salaire),
    indemnitesMois: d(borne(e.indemnites_mois, f('indemnites_mois'), LIMITES.montantMoisMax, 'Le montant des indemnités')),
    prixMois: d(borne(e.prix_mois, f('prix_mois'), LIMITES.montantMoisMax, 'Le prix mensuel'))
  };
}

export function validerTransport(e: TransportEntry, i: number, nbAdultes: number): TransportAdulte {
  const f = (k: string) => `transport[${i}].${k}`;
  if (e.adult < 0 || e.adult >= nbAdultes)
    fail('transport_adulte_inconnu', f('adult'), `L'adulte n° ${e.adult} (${f('adult')}) n'existe pas dans le foyer.`);
  const km = e.km_aller_retour_jour ?? 0;
  if (km < 0) fail('transport_distance_negative', f('km_aller_retour_jour'), `La distance aller-retour (${f('km_aller_retour_jour')}) ne peut pas être négative : ${km} km.`);
  if (km > LIMITES.kmAllerRetourJourMax)
    fail('transport_distance_excessive', f('km_aller_retour_jour'), `${km} km aller-retour par jour (${f('km_aller_retour_jour')}) dépassent le maximum plausible de ${LIMITES.kmAllerRetourJourMax} km.`);
  const jours = e.jours_travailles_mois ?? 0;
  if (jours < 0 || jours > LIMITES.joursTravaillesMoisMax)
    fail('transport_jours_invalides', f('jours_travailles_mois'), `Le nombre de jours travaillés par mois (${f('jours_travailles_mois')}) doit être entre 0 et ${LIMITES.joursTravaillesMoisMax} : ${jours}.`);
  if (e.mode === 'voiture' && km > 0 && jours === 0)
    fail('transport_jours_manquants', f('jours_travailles_mois'), `Indiquez le nombre de jours travaillés par mois (${f('jours_travailles_mois')}).`);
  const cv = e.cv_fiscaux ?? 4;
  if (cv < 1 || cv > 100) fail('transport_cv_invalide', f('cv_fiscaux'), `La puissance fiscale (${f('cv_fiscaux')}) doit être entre 1 et 100 CV : ${cv}.`);
  const prix = e.prix_abonnement_mois;
  const opt = (v: number | undefined, k: string, max: number, label: string) => (v === undefined ? undefined : d(borne(v, f(k), max, label)));
  return {
    adult: e.adult,
    mode: e.mode,
    prixAbonnementMois: opt(prix, 'prix_abonnement_mois', LIMITES.montantMoisMax, "Le prix de l'abonnement"),
    reseau: e.reseau,
    kmAllerRetourJour: d(km),
    joursTravaillesMois: d(jours),
    cvFiscaux: cv,
    electrique: e.electrique ?? false,
    coutKm: opt(e.cout_km, 'cout_km', 10, 'Le coût par kilomètre'),
    stationnementMois: d(borne(e.stationnement_mois, f('stationnement_mois'), LIMITES.montantMoisMax, 'Le coût du stationnement')),
    coutMois: d(borne(e.cout_mois, f('cout_mois'), LIMITES.montantMoisMax, 'Le coût mensuel')),
    fmdMois: e.fmd_mois === undefined ? ZERO : d(borne(e.fmd_mois, f('fmd_mois'), LIMITES.montantMoisMax, 'Le forfait mobilités durables'))
  };
}
