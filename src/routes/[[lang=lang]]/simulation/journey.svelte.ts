/**
 * The resident's journey: the answers (one FormState, in memory only — nothing written to the device or the URL),
 * which screen is shown, and the inline errors per field. Screens read and write answers by their path in the
 * FormState ('job.hoursPerWeek'), the same paths the model's errors name, so an error lands next to its field.
 */
import { getContext, setContext } from 'svelte';
import { defaultChild, defaultState, type FormState } from '$lib/simulation/state';
import { validateState } from '$lib/simulation/validate';
import type { FieldError } from '$lib/simulation/types';

export const STEPS = ['household', 'screening', 'home', 'income', 'job', 'pay', 'commute', 'childcare'] as const;
export type StepId = (typeof STEPS)[number];
export type Phase = 'questions' | 'out-of-scope' | 'results';

/** Which screen asks for the answer at `path` (so a model error opens the right screen). */
export function stepOf(path: string): StepId {
  if (path.startsWith('screening.')) return 'screening';
  if (path.startsWith('home.')) return 'home';
  if (path.startsWith('commute.')) return 'commute';
  if (path.startsWith('stated.')) return 'income';
  if (/^household\.children\.\d+\.care\./.test(path)) return 'childcare';
  if (/^household\.adults\.\d+\.(situation|are|job)/.test(path)) return 'income';
  if (path.startsWith('household.')) return 'household';
  if (path === 'month' || path.startsWith('job.pay') || path === 'job.startMonth') return 'pay';
  if (path.startsWith('job.')) return 'job';
  return 'household';
}

/** The id of the input of an answer: `f-job-hoursPerWeek` (error links and focus use it). */
export const fieldId = (path: string): string => `f-${path.replace(/\./g, '-')}`;

type Node = Record<string, unknown> | unknown[];

export class Journey {
  state = $state<FormState>(defaultState());
  step = $state<StepId>('household');
  phase = $state<Phase>('questions');
  /** Errors shown, by path: the model's checks and the text a field could not read as a number. */
  errors = $state<Record<string, FieldError>>({});
  /** What the person typed in a field that is not valid yet, by path (kept when going back and forth). */
  drafts = $state<Record<string, string>>({});

  /** The screens of this household: childcare only with children. */
  get steps(): StepId[] {
    return STEPS.filter((s) => s !== 'childcare' || this.state.household.children.length > 0);
  }
  get index(): number {
    return this.steps.indexOf(this.step);
  }

  get(path: string): unknown {
    let x: unknown = this.state;
    for (const k of path.split('.')) x = (x as Record<string, unknown> | undefined)?.[k];
    return x;
  }

  set(path: string, value: unknown): void {
    const keys = path.split('.');
    let x = this.state as unknown as Node;
    for (const k of keys.slice(0, -1)) x = (x as Record<string, Node>)[k];
    (x as Record<string, unknown>)[keys[keys.length - 1]] = value;
    this.clear(path);
  }

  clear(path: string): void {
    if (path in this.errors) delete this.errors[path];
    if (path in this.drafts) delete this.drafts[path];
  }

  /** A field could not read what was typed: keep the text, show the message, leave the answer as it was. */
  reject(path: string, text: string, code: string): void {
    this.drafts[path] = text;
    this.errors[path] = { path, code };
  }

  /** Shape and range of one answer, right after it is typed (the model's schema). */
  checkField(path: string): void {
    if (path in this.drafts && path in this.errors) return; // what was typed is not a number yet
    const v = validateState($state.snapshot(this.state));
    const e = v.ok ? undefined : v.errors.find((x) => x.path === path);
    if (e) this.errors[path] = e;
    else if (path in this.errors) delete this.errors[path];
  }

  /** Errors of the current screen. */
  get stepErrors(): FieldError[] {
    return Object.values(this.errors).filter((e) => stepOf(e.path) === this.step);
  }

  /** Answers of the current screen still to type (an empty field that has no default, e.g. a new child's year). */
  missing(): FieldError[] {
    return Object.entries(this.drafts)
      .filter(([p, text]) => stepOf(p) === this.step && text.trim() === '' && !(p in this.errors))
      .map(([path]) => ({ path, code: 'errors.required' }));
  }

  /** Shows the model's errors; returns true when the current screen has none. */
  showErrors(errors: readonly FieldError[]): boolean {
    for (const e of errors) if (!(e.path in this.drafts && e.path in this.errors)) this.errors[e.path] = e;
    return this.stepErrors.length === 0;
  }

  goTo(step: StepId): void {
    this.step = step;
    this.phase = 'questions';
  }

  next(): void {
    const i = this.index;
    if (this.step === 'screening' && Object.values(this.state.screening).some(Boolean)) {
      this.phase = 'out-of-scope';
      return;
    }
    if (i >= this.steps.length - 1) this.phase = 'results';
    else this.step = this.steps[i + 1];
  }

  back(): void {
    if (this.phase !== 'questions') {
      this.phase = 'questions';
      return;
    }
    const i = this.index;
    if (i > 0) this.step = this.steps[i - 1];
  }

  /** A new child: its birth year must be typed (the field starts empty, Continuer asks for it). */
  addChild(placeholderYear: number): void {
    const n = this.state.household.children.push(defaultChild(placeholderYear));
    this.drafts[`household.children.${n - 1}.birthYear`] = '';
  }

  removeChild(i: number): void {
    this.state.household.children.splice(i, 1);
    // Paths of the following children moved: drop their errors and drafts rather than show them on the wrong child.
    for (const p of Object.keys(this.errors)) if (p.startsWith('household.children.')) delete this.errors[p];
    for (const p of Object.keys(this.drafts)) if (p.startsWith('household.children.')) delete this.drafts[p];
  }

  /** Start again: every answer forgotten (a shared phone, a kiosk). */
  reset(): void {
    this.state = defaultState();
    this.errors = {};
    this.drafts = {};
    this.step = 'household';
    this.phase = 'questions';
  }
}

const KEY = Symbol('journey');
/** The journey of this page, for the screens and fields under it. */
export function provideJourney(j: Journey): Journey {
  return setContext(KEY, j);
}
export function useJourney(): Journey {
  const j = getContext<Journey | undefined>(KEY);
  if (!j) throw new Error('useJourney() outside the simulation page');
  return j;
}
