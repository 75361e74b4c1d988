/**
 * The counsellor's desk: one household (a FormState, whose own job/commute/childcare are not used) and 1 to 4 job
 * offers, in memory only. Fields read and write answers by path: 'household.adults.0.age', 'home.rent' for the
 * household, 'offers.2.job.hoursPerWeek', 'offers.2.care.0.mode' for an offer — the same paths the errors name.
 */
import { getContext, setContext } from 'svelte';
import { defaultChild, defaultState, type FormState } from '$lib/simulation/state';
import type { FieldError } from '$lib/simulation/types';
import { MAX_OFFERS, allOffers, clone, docOf, noCare, offerOf, withOffer, type OfferState, type SimulationDoc } from '$lib/share/doc';

/** The id of the control of an answer: `c-offers-1-job-hoursPerWeek`. */
export const controlId = (path: string): string => `c-${path.replace(/\./g, '-')}`;

/** Where an error of offer `i`'s form state belongs on the desk. */
export function deskPath(path: string, i: number): string {
  if (path.startsWith('job.') || path === 'job' || path.startsWith('commute.') || path === 'commute') return `offers.${i}.${path}`;
  const care = /^household\.children\.(\d+)\.care\.(.+)$/.exec(path);
  return care ? `offers.${i}.care.${care[1]}.${care[2]}` : path;
}

type Node = Record<string, unknown>;

export class Desk {
  state = $state<FormState>(defaultState());
  offers = $state<OfferState[]>([offerOf(defaultState())]);
  /** Text typed in a number field that is not a number yet, and its message (kept while the person corrects it). */
  drafts = $state<Record<string, string>>({});
  typing = $state<Record<string, FieldError>>({});
  /** The model's errors for the current answers (set by the page after each computation). */
  checked = $state<Record<string, FieldError>>({});
  /** Something was changed since the page opened (before that, missing answers are listed, not flagged). */
  touched = $state(false);
  /** Bumped when answers are loaded or reset: fields that keep their own text (the commune search) start again. */
  generation = $state(0);

  /** The label of each field shown (for the list of answers to complete); not reactive. */
  readonly labels = new Map<string, string>();

  private root(path: string): [Node, string[]] {
    const keys = path.split('.');
    return keys[0] === 'offers' ? [this.offers as unknown as Node, keys.slice(1)] : [this.state as unknown as Node, keys];
  }

  get(path: string): unknown {
    let [x, keys] = this.root(path) as [unknown, string[]];
    for (const k of keys) x = (x as Node | undefined)?.[k];
    return x;
  }

  set(path: string, value: unknown): void {
    const [root, keys] = this.root(path);
    let x = root;
    for (const k of keys.slice(0, -1)) x = x[k] as Node;
    x[keys[keys.length - 1]] = value;
    delete this.drafts[path];
    delete this.typing[path];
    this.touched = true;
  }

  /** A field could not read what was typed: keep the text and say why; the answer keeps its last valid value. */
  reject(path: string, text: string, code: string): void {
    this.drafts[path] = text;
    this.typing[path] = { path, code };
    this.touched = true;
  }

  /** The message shown next to a field. */
  errorAt(path: string): FieldError | undefined {
    const e = this.typing[path] ?? this.checked[path];
    return e && (this.touched || e.code !== 'errors.required') ? e : undefined;
  }

  addOffer(): void {
    if (this.offers.length < MAX_OFFERS) this.offers.push(clone($state.snapshot(this.offers[this.offers.length - 1]) as OfferState));
    this.touched = true;
  }

  removeOffer(i: number): void {
    if (this.offers.length > 1) this.offers.splice(i, 1);
    this.forget('offers.');
  }

  addChild(year: number): void {
    this.state.household.children.push(defaultChild(year));
    for (const o of this.offers) o.care.push(noCare());
    this.touched = true;
  }

  removeChild(k: number): void {
    this.state.household.children.splice(k, 1);
    for (const o of this.offers) o.care.splice(k, 1);
    this.forget('household.children.');
    this.forget('offers.');
  }

  /** Paths moved (an offer or a child removed): drop their drafts and messages rather than show them elsewhere. */
  private forget(prefix: string): void {
    for (const p of Object.keys(this.drafts)) if (p.startsWith(prefix)) delete this.drafts[p];
    for (const p of Object.keys(this.typing)) if (p.startsWith(prefix)) delete this.typing[p];
    this.touched = true;
  }

  /** The answers of a link or a file (the current ones are replaced). */
  load(doc: SimulationDoc): void {
    this.state = clone(doc.state);
    this.offers = allOffers(doc);
    this.drafts = {};
    this.typing = {};
    this.checked = {};
    this.touched = false;
    this.generation++;
  }

  reset(): void {
    this.load({ state: defaultState(), offers: [] });
  }

  snapshot(): { state: FormState; offers: OfferState[] } {
    return { state: $state.snapshot(this.state) as FormState, offers: $state.snapshot(this.offers) as OfferState[] };
  }

  /** The document of the desk (first offer in `state`): what a link or a file holds. */
  doc(): SimulationDoc {
    const s = this.snapshot();
    return docOf(s.state, s.offers);
  }

  /** The form state of offer `i` (what the model simulates). */
  stateFor(i: number): FormState {
    const s = this.snapshot();
    return withOffer(s.state, s.offers[i]);
  }
}

const KEY = Symbol('desk');
export function provideDesk(d: Desk): Desk {
  return setContext(KEY, d);
}
export function useDesk(): Desk {
  const d = getContext<Desk | undefined>(KEY);
  if (!d) throw new Error('useDesk() outside the counsellor page');
  return d;
}
