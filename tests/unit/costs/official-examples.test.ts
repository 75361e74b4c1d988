/**
 * Every official worked example of the childcare and transport topics (reference README, expected values stated by
 * the source or computed from a cited formula; copied to tests/cases/reference) passes at module level, each
 * stated field within 1.00 € or the case's own tolerance.
 */
import { describe, expect, it } from 'vitest';
import cases from '../../cases/reference/cases-official-examples.json';
import expected from '../../cases/reference/expected-official-examples.json';
import { rules } from '$lib/engine/rules/load';
import { coutsDuMois } from '$lib/engine/costs';
import { entree, foyer, type RefCase } from './helpers';

const TOPICS = ['cmg_2025', 'cmg_avant_2025_09', 'creche_psu', 'transport'];
const R = rules();
const mine = (cases as RefCase[]).filter((c) => TOPICS.includes(c.topic ?? ''));

describe('official examples: childcare and transport (module level)', () => {
  it('covers every example of the four topics', () => {
    expect(mine.map((c) => c.id)).toEqual([
      'off_cmg_2025_01', 'off_cmg_2025_03', 'off_cmg_2025_05', 'off_cmg_2024_01', 'off_cmg_2024_03',
      'off_creche_01', 'off_creche_03', 'off_creche_05', 'off_creche_07',
      'off_tr_01', 'off_tr_04', 'off_km_01', 'off_km_03'
    ]);
  });
  for (const c of mine) {
    it(c.id, () => {
      const exp = (expected as Record<string, unknown>[]).find((e) => e.id === c.id)!;
      const r = coutsDuMois(R, foyer(c), entree(c));
      const got: Record<string, number | undefined> = {
        cmg: r.garde?.cmg.toNumber(),
        cout_garde: r.garde?.cout.toNumber(),
        cout_garde_net: r.garde?.net.toNumber(),
        tarif_horaire_creche: r.garde?.tarifHoraireCreche?.toNumber(),
        cout_transport: r.transport?.cout.toNumber(),
        cout_transport_net: r.transport?.net.toNumber()
      };
      const fields = Object.keys(exp).filter((k) => k !== 'id');
      expect(fields.length).toBeGreaterThan(0);
      for (const k of fields) {
        const tol = c.tolerance?.[k] ?? 1.0;
        expect(got[k], `${c.id}.${k}`).toBeTypeOf('number');
        expect(Math.abs(got[k]! - (exp[k] as number)), `${c.id}.${k}: got ${got[k]}, expected ${exp[k]}`).toBeLessThanOrEqual(tol + 1e-9);
      }
    });
  }
});
