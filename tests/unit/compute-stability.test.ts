/**
 * A stable household must get the same amounts month after month while no parameter changes.
 * Found by the property tests (FC_SEED=1 FC_RUNS=3000): when the housing-aid neutralisation of CCH R822-17 was
 * triggered only by an RSA *paid* (≥ 6 €, CASF R262-39), this household flipped every month — neutralised housing
 * aid → larger forfait logement → RSA under 6 € → not neutralised → smaller forfait → RSA paid → … The engine now
 * treats a household whose RSA right is open (amount before the 6 € threshold above 0) as an RSA recipient.
 */
import { describe, expect, it } from 'vitest';
import { steady } from '../support/engine';

const household = (month: string) => ({
  month,
  adults: [
    { age: 30, salaire_de_base: 944.16, heures_hebdo: 18.5 },
    { age: 30, salaire_de_base: 380.19, heures_hebdo: 7.5 }
  ],
  children: [1, 1, 1, 1],
  housing: { statut: 'locataire_hlm', loyer: 1696, zone: 2 }
});

describe('a stable household gets stable amounts', () => {
  it('RSA, prime d\'activité and housing aid do not alternate from month to month (2025-10 … 2025-12, same parameters)', () => {
    // 2025-10..2025-12: no parameter of RSA, prime d'activité, housing aid, SMIC or family benefits changes
    // (housing aid revalued 2025-10-01, SMIC 2026-01-01, RSA/PA/BMAF 2026-04-01).
    const months = ['2025-10', '2025-11', '2025-12'].map((m) => steady(household(m)));
    const sig = months.map((r) => [r.rsaAvantSeuil.toFixed(2), r.benefits['prime-activite']?.amount.toFixed(2), r.benefits['aides-logement']?.amount.toFixed(2)].join('/'));
    expect(new Set(sig).size, sig.join(' · ')).toBe(1);
  });
});
