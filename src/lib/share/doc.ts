/**
 * What a shared link or a saved file holds: one household and up to four job offers (the counsellor's page), as
 * form states of the simulation model (src/lib/simulation/state.ts).
 *
 * - `state` is a complete FormState whose job, commute and children's childcare are those of the FIRST offer: the
 *   resident's page can open it as it is.
 * - `offers` are the other offers (2 to 4): each its job, commute and the childcare of each child while that job is
 *   held (`care[k]` goes with `state.household.children[k]`).
 */
import { z } from '../engine/zod';
import { LIMITS, childState, formState, type ChildState, type FormState } from '../simulation/state';

export const MAX_OFFERS = 4;

export const offerState = z.object({
  job: formState.shape.job,
  commute: formState.shape.commute,
  care: z.array(childState.shape.care).max(LIMITS.childrenMax)
});
export type OfferState = z.infer<typeof offerState>;
export type CareState = ChildState['care'];

export interface SimulationDoc {
  state: FormState;
  offers: OfferState[];
}

/** A deep copy of plain JSON values (structuredClone is missing from Safari < 15.4 and Chrome < 98, our floor). */
export const clone = <T>(x: T): T => JSON.parse(JSON.stringify(x)) as T;

export const noCare = (): CareState => ({ mode: 'none', hourlyNet: null, allowances: null, monthlyPrice: null, hoursPerMonth: null });

/** The offer held in a form state (its job, commute and children's childcare). */
export function offerOf(state: FormState): OfferState {
  return clone({ job: state.job, commute: state.commute, care: state.household.children.map((c) => c.care) });
}

/** `care` with one entry per child: missing ones "no childcare", extra ones dropped. */
export function alignCare(care: readonly CareState[], children: number): CareState[] {
  return Array.from({ length: children }, (_, k) => clone(care[k] ?? noCare()));
}

/** The form state of a household with one offer (what the model simulates for that offer). */
export function withOffer(state: FormState, offer: OfferState): FormState {
  const care = alignCare(offer.care, state.household.children.length);
  return {
    ...clone(state),
    job: clone(offer.job),
    commute: clone(offer.commute),
    household: {
      ...clone(state.household),
      children: state.household.children.map((c, k) => ({ ...clone(c), care: care[k] }))
    }
  };
}

/** Every offer of a document, the first one included, each with one childcare entry per child. */
export function allOffers(doc: SimulationDoc): OfferState[] {
  const n = doc.state.household.children.length;
  return [offerOf(doc.state), ...doc.offers.slice(0, MAX_OFFERS - 1)].map((o) => ({ ...o, care: alignCare(o.care, n) }));
}

/** The document of a household and its offers (1 to 4). */
export function docOf(state: FormState, offers: readonly OfferState[]): SimulationDoc {
  if (offers.length === 0) return { state: clone(state), offers: [] };
  const n = state.household.children.length;
  return {
    state: withOffer(state, offers[0]),
    offers: offers.slice(1, MAX_OFFERS).map((o) => ({ ...clone(o), care: alignCare(o.care, n) }))
  };
}

/**
 * The document with its month fixed: a link or a file opened later must give the same numbers, so "this month"
 * (`month: null`) becomes the month it was made in.
 */
export function pinMonth(doc: SimulationDoc, currentMonth: string): SimulationDoc {
  return { ...doc, state: { ...doc.state, month: doc.state.month ?? currentMonth } };
}
