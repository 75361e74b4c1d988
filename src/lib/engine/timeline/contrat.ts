/**
 * The contract of a job offer: CDI, CDD or temporary work (intérim) with its length. It sets the horizon of a
 * timeline (a CDD of 3 months ends) and the eligibility of France Travail's job-start aids (AGE: contract of at
 * least 28 days; aide à la mobilité: CDI or at least 3 consecutive months).
 */
export type TypeContrat = 'cdi' | 'cdd' | 'interim';

export interface Contrat {
  type: TypeContrat;
  /** Length in whole months for a CDD or intérim; ignored for a CDI. Missing = not limited. */
  dureeMois?: number;
}

export const CDI: Contrat = { type: 'cdi' };

/** Length of the contract in months, Infinity for a CDI or an unknown length. */
export function dureeContratMois(c: Contrat): number {
  if (c.type === 'cdi' || c.dureeMois === undefined) return Infinity;
  return c.dureeMois;
}

/** True when the contract lasts at least `mois` months (a month of contract counts as at least 28 days). */
export function contratAuMoins(c: Contrat, mois: number): boolean {
  return dureeContratMois(c) >= mois;
}
