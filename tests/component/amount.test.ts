import { render } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import { d } from '$lib/engine/money';
import Amount from '$lib/ui/Amount.svelte';

describe('Amount', () => {
  it('writes a Decimal the French way and keeps it left to right inside right-to-left text', () => {
    document.documentElement.dir = 'rtl';
    const { container } = render(Amount, { value: d('-1234.567') });
    const el = container.querySelector('bdi');
    expect(el?.textContent).toBe('-1\u202f234,57\u00a0€'); // exact characters: no whitespace normalising
    expect(el).toHaveAttribute('dir', 'ltr');
    document.documentElement.dir = 'ltr';
  });

  it('passes the options through', () => {
    const { container } = render(Amount, { value: 1234.5, cents: false, signed: true });
    expect(container.querySelector('bdi')?.textContent).toBe('+1\u202f235\u00a0€');
  });
});
