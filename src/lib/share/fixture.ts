/**
 * A shared simulation for the benchmark (issue 8) and the tests: a single parent in Caen on the RSA, one child of
 * 2 in a crèche, social housing at 480 € + 60 € of charges, offered 24 h a week at the SMIC by bus from
 * December 2026, simulated in November 2026 — and a second offer (35 h) for the counsellor's page.
 * `tests/fixtures/share-link.txt` holds `shareFixtureFragment()` (tests/unit/share-fixture.test.ts keeps it current).
 */
import { defaultChild, defaultState } from '../simulation/state';
import { offerOf, type SimulationDoc } from './doc';
import { shareFragment } from './codec';

export function shareFixtureDoc(): SimulationDoc {
  const s = defaultState();
  s.month = '2026-11';
  s.household.adults[0] = { ...s.household.adults[0], age: 29, situation: 'rsa' };
  const child = defaultChild(2024);
  child.birthMonth = 3;
  child.care.mode = 'creche';
  s.household.children.push(child);
  s.household.childSupport = 'no';
  s.home = { ...s.home, communeCode: '14118', communeName: 'Caen (14000)', zone: 2, caenLaMer: true, housing: 'tenant', hlm: 'yes', rent: 480, charges: 60 };
  s.job = { ...s.job, hoursPerWeek: 24, startMonth: '2026-12' };
  s.commute = { ...s.commute, mode: 'bus', distanceKm: 6, minutes: 25 };
  const fullTime = offerOf(s);
  fullTime.job.hoursPerWeek = 35;
  return { state: s, offers: [fullTime] };
}

/** `#s=…` of the fixture, for a given rules release. */
export function shareFixtureFragment(rules: string): string {
  return shareFragment(shareFixtureDoc(), rules);
}
