import { describe, expect, it } from 'vitest';
import { rules } from '$lib/engine/rules/load';
import { salaireNet, salaireBrutDepuisNet } from '$lib/engine/benefits/salaire';
import { d } from '$lib/engine/money';
import { monthIndex } from '$lib/engine/month';

const R = rules();
const net = (m: string, brut: number, h: number) => salaireNet(R, monthIndex(m), { brut: d(brut), heuresHebdo: d(h) });

describe('salaire net (rules-dossier §1.2, §16)', () => {
  it('full-time SMIC 2026-09: 1 867,02 € gross → 1 477,93 € net, 1 531,12 € taxable (dossier §1.2 table, [C])', () => {
    const r = net('2026-09', 1867.02, 35);
    expect(r.net.toFixed(2)).toBe('1477.93');
    expect(r.imposable.toFixed(2)).toBe('1531.12');
  });
  it('above the PSS, 4 431,91 € gross in 2026-09 → 3 507,16 € net, 3 633,43 € taxable (dossier §16.4 worked line by line)', () => {
    const r = net('2026-09', 4431.91, 35);
    expect(r.cotisations.toFixed(2)).toBe('502.38');
    expect(r.net.toFixed(2)).toBe('3507.16');
    expect(r.imposable.toFixed(2)).toBe('3633.43');
  });
  it('SMIC of January 2024, line rounding gives 1 398,68 € (dossier §16.4 rounding convention)', () => {
    expect(net('2024-07', 1766.92, 35).net.toFixed(2)).toBe('1398.68');
  });
  it('gross from net returns a gross whose net is the target', () => {
    const b = salaireBrutDepuisNet(R, monthIndex('2026-09'), d('1477.93'), d(35));
    expect(net('2026-09', b.toNumber(), 35).net.toFixed(2)).toBe('1477.93');
  });
  it('an hourly pay below the SMIC is computed and flagged', () => {
    const r = net('2026-09', 1000, 35);
    expect(r.sousSmic).toBe(true);
    expect(r.net.gt(0)).toBe(true);
  });
});
