/**
 * Easy-to-read French (FALC, "facile à lire et à comprendre"): one idea per sentence, short sentences, common words.
 * Every sentence of the fr-x-falc locale has at most 15 words, and no word from a list of administrative jargon that
 * the European easy-to-read guidelines tell writers to replace by everyday words (or to explain, which the other
 * languages do). The list is the jargon of the benefit letters Reprise's users receive.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

type Tree = { [k: string]: string | Tree };
const flatten = (tree: Tree, prefix = ''): [string, string][] =>
  Object.entries(tree).flatMap(([k, v]) => (typeof v === 'string' ? [[prefix + k, v] as [string, string]] : flatten(v, `${prefix}${k}.`)));

const file = join(__dirname, '../../src/lib/i18n/locales/fr-x-falc.json');
const falc = flatten(JSON.parse(readFileSync(file, 'utf8')) as Tree);

/** Sentences: split after . ! ? : ; (a label without punctuation is one sentence). */
const sentences = (s: string): string[] => s.split(/(?<=[.!?:;])\s+/).filter((x) => /\p{L}/u.test(x));
/** Words: anything with a letter or a digit between spaces ({{amount}} is one word, "—" is none). */
const words = (s: string): number => s.split(/\s+/).filter((w) => /\p{L}|\d/u.test(w)).length;

/** Word starts (lower case) that are administrative jargon. "ressources" is the CAF's word: FALC says "revenus". */
const JARGON = [
  'forfait', 'abattement', 'base ressources', 'base de ressources', 'prorata', 'assiette', 'dégressi', 'neutralis', 'quotient',
  'minoration', 'majoration', 'majoré', 'revalorisation', 'cumul', 'différentiel', 'bonification', 'décote', 'barème', 'éligib',
  'plafonnement', 'ressources', 'crds', 'csg', 'n-2', 'n−2', 'afférent', 'nonobstant', 'subséquent', 'susvisé', 'ci-après'
];
const hasJargon = (text: string, j: string): boolean => new RegExp(`(^|[^\\p{L}])${j}`, 'u').test(text.toLowerCase());

describe('easy-to-read French (fr-x-falc)', () => {
  it('the file is read (not an empty check)', () => {
    expect(falc.length).toBeGreaterThan(500);
  });

  it('every sentence has at most 15 words', () => {
    const long = falc.flatMap(([k, v]) => sentences(v).filter((s) => words(s) > 15).map((s) => `${k}: ${s}`));
    expect(long).toEqual([]);
  });

  it('no administrative jargon word', () => {
    const found = falc.flatMap(([k, v]) => JARGON.filter((j) => hasJargon(v, j)).map((j) => `${k}: "${j}" in ${v}`));
    expect(found).toEqual([]);
  });

  it('the checks really catch a long sentence and a jargon word', () => {
    expect(words('Le montant forfaitaire de votre allocation est calculé chaque trimestre à partir de vos ressources déclarées.')).toBe(16);
    expect(JARGON.some((j) => hasJargon('Le Forfait logement', j))).toBe(true);
    expect(JARGON.some((j) => hasJargon('Vos revenus comptés', j))).toBe(false);
  });
});
