/**
 * When amounts are reviewed and when they are paid.
 *
 * - RSA and prime d'activité: a quarterly declaration (DTR) in month D sets the amount of D, D+1 and D+2
 *   ("cette déclaration permet de calculer votre droit pour les 3 mois suivants ... pendant 3 mois, vous toucherez
 *   le même montant", CAF via plus.transformation.gouv.fr « J'ai droit à l'erreur »; CASF R262-7; rules-dossier
 *   §2.6, §3.4). The resources read are those of the 3 months before D until February 2025, of the 4th to 2nd months before D since the pre-filled
 *   declaration of 1 March 2025 — the engine's `rsa.decalage_trimestre_reference` parameter. Revaluations reach a
 *   household at its next declaration (the whole amount is fixed for the quarter).
 * - Housing aid: recomputed every calendar quarter (January, April, July, October) on the 12 months M−13..M−2
 *   (CCH R822-3 and R823-6; CAF, 2021: "les aides au logement de janvier, février et mars 2021 seront calculées sur
 *   les revenus de décembre 2019 à novembre 2020"), and when the RSA neutralisation of its resources starts or ends
 *   (end of the RSA, a change of situation the CAF knows, which pays both).
 * - Cash: the CAF and France Travail pay the benefits of month M early in month M+1; salaries are paid within M.
 */
import { monthOfYear, type MonthIndex } from '../month';

/** The review month (quarterly declaration) whose amount applies to month m, for declarations in `anchor` ± 3k. */
export function moisRevision(anchor: MonthIndex, m: MonthIndex): MonthIndex {
  return anchor + 3 * Math.floor((m - anchor) / 3);
}

/** First month of the calendar quarter of m (housing-aid review). */
export function debutTrimestreCivil(m: MonthIndex): MonthIndex {
  return m - ((monthOfYear(m) - 1) % 3);
}
