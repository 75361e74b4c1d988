/**
 * Why an amount changes from one month to the next: stable reason codes `timeline.<kebab>` that the explain layer
 * turns into a sentence ("le RSA s'arrête après la déclaration trimestrielle", …). Only changes of at least 1 €
 * are reported; one-off aids are reported in the month they are paid.
 */
import { ZERO, d, type Decimal } from '../money';
import type { AreMois } from '../benefits/are';
import type { AssMois } from '../benefits/ass';
import type { Changement, LigneMois } from './types';

const UN_EURO = d(1);

function bouge(a: Decimal, b: Decimal): boolean {
  return a.minus(b).abs().gte(UN_EURO);
}

/** Start / stop / more / less, with the review that caused it. */
function evolution(slug: string, avant: Decimal, apres: Decimal, revue: boolean, cause: string): Changement | null {
  if (!bouge(avant, apres)) return null;
  let code: string;
  if (avant.isZero()) code = `${slug}-starts`;
  else if (apres.isZero()) code = `${slug}-ends`;
  else code = apres.gt(avant) ? `${slug}-increases` : `${slug}-decreases`;
  if (revue) code += `-after-${cause}`;
  return { code: `timeline.${code}`, slug, avant, apres };
}

/** The ARE / ASS module results of the month (and the ASS of the month before), per adult. */
export interface DetailAdulte {
  are: AreMois | null;
  ass: AssMois | null;
  assAvant: AssMois | null;
}

export function changements(prev: LigneMois, cur: LigneMois, details: DetailAdulte[], finContrat: boolean): Changement[] {
  const out: Changement[] = [];
  const push = (c: Changement | null) => c && out.push(c);
  cur.adults.forEach((a, i) => {
    const p = prev.adults[i];
    if (p.salaireBrut.isZero() && a.salaireBrut.gt(0)) out.push({ code: 'timeline.job-starts', slug: 'salaire', avant: p.salaireNet, apres: a.salaireNet });
    else if (p.salaireBrut.gt(0) && a.salaireBrut.isZero())
      out.push({ code: finContrat ? 'timeline.contract-ends' : 'timeline.job-ends', slug: 'salaire', avant: p.salaireNet, apres: a.salaireNet });
    const det = details[i];
    if (det.are && bouge(p.chomageBrut, a.chomageBrut)) {
      const r = det.are.reasons;
      const code = r.includes('are.droits-epuises') || r.includes('are.fin-de-droits-dans-le-mois')
        ? 'are-rights-end'
        : r.includes('are.suspendue-par-salaire') ? 'are-suspended-by-salary'
        : r.includes('are.reduite-par-salaire') ? 'are-reduced-by-salary'
        : a.chomageBrut.gt(p.chomageBrut) ? 'are-resumes' : 'are-changes';
      out.push({ code: `timeline.${code}`, slug: 'are', avant: p.chomageBrut, apres: a.chomageBrut });
    } else if (!det.are && bouge(p.chomageBrut, a.chomageBrut)) {
      out.push({ code: a.chomageBrut.isZero() ? 'timeline.are-ends-with-job' : 'timeline.are-resumes', slug: 'are', avant: p.chomageBrut, apres: a.chomageBrut });
    }
    if (bouge(p.ass, a.ass) || (det.ass?.cumul && !det.assAvant?.cumul)) {
      const code = det.ass?.reasons.includes('ass.cumul-termine') ? 'ass-cumul-ends'
        : det.ass?.cumul && !det.assAvant?.cumul ? 'ass-cumul-starts'
        : p.ass.isZero() ? 'ass-starts' : a.ass.isZero() ? 'ass-ends' : 'ass-changes';
      out.push({ code: `timeline.${code}`, slug: 'ass', avant: p.ass, apres: a.ass });
    }
  });
  push(evolution('rsa', prev.rsa, cur.rsa, cur.revisionTrimestrielle, 'quarterly-review'));
  push(evolution('ppa', prev.ppa, cur.ppa, cur.revisionTrimestrielle, 'quarterly-review'));
  if (bouge(prev.aideLogement, cur.aideLogement)) {
    const fin = prev.neutralisationRsa && !cur.neutralisationRsa;
    out.push({ code: fin ? 'timeline.al-neutralisation-ends' : 'timeline.al-resources-updated', slug: 'aides-logement', avant: prev.aideLogement, apres: cur.aideLogement });
  }
  for (const [slug, k] of [['allocations-familiales', 'af'], ['complement-familial', 'cf'], ['asf', 'asf'], ['paje', 'paje']] as const)
    push(evolution(slug, prev[k], cur[k], false, ''));
  for (const [slug, k, code] of [
    ['ars', 'ars', 'ars-paid'],
    ['aide-garde-enfants', 'aideGardeEnfants', 'age-paid'],
    ['aide-mobilite', 'aideMobilite', 'mobility-aid-paid'],
    ['prime-noel', 'primeNoel', 'prime-noel-paid']
  ] as const)
    if (cur[k].gt(0)) out.push({ code: `timeline.${code}`, slug, avant: ZERO, apres: cur[k] });
  if (cur.stale.length && !prev.stale.length) out.push({ code: 'timeline.rules-not-yet-known', slug: 'regles', avant: ZERO, apres: ZERO });
  return out;
}
