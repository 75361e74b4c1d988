/**
 * Every i18n key the simulation module emits, so the i18n test can check each exists in the four locale files:
 * `EMITTED_KEYS` (static) and `emittedKeys(rules)` (plus one `params.<name>` per rules parameter).
 * The engine's trace keys are mapped through fixed lists (EXPLAIN_STEPS, EXPLAIN_REASONS): a trace key not listed
 * is shown with the generic `explain.step.other` / `explain.reason.other` and a unit test lists it (drift).
 */
import type { Rules } from '../engine/rules';
import { ERROR_KEYS } from './validate';
import { CHECK_ERROR_KEYS } from './check';
import { BENEFIT_KEYS } from './types';
import { NOT_CLAIMABLE } from './state';

const HYPOTHESES = [
  'simulation.hypothese-age-unknown',
  'simulation.hypothese-birth-month-unknown',
  'simulation.hypothese-child-support-unknown',
  'simulation.hypothese-hlm-unknown',
  'simulation.hypothese-zone-unknown',
  'simulation.hypothese-charges-unknown',
  'simulation.hypothese-are-rights-unknown',
  'simulation.hypothese-ass-after-are-unknown',
  'simulation.hypothese-current-job-full-time',
  'simulation.hypothese-start-next-month',
  'simulation.hypothese-pay-smic',
  'simulation.hypothese-contract-length-unknown',
  'simulation.hypothese-days-per-week',
  'simulation.hypothese-pass-price-table',
  'simulation.hypothese-car-cv',
  'simulation.hypothese-childminder-allowances-not-counted',
  'simulation.hypothese-childcare-hours-from-work',
  // From the engine's timeline (timeline/index.ts).
  'timeline.hypothese-declaration-trimestrielle-au-mois-de-reprise',
  'timeline.hypothese-are-montant-mensuel-sans-cumul',
  'timeline.hypothese-fin-de-contrat-sans-nouveaux-droits',
  'timeline.hypothese-prime-activite-demandee-a-la-revision'
];

const WARNINGS = [
  'simulation.warning-below-smic',
  'simulation.warning-overtime-not-modelled',
  'simulation.warning-schedule-childcare',
  'simulation.warning-schedule-transport',
  'simulation.warning-alsace-moselle',
  'simulation.warning-rsa-not-claimed-today',
  'simulation.warning-stated-differs',
  'simulation.warning-settled-assumes-job-continues',
  'simulation.warning-cmg-activity-condition',
  'simulation.warning-fmd-above-exemption'
];

const OUT_OF_SCOPE = ['overseas', 'aah', 'student', 'self-employed', 'pension', 'savings-income', 'child-support'].map((r) => `simulation.out-of-scope.${r}`);

/** The timeline's change codes (engine timeline/changements.ts), shown as chart labels. */
const FAMILY_MOVES = ['starts', 'ends', 'increases', 'decreases'];
export const TIMELINE_CHANGE_KEYS = [
  'timeline.job-starts',
  'timeline.job-ends',
  'timeline.contract-ends',
  ...['are-rights-end', 'are-suspended-by-salary', 'are-reduced-by-salary', 'are-resumes', 'are-changes', 'are-ends-with-job'].map((c) => `timeline.${c}`),
  ...['ass-cumul-ends', 'ass-cumul-starts', 'ass-starts', 'ass-ends', 'ass-changes'].map((c) => `timeline.${c}`),
  ...['rsa', 'ppa'].flatMap((s) => FAMILY_MOVES.flatMap((m) => [`timeline.${s}-${m}`, `timeline.${s}-${m}-after-quarterly-review`])),
  'timeline.al-neutralisation-ends',
  'timeline.al-resources-updated',
  ...['allocations-familiales', 'complement-familial', 'asf', 'paje'].flatMap((s) => FAMILY_MOVES.map((m) => `timeline.${s}-${m}`)),
  'timeline.ars-paid',
  'timeline.age-paid',
  'timeline.mobility-aid-paid',
  'timeline.prime-noel-paid',
  'timeline.rules-not-yet-known'
];

/** Engine step keys the explanations name (`explain.step.<key>`). */
export const EXPLAIN_STEPS = [
  ...['montant-forfaitaire', 'montant-forfaitaire-majore', 'ressources-trimestre', 'prestations-familiales', 'forfait-logement', 'montant', 'verse'].map((k) => `rsa.${k}`),
  ...['montant-forfaitaire', 'montant-forfaitaire-majore', 'ressources', 'part-revenus-activite', 'bonifications', 'forfait-logement', 'montant', 'verse', 'moyenne-trimestre'].map((k) => `prime-activite.${k}`),
  ...['ressources', 'loyer-retenu', 'charges', 'participation-personnelle', 'montant-brut', 'apres-degressivite', 'reduction-loyer-solidarite', 'montant'].map((k) => `aides-logement.${k}`),
  ...['base', 'modulation', 'majoration-age', 'forfait', 'complement-degressif', 'ressources-n2'].map((k) => `allocations-familiales.${k}`),
  ...['base', 'majore', 'differentiel', 'ressources-n2'].map((k) => `complement-familial.${k}`),
  'asf.montant',
  'asf.forfait-rsa-pa',
  ...['ressources-n2', 'taux-plein', 'taux-partiel'].map((k) => `paje.${k}`),
  'ars.montant',
  'ars.plafond',
  ...['revenu-imposable', 'plafonnement-quotient-familial', 'impot-brut', 'decote', 'taux-personnalise', 'taux-neutre'].map((k) => `impot-revenu.${k}`),
  ...[
    'cmg-coefficient', 'cmg-cout-mensuel', 'cmg-cout-retenu', 'cmg-maximum-net-crds', 'cmg-montant', 'cmg-part-remuneration', 'cmg-revenu-retenu',
    'cmg-tranche', 'creche-cout-mensuel', 'creche-ressources-retenues', 'creche-tarif-horaire', 'periscolaire-prix', 'credit-impot-hors-domicile',
    'credit-impot-emploi-domicile', 'credit-impot-avance-janvier', 'credit-impot-solde-ete'
  ].map((k) => `garde.${k}`),
  ...['cout', 'prise-en-charge-employeur', 'forfait-mobilites-durables', 'distance-annuelle'].map((k) => `transport.${k}`)
];

/** Engine reason codes the explanations name (`explain.reason.<code>`). */
export const EXPLAIN_REASONS = [
  'rsa.age-minimum', 'rsa.ressources-superieures', 'rsa.sous-seuil-versement',
  'prime-activite.ressources-superieures', 'prime-activite.sans-revenu-activite', 'prime-activite.sous-seuil-versement',
  'aides-logement.degressivite', 'aides-logement.loge-gratuitement', 'aides-logement.proprietaire', 'aides-logement.ressources-superieures',
  'aides-logement.sous-seuil-versement', 'aides-logement.sans-loyer',
  'allocations-familiales.no-child', 'allocations-familiales.one-child', 'allocations-familiales.reduced-above-ceiling',
  'complement-familial.above-ceiling', 'complement-familial.differential', 'complement-familial.fewer-than-three-children-over-3',
  'complement-familial.paje-base-paid',
  'asf.couple', 'asf.no-child', 'asf.below-threshold',
  'paje.above-ceiling', 'paje.partial-rate', 'paje.no-child', 'paje.too-old',
  'ars.paid-in-august', 'ars.below-threshold', 'ars.above-ceiling', 'ars.differential', 'ars.no-child', 'ars.no-child-of-school-age',
  'impot-revenu.below-collection-threshold', 'impot-revenu.no-tax', 'impot-revenu.nothing-withheld',
  'garde.cmg-85-pourcent', 'garde.cmg-age-depasse', 'garde.cmg-condition-activite', 'garde.cmg-demi-montant-3-6-ans', 'garde.cmg-plafond-horaire',
  'garde.cmg-ressources-elevees', 'garde.cmg-sans-depense', 'garde.creche-plafond', 'garde.creche-plancher',
  'transport.bareme-kilometrique', 'transport.cout-km-saisi', 'transport.prix-defaut-national', 'transport.prix-saisi', 'transport.sans-emploi',
  'transport.twisto-plein-tarif-inconnu', 'transport.twisto-solidaire'
];

/** Slugs `explainSettled` explains (`explain.rule.<slug>`). */
export const EXPLAINED_SLUGS = ['rsa', 'prime-activite', 'aides-logement', 'allocations-familiales', 'complement-familial', 'asf', 'paje', 'ars', 'impot-revenu', 'garde', 'transport'] as const;

export const CAF_CAUSES = [
  'quarterly-declaration', 'forfait-logement-housed', 'forfait-logement-housing-aid', 'prime-activite-individual-bonus', 'housing-aid-quarterly',
  'housing-aid-rsa-neutralisation', 'housing-aid-rent-ceiling', 'family-benefits-n2-resources', 'asf-child-support', 'rules-not-known-yet',
  'resource-not-asked', 'rounding'
].map((k) => `explain.caf.${k}`);

export const CLIFF_CAUSES = [...BENEFIT_KEYS, 'chomage', 'garde', 'transport', 'impot'] as const;

const CHARTS = [
  ...['status-quo', 'offer', 'other-hours'].map((c) => `chart.card.${c}`),
  'chart.bars.salaire', 'chart.bars.chomage', ...BENEFIT_KEYS.map((k) => `chart.bars.benefit.${k}`), 'chart.bars.garde', 'chart.bars.transport',
  'chart.bars.reste-a-vivre', 'chart.bars.caption-first12', 'chart.bars.caption-settled',
  'chart.curve.caption', 'chart.curve.caption-cliffs', 'chart.timeline.caption',
  ...['amount', 'hours', 'reste-a-vivre', 'note', 'month', 'status-quo', 'offer', 'difference', 'changes'].map((k) => `chart.table.${k}`),
  ...CLIFF_CAUSES.flatMap((c) => [`curve.cliff.drop.${c}`, `curve.cliff.ends.${c}`])
];

export const EMITTED_KEYS: readonly string[] = [
  ...new Set([
    ...ERROR_KEYS,
    ...CHECK_ERROR_KEYS,
    'errors.cannot-compute',
    ...HYPOTHESES,
    ...WARNINGS,
    ...OUT_OF_SCOPE,
    'simulation.other-hours-rule',
    'simulation.rules-in-force',
    'simulation.childcare-tax-credit',
    'simulation.headline.first12',
    'simulation.headline.settled',
    'simulation.settled.steady',
    ...NOT_CLAIMABLE.map((k) => `simulation.not-claimed.${k}`),
    ...TIMELINE_CHANGE_KEYS,
    ...CHARTS,
    ...EXPLAINED_SLUGS.map((s) => `explain.rule.${s}`),
    ...EXPLAIN_STEPS.map((k) => `explain.step.${k}`),
    'explain.step.other',
    ...EXPLAIN_REASONS.map((k) => `explain.reason.${k}`),
    'explain.reason.other',
    ...CAF_CAUSES
  ])
];

/** EMITTED_KEYS plus `params.<name>` for every parameter of the rules (explanations name the values used). */
export function emittedKeys(rules: Rules): string[] {
  return [...EMITTED_KEYS, ...rules.names().map((n) => `params.${n}`)];
}
