/**
 * formatEuros: amounts written the French way in every language. Expected strings are written by hand from the
 * French convention (narrow no-break space U+202F between thousands, comma, no-break space U+00A0 before €) and
 * cross-checked against Intl.NumberFormat('fr-FR') where a float has no rounding ambiguity.
 * Rounding: "au centime le plus proche", half away from zero (money.ts arrondiCentime), on the decimal value.
 */
import { describe, expect, it } from 'vitest';
import { d } from '../../src/lib/engine/money';
import { formatEuros, isolateLtr } from '../../src/lib/ui/format';

const N = '\u202f'; // groups
const S = '\u00a0'; // before €

describe('formatEuros', () => {
  it('writes thousands, cents and the euro sign the French way', () => {
    expect(formatEuros(1234.5)).toBe(`1${N}234,50${S}€`);
    expect(formatEuros(0)).toBe(`0,00${S}€`);
    expect(formatEuros(7)).toBe(`7,00${S}€`);
    expect(formatEuros(999)).toBe(`999,00${S}€`);
    expect(formatEuros(1000)).toBe(`1${N}000,00${S}€`);
    expect(formatEuros(d('1234567.891'))).toBe(`1${N}234${N}567,89${S}€`);
  });

  it('writes negative amounts with a leading minus, and never "-0,00 €"', () => {
    expect(formatEuros(-1234.5)).toBe(`-1${N}234,50${S}€`);
    expect(formatEuros(d('-0.50'))).toBe(`-0,50${S}€`);
    expect(formatEuros(-0)).toBe(`0,00${S}€`);
    expect(formatEuros(-0.004)).toBe(`0,00${S}€`); // rounds to zero: no sign
  });

  it('rounds to the nearest cent, half away from zero, on the decimal value (not the binary float)', () => {
    expect(formatEuros(1.005)).toBe(`1,01${S}€`); // 1.005 is 1.00499999… as a float; (1.005).toFixed(2) is "1.00"
    expect(formatEuros(2.675)).toBe(`2,68${S}€`);
    expect(formatEuros(-1.005)).toBe(`-1,01${S}€`);
    expect(formatEuros(1.004)).toBe(`1,00${S}€`);
    expect(formatEuros(999.995)).toBe(`1${N}000,00${S}€`);
    expect(formatEuros(d('0.125'))).toBe(`0,13${S}€`);
  });

  it('rounds to the euro when asked (cents: false)', () => {
    expect(formatEuros(1234.5, { cents: false })).toBe(`1${N}235${S}€`);
    expect(formatEuros(1234.49, { cents: false })).toBe(`1${N}234${S}€`);
    expect(formatEuros(-2.5, { cents: false })).toBe(`-3${S}€`);
  });

  it('shows the sign of a gain when asked (signed: true)', () => {
    expect(formatEuros(12, { signed: true })).toBe(`+12,00${S}€`);
    expect(formatEuros(-12, { signed: true })).toBe(`-12,00${S}€`);
    expect(formatEuros(0, { signed: true })).toBe(`0,00${S}€`);
  });

  it('matches Intl.NumberFormat fr-FR where the float is unambiguous', () => {
    const intl = new Intl.NumberFormat('fr-FR', { style: 'currency', currency: 'EUR' });
    for (const v of [0.1, 12.34, 1234.5, -98765.25, 1_000_000, 20_000.75]) expect(formatEuros(v)).toBe(intl.format(v));
  });

  it('uses Latin digits only, whatever the language', () => {
    expect(formatEuros(d('-45678.9'))).toMatch(/^-?[0-9\u202f]+,[0-9]{2}\u00a0€$/);
  });

  it('refuses NaN and infinities instead of printing them', () => {
    expect(() => formatEuros(Number.NaN)).toThrow(RangeError);
    expect(() => formatEuros(Number.POSITIVE_INFINITY)).toThrow(RangeError);
  });

  it('isolateLtr wraps text in left-to-right isolation marks', () => {
    expect(isolateLtr('1 234,50 €')).toBe('\u20661 234,50 €\u2069');
  });
});
