/** Form states used by several simulation tests. */
import { defaultChild, defaultState, type FormState } from '$lib/simulation/state';
import { rules } from '$lib/engine/rules/load';

export const R = rules();

/**
 * A single parent of a 2-year-old (born March 2024) in Caen (INSEE 14118, housing-aid zone 2, Caen la mer), private
 * tenant (580 € rent, 40 € charges), on the RSA, offered 24 h a week at the SMIC from October 2026, childminder at
 * 4.85 € net an hour, 5 km and 20 minutes by bus one way. The month simulated is September 2026.
 */
export function parentCaen(): FormState {
  const s = defaultState();
  s.month = '2026-09';
  s.household.adults[0].age = 27;
  s.household.adults[0].situation = 'rsa';
  s.household.childSupport = 'no';
  const c = defaultChild(2024);
  c.birthMonth = 3;
  c.care = { mode: 'assistante-maternelle', hourlyNet: 4.85, allowances: null, monthlyPrice: null, hoursPerMonth: null };
  s.household.children = [c];
  s.home = { ...s.home, communeCode: '14118', communeName: 'Caen', zone: 2, caenLaMer: true, housing: 'tenant', hlm: 'no', rent: 580, charges: 40 };
  s.job.hoursPerWeek = 24;
  s.commute = { ...s.commute, mode: 'bus', distanceKm: 5, minutes: 20 };
  return s;
}

/**
 * A single adult of 35 with no income, private tenant in zone 2 paying 470 € (the household of the reference cases
 * pub_single_*_vide_z2), offered `hours` a week at `gross` € a month, walking to work: no costs of working.
 * Month simulated `month`, job from `start`.
 */
export function singleZ2(hours: number, gross: number, month: string, start: string): FormState {
  const s = defaultState();
  s.month = month;
  s.household.adults[0].age = 35;
  s.home = { ...s.home, zone: 2, housing: 'tenant', hlm: 'no', rent: 470, charges: 0 };
  s.job = { ...s.job, hoursPerWeek: hours, pay: { kind: 'monthly', basis: 'gross', amount: gross }, startMonth: start };
  s.commute = { ...s.commute, mode: 'walk' };
  return s;
}
