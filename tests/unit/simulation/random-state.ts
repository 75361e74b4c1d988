/** Random but plausible form states (seeded), for robustness tests and for collecting the keys explain emits. */
import { defaultChild, defaultState, type FormState } from '$lib/simulation/state';

/** mulberry32: a small seeded generator, so a failing state can be replayed from its seed. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function randomState(seed: number, month: string): FormState {
  const r = rng(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)];
  const year = Number(month.slice(0, 4));
  const s = defaultState();
  s.month = month;
  s.household.couple = r() < 0.35;
  for (const a of s.household.adults) {
    a.age = 20 + Math.floor(r() * 40);
    a.situation = pick(['nothing', 'rsa', 'are', 'ass', 'job'] as const);
    a.are = { amountKind: pick(['daily', 'monthly'] as const), daily: 20 + Math.floor(r() * 40), monthly: 600 + Math.floor(r() * 900), rightsKind: pick(['end-month', 'days-left', 'unknown'] as const), endMonth: `${year + 1}-0${1 + Math.floor(r() * 9)}`, daysLeft: Math.floor(r() * 600), assAfter: pick(['yes', 'no', 'unknown'] as const) };
    a.job = { basis: pick(['gross', 'net'] as const), monthly: 500 + Math.floor(r() * 1800), hoursPerWeek: pick([null, 20, 35]) };
  }
  const kids = Math.floor(r() * 4);
  for (let i = 0; i < kids; i++) {
    const c = defaultChild(year - Math.floor(r() * 15));
    c.birthMonth = pick([null, 1, 5, 9, 12]);
    const age = year - c.birthYear;
    c.care.mode = age < 3 ? pick(['none', 'creche', 'assistante-maternelle', 'family'] as const) : age < 11 ? pick(['none', 'periscolaire', 'family'] as const) : 'none';
    c.care.hourlyNet = 3.5 + r() * 2;
    c.care.monthlyPrice = Math.floor(r() * 120);
    s.household.children.push(c);
  }
  s.household.childSupport = pick(['no', 'unknown'] as const);
  s.household.recentSeparation = r() < 0.2;
  s.home = { ...s.home, zone: pick([1, 2, 3, null] as const), housing: pick(['tenant', 'tenant', 'tenant', 'hosted', 'owner'] as const), hlm: pick(['yes', 'no', 'unknown'] as const), rent: 250 + Math.floor(r() * 700), charges: pick([null, 0, 60]), caenLaMer: r() < 0.3, alsaceMoselle: r() < 0.1 };
  s.job.who = s.household.couple && r() < 0.5 ? 1 : 0;
  s.job.contract = pick(['cdi', 'cdd', 'interim'] as const);
  s.job.contractMonths = pick([null, 3, 6, 12]);
  s.job.hoursPerWeek = pick([10, 15, 17.5, 20, 24, 28, 30, 35, 39]);
  s.job.pay = pick([
    { kind: 'smic', basis: 'gross', amount: null },
    { kind: 'hourly', basis: 'gross', amount: 12.5 + r() * 6 },
    { kind: 'hourly', basis: 'net', amount: 10 + r() * 5 },
    { kind: 'monthly', basis: 'net', amount: 600 + Math.floor(r() * 1500) }
  ] as const);
  s.job.startMonth = null;
  s.commute = { mode: pick(['bus', 'car', 'bike', 'walk'] as const), distanceKm: Math.floor(r() * 40), minutes: Math.floor(r() * 60), carCv: pick([null, 3, 5, 7]), electric: r() < 0.1, passPrice: pick([null, 30, 55]) };
  s.notClaimed['prime-activite'] = r() < 0.2;
  s.notClaimed.ars = r() < 0.1;
  return s;
}
