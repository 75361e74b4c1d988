/**
 * Random households drawn from the space the reference README describes for its unseen check cases:
 * 1–2 adults aged 25–60; 0–3 children aged 0–19; each adult with no pay, ARE of 500–1 600 €, or a salary from
 * 0.05 to 2.5 × the monthly SMIC (part-time hours below a full-time SMIC salary, so salaries above the
 * social-security ceiling occur); every housing status in every zone; rents 0.6–1.6 × a typical rent.
 * Cases are in the reference input format, drawn from a seeded generator (reproducible).
 */
export type Rng = () => number;

/** mulberry32: a small seeded PRNG, uniform on [0, 1). */
export function seeded(seed: number): Rng {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const int = (r: Rng, lo: number, hi: number) => lo + Math.floor(r() * (hi - lo + 1));
const pick = <T>(r: Rng, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)];
const cents = (x: number) => Math.round(x * 100) / 100;

export const STATUTS = ['locataire_vide', 'locataire_hlm', 'loge_gratuitement', 'proprietaire'] as const;

/** A typical monthly rent without charges (zone 2 reference cases: 470 € alone, +150 € a partner, +110 € a child). */
export function typicalRent(zone: 1 | 2 | 3, adults: number, children: number): number {
  const z2 = 470 + 150 * (adults - 1) + 110 * children;
  return zone === 1 ? z2 * 1.38 : zone === 3 ? z2 * 0.83 : z2;
}

export interface RandomCase {
  id: string;
  month: string;
  adults: { age: number; salaire_de_base: number; heures_hebdo?: number; chomage_brut?: number }[];
  children: number[];
  housing: { statut: (typeof STATUTS)[number]; loyer: number; zone: 1 | 2 | 3 };
}

/** One random case for `month`; `smicMensuel` is the full-time monthly gross SMIC of that month. */
export function randomCase(r: Rng, id: string, month: string, smicMensuel: number): RandomCase {
  const nAdults = int(r, 1, 2);
  const adults = Array.from({ length: nAdults }, () => {
    const age = int(r, 25, 60);
    const kind = int(r, 0, 2);
    if (kind === 0) return { age, salaire_de_base: 0 };
    if (kind === 1) return { age, salaire_de_base: 0, chomage_brut: cents(500 + r() * 1100) };
    const salaire = cents(smicMensuel * (0.05 + r() * 2.45));
    const heures = salaire < smicMensuel ? Math.max(1, Math.round((35 * salaire) / smicMensuel * 2) / 2) : 35;
    return { age, salaire_de_base: salaire, heures_hebdo: heures };
  });
  const children = Array.from({ length: int(r, 0, 3) }, () => int(r, 0, 19));
  const zone = pick(r, [1, 2, 3] as const);
  const statut = pick(r, STATUTS);
  const loyer = statut === 'locataire_vide' || statut === 'locataire_hlm' ? cents(typicalRent(zone, nAdults, children.length) * (0.6 + r())) : 0;
  return { id, month, adults, children, housing: { statut, loyer, zone } };
}

export function randomCases(seed: number, n: number, month: string, smicMensuel: number): RandomCase[] {
  const r = seeded(seed);
  return Array.from({ length: n }, (_, i) => randomCase(r, `rnd_${seed}_${i}`, month, smicMensuel));
}
