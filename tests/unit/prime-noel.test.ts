import { describe, expect, it } from 'vitest';
import { rules } from '$lib/engine/rules/load';
import { primeNoel, type PrimeNoelInput } from '$lib/engine/benefits/prime-noel';
import { d, ZERO } from '$lib/engine/money';
import { monthIndex } from '$lib/engine/month';

const R = rules();
const base: PrimeNoelInput = { year: 2025, rsaNovembre: ZERO, rsaDecembre: ZERO, assNovembre: false, assDecembre: false, couple: false, enfants: 0 };
const p = (x: Partial<PrimeNoelInput>) => primeNoel(R, { ...base, ...x });

describe('prime de Noël (decrees of Dec. 2024 and Dec. 2025; amounts as published, e.g. moneyvox 2024, ASH 2016)', () => {
  it('single person on RSA in November 2025: 152.45 €, paid in December', () => {
    const r = p({ rsaNovembre: d(573.49) });
    expect(r.amount.toFixed(2)).toBe('152.45');
    expect(r.moisVersement).toBe(monthIndex('2025-12'));
  });
  it('household scale: couple + 2 children 320.14 €; single parent + 1 child 228.68 €; single parent + 5 children 457.35 €', () => {
    expect(p({ rsaNovembre: d(100), couple: true, enfants: 2 }).amount.toFixed(2)).toBe('320.14');
    expect(p({ rsaNovembre: d(100), enfants: 1 }).amount.toFixed(2)).toBe('228.68');
    // 335.39 + 2 × 60.98 (ASH 2016: 457.35 € for a single person with five children)
    expect(p({ rsaNovembre: d(100), enfants: 5 }).amount.toFixed(2)).toBe('457.35');
  });
  it('RSA due only for December: paid in January', () => {
    expect(p({ rsaDecembre: d(50) }).moisVersement).toBe(monthIndex('2026-01'));
  });
  it('ASS recipient (no RSA): flat 152.45 € whatever the household', () => {
    const r = p({ assNovembre: true, couple: true, enfants: 3 });
    expect(r.amount.toFixed(2)).toBe('152.45');
  });
  it('one aid per household: RSA and ASS → the RSA scale only', () => {
    expect(p({ rsaNovembre: d(80), assNovembre: true, couple: true, enfants: 1 }).amount.toFixed(2)).toBe('274.41');
  });
  it('no RSA or ASS in November or December (e.g. back to work with prime d’activité only): nothing', () => {
    const r = p({});
    expect(r.amount.isZero()).toBe(true);
    expect(r.moisVersement).toBeNull();
  });
  it('the 2026 decree is not known yet: November 2026 values are flagged stale', () => {
    expect(R.get('prime-noel.montants_rsa', monthIndex('2026-11')).stale).toBe(true);
    expect(R.get('prime-noel.montants_rsa', monthIndex('2025-11')).stale).toBe(false);
  });
});
