import type { Zone } from '../engine/household';

/** An INSEE commune code (code officiel géographique): 5 digits, or 2A / 2B and 3 digits in Corsica. */
export const INSEE_CODE_RE = /^(\d{5}|2[AB]\d{3})$/;

/** A metropolitan commune as of the geography of @etalab/decoupage-administratif. */
export interface Commune {
  /** INSEE code (code officiel géographique), e.g. "14118". */
  code: string;
  name: string;
  /** Department code ("14", "2A"). */
  department: string;
  postalCodes: readonly string[];
  /** Housing-aid zone (arrêté du 17 mars 1978; 1bis counts as 1). */
  zone: Zone;
  /**
   * In Bas-Rhin, Haut-Rhin or Moselle (local health insurance regime, CSS L325-1). The regime follows
   * where the employee works (L325-1 II 1°): the home commune is only a default for the workplace.
   */
  alsaceMoselle: boolean;
  /** SIREN of the commune's EPCI (intercommunalité), null for the few communes outside any. */
  epci: string | null;
  /** Former, delegated or associated commune names and municipal districts. */
  aliases: readonly string[];
}

/** One search result: the current commune, and what the query matched. */
export interface CommuneMatch {
  commune: Commune;
  matched: 'name' | 'alias' | 'postal-code';
  /** The alias (former or delegated commune, district) that matched, when `matched` is "alias". */
  alias?: string;
  /** The postal code that matched, when `matched` is "postal-code". */
  postalCode?: string;
}

export type CommunesErrorCode = 'communes.fetch-failed' | 'communes.not-json' | 'communes.invalid-table';

/** Why the commune table could not be loaded; the UI turns `code` into a sentence. */
export class CommunesError extends Error {
  constructor(
    readonly code: CommunesErrorCode,
    message: string
  ) {
    super(message);
    this.name = 'CommunesError';
  }
}

/** The table ready for search: communes plus normalised keys built once. */
export interface CommunesIndex {
  readonly communes: readonly Commune[];
  readonly byCode: ReadonlyMap<string, Commune>;
  /** Per row: " " + name key (a leading space makes "word starts with" a plain `includes`). */
  readonly keys: readonly string[];
  /** Per row: name key without spaces. */
  readonly compactKeys: readonly string[];
  /** Per row: " " + key of each alias, or undefined. */
  readonly aliasKeys: readonly (readonly string[] | undefined)[];
  /** Per row: alias keys without spaces, or undefined. */
  readonly aliasCompactKeys: readonly (readonly string[] | undefined)[];
  /** Per row: floor(log2(population + 1)). */
  readonly sizes: readonly number[];
}

export type LoadResult = { ok: true; index: CommunesIndex } | { ok: false; error: CommunesError };

/** Caen la mer (communauté urbaine, SIREN 200065597): its communes get Twisto fares. */
export const CAEN_LA_MER_SIREN = '200065597';

export const isCaenLaMer = (c: Commune): boolean => c.epci === CAEN_LA_MER_SIREN;
