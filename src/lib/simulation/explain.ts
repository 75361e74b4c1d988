/**
 * "Why this amount?": from an engine `Amount` and its trace, a short structured explanation — the rule in one
 * sentence (`explain.rule.<slug>`), the numbers used (`explain.step.<engine step key>` + value + vars), the
 * parameters with their date of effect (`params.<name>`), the reasons when less or nothing is due
 * (`explain.reason.<engine reason code>`) and the legal sources (titles and addresses from the rules files).
 * And "Ce n'est pas ce que la CAF me verse ?": likely causes for the case (`explain.caf.<cause>`).
 * Keys and plain numbers only: the journey UI writes every sentence in the four locale files.
 */
import { Decimal, d } from '../engine/money';
import type { Rules, Value } from '../engine/rules';
import type { Amount } from '../engine/trace';
import type { MonthResult } from '../engine/context';
import { settledAt, settledBase } from './settled';
import { EXPLAIN_REASONS, EXPLAIN_STEPS } from './keys';
import type { CardId, Message, SimulationResult } from './types';

export interface ExplainedStep {
  key: string;
  value: number;
  vars?: Record<string, string | number>;
}

export interface ExplainedParam {
  name: string;
  key: string;
  /** The value when it is one number (a table is named, not listed). */
  value: number | null;
  /** Date of effect ('YYYY-MM-DD') of the value used. */
  from: string;
  /** The value is past its last known date (a revaluation not published yet). */
  stale: boolean;
}

export interface Source {
  title: string;
  url?: string;
}

export interface Explanation {
  slug: string;
  amount: number;
  rule: Message;
  reasons: Message[];
  steps: ExplainedStep[];
  params: ExplainedParam[];
  sources: Source[];
}

const STEPS = new Set(EXPLAIN_STEPS);
const REASONS = new Set(EXPLAIN_REASONS);

const num = (v: Decimal | string | number): string | number => (v instanceof Decimal ? v.toNumber() : v);

function vars(v: Record<string, Decimal | string | number> | undefined): Record<string, string | number> | undefined {
  if (!v) return undefined;
  const out: Record<string, string | number> = {};
  for (const [k, x] of Object.entries(v)) out[k] = num(x);
  return out;
}

/** The rules family of a slug (`aide-garde-enfants` and `aide-mobilite` live in `france-travail`). */
function family(slug: string): string {
  if (slug === 'aide-garde-enfants' || slug === 'aide-mobilite') return 'france-travail';
  if (['allocations-familiales', 'complement-familial', 'asf', 'paje', 'ars'].includes(slug)) return 'prestations-familiales';
  return slug;
}

export function explainAmount(rules: Rules, a: Amount): Explanation {
  const seen = new Set<string>();
  const sources: Source[] = [];
  const fam = rules.families[family(a.slug)];
  if (fam) sources.push({ title: fam.legal_basis });
  const params: ExplainedParam[] = [];
  for (const p of a.trace.params) {
    if (seen.has(p.name)) continue;
    seen.add(p.name);
    const v: Value = p.value;
    // Every rules parameter has its key (keys.ts `emittedKeys(rules)`).
    params.push({ name: p.name, key: `params.${p.name}`, value: v instanceof Decimal ? v.toNumber() : null, from: p.from, stale: p.stale });
    if (!sources.some((s) => s.title === p.source.title)) sources.push(p.source.url ? { title: p.source.title, url: p.source.url } : { title: p.source.title });
  }
  return {
    slug: a.slug,
    amount: a.amount.toNumber(),
    rule: { key: `explain.rule.${a.slug}` },
    reasons: a.reasons.map((r) => (REASONS.has(r) ? { key: `explain.reason.${r}` } : { key: 'explain.reason.other', vars: { code: r } })),
    steps: a.trace.steps.map((s) => {
      const known = STEPS.has(s.key);
      const st: ExplainedStep = { key: known ? `explain.step.${s.key}` : 'explain.step.other', value: s.value.toNumber() };
      const v = vars(known ? s.vars : { ...s.vars, code: s.key });
      if (v) st.vars = v;
      return st;
    }),
    params,
    sources
  };
}

/** Amounts with a trace in a month result: the benefits, then childcare per child and transport per adult. */
export function amountsOf(r: MonthResult): Amount[] {
  const out: Amount[] = Object.values(r.benefits).filter((x): x is Amount => !!x);
  for (const g of r.couts?.garde?.parEnfant ?? []) out.push(g);
  for (const t of r.couts?.transport?.parAdulte ?? []) out.push(t);
  return out;
}

/** The settled month of a card computed again with traces, and the explanation of each of its amounts of `slug`. */
export function explainSettled(rules: Rules, result: SimulationResult, card: CardId, slug: string): Explanation[] {
  const c = result.cards.find((x) => x.id === card)!;
  const base = settledBase(result.inputs, result.timeline);
  const p = settledAt(rules, result.inputs, base, d(c.hoursPerWeek), card === 'status-quo' ? undefined : c.salaireBrutMensuel, true);
  return amountsOf(p.result)
    .filter((a) => a.slug === slug)
    .map((a) => explainAmount(rules, a));
}

/** Likely causes of a difference with what the CAF pays, for one benefit of a simulation. */
export function cafCauses(result: SimulationResult, slug: string): Message[] {
  const out: Message[] = [];
  const add = (k: string) => out.push({ key: `explain.caf.${k}` });
  const hh = result.inputs.household;
  const sq = result.timeline.statuQuo.lignes[0];
  if (slug === 'rsa' || slug === 'prime-activite') {
    add('quarterly-declaration');
    if (hh.housing.statut !== 'locataire_vide' && hh.housing.statut !== 'locataire_hlm') add('forfait-logement-housed');
    else add('forfait-logement-housing-aid');
    if (slug === 'prime-activite') add('prime-activite-individual-bonus');
  }
  if (slug === 'aides-logement') {
    add('housing-aid-quarterly');
    if (sq.rsa.gt(0)) add('housing-aid-rsa-neutralisation');
    add('housing-aid-rent-ceiling');
  }
  if (['allocations-familiales', 'complement-familial', 'paje', 'ars'].includes(slug)) add('family-benefits-n2-resources');
  if (slug === 'asf') add('asf-child-support');
  if (result.stale.some((s) => s.name.startsWith(`${slug}.`))) add('rules-not-known-yet');
  add('resource-not-asked');
  add('rounding');
  return out;
}
