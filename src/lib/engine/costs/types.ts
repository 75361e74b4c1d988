/**
 * Inputs and results of the costs of working (childcare, transport, health cover). Validated inputs only:
 * `validate.ts` turns user input into these types or an `EngineError` naming the field.
 */
import type { Decimal } from '../money';
import type { Amount } from '../trace';

export type ModeGarde = 'creche' | 'assistante_maternelle' | 'garde_domicile' | 'periscolaire';
/** Modes whose employer is the family (CMG "emploi direct"). */
export type ModeEmploiDirect = 'assistante_maternelle' | 'garde_domicile';

export interface GardeEnfant {
  /** Index in `household.children`. */
  enfant: number;
  mode: ModeGarde;
  /** Hours of care paid in the month (see `heuresGardeMois` to derive them from the work schedule). */
  heuresMois: Decimal;
  /** Assistante maternelle / garde à domicile: hourly net wage. */
  salaireHoraireNet: Decimal;
  /** Assistante maternelle: indemnités d'entretien + repas of the month. */
  indemnitesMois: Decimal;
  /** Périscolaire: what the family pays per month. */
  prixMois: Decimal;
}

export type ModeTransport = 'transport_commun' | 'voiture' | 'velo' | 'marche';
/** Local price tables: `twisto` (Caen la mer, with its solidarity fare) or the national default. */
export type Reseau = 'twisto' | 'defaut';

export interface TransportAdulte {
  adult: number;
  mode: ModeTransport;
  /** Public transport: the pass price typed by the user (wins over the tables). */
  prixAbonnementMois?: Decimal;
  reseau?: Reseau;
  /** Car: round trip per working day, working days per month, fiscal horsepower, 100 % electric. */
  kmAllerRetourJour: Decimal;
  joursTravaillesMois: Decimal;
  cvFiscaux: number;
  electrique: boolean;
  /** Car: a per-km cost typed by the user (replaces the kilometric scale). */
  coutKm?: Decimal;
  stationnementMois: Decimal;
  /** Bike: monthly upkeep the user counts. */
  coutMois: Decimal;
  /** Forfait mobilités durables paid by the employer, per month (optional for the employer). */
  fmdMois: Decimal;
}

/** One cost: the Amount (`amount` = cost before aids) plus what is paid by others. */
export interface CostAmount extends Amount {
  /** Cost before any aid. */
  cout: Decimal;
  /** Aid that reduces it (CMG, employer's share + FMD). */
  aide: Decimal;
  /** cout − aide, never negative. */
  net: Decimal;
}

export interface GardeEnfantResult extends CostAmount {
  enfant: number;
  mode: ModeGarde;
  /** Crèche: the family's hourly price. */
  tarifHoraire?: Decimal;
}

export interface GardeResult {
  parEnfant: GardeEnfantResult[];
  cout: Decimal;
  cmg: Decimal;
  net: Decimal;
  /** Yearly childcare tax credits (200 quater B + 199 sexdecies) / 12, for the CLI and the steady view. */
  creditImpotMensuel: Decimal;
  creditImpot: CreditImpotResult;
  /** Hourly crèche price of the first child in crèche (the reference field `tarif_horaire_creche`). */
  tarifHoraireCreche?: Decimal;
  warnings: string[];
}

export interface CreditImpotResult {
  /** Yearly credit for childcare outside the home (CGI 200 quater B). */
  horsDomicileAnnuel: Decimal;
  /** Yearly credit for a home childminder (CGI 199 sexdecies). */
  emploiDomicileAnnuel: Decimal;
  /** Part of it advanced month by month (avance immédiate), per month. */
  avanceImmediateMensuelle: Decimal;
  trace: Amount['trace'];
}

export interface TransportResult {
  parAdulte: (CostAmount & { adult: number })[];
  cout: Decimal;
  net: Decimal;
  warnings: string[];
}
