/**
 * Family benefits and income tax on random households (the space of the reference README's unseen cases, every
 * month from 2024-04 to 2027-12, stale months included): always a finite amount, never negative, net of CRDS ≤ gross,
 * the part RSA/PA count ≤ the amount, and AF always due to a family with 2+ children under 20 (the modulation only
 * lowers it to a quarter, D521-1).
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { allocationsFamiliales } from '$lib/engine/benefits/allocations-familiales';
import { complementFamilial } from '$lib/engine/benefits/complement-familial';
import { asf } from '$lib/engine/benefits/asf';
import { pajeBase } from '$lib/engine/benefits/paje';
import { arsAnnuelle } from '$lib/engine/benefits/ars';
import { prelevementALaSource, impotAnnuel } from '$lib/engine/benefits/impot-revenu';
import { monthString } from '$lib/engine/month';
import { menage } from './resources-annual-fixture';

const adult = fc.oneof(
  fc.constant({}),
  fc.record({ chomage: fc.integer({ min: 500, max: 1600 }) }),
  fc.record({ brut: fc.integer({ min: 100, max: 4700 }), heures: fc.integer({ min: 4, max: 35 }) })
);

describe('family benefits and income tax on random households', () => {
  it('are finite, non-negative and consistent', () => {
    fc.assert(
      fc.property(
        fc.array(adult, { minLength: 1, maxLength: 2 }),
        fc.array(fc.integer({ min: 0, max: 20 }), { maxLength: 4 }),
        fc.integer({ min: 2024 * 12 + 3, max: 2027 * 12 + 11 }),
        (adults, children, m) => {
          const ctx = menage({ month: monthString(m), adults, children, trace: false });
          const af = allocationsFamiliales(ctx);
          if (children.filter((a) => a < 20).length >= 2) expect(af.amount.gt(0)).toBe(true);
          for (const r of [af, complementFamilial(ctx), asf(ctx), pajeBase(ctx), arsAnnuelle(ctx)]) {
            expect(r.amount.isFinite() && !r.amount.isNeg()).toBe(true);
            expect(r.netCrds.lte(r.amount)).toBe(true);
            expect(r.ressourceRsaPa.lte(r.amount) && !r.ressourceRsaPa.isNeg()).toBe(true);
          }
          const pas = prelevementALaSource(ctx);
          const neutre = prelevementALaSource(ctx, 'neutre');
          const impot = impotAnnuel(ctx, 2025);
          for (const x of [pas.amount, neutre.amount, impot.amount]) expect(x.isFinite() && !x.isNeg()).toBe(true);
        }
      ),
      { numRuns: 300, seed: 20261125 }
    );
  });
});
