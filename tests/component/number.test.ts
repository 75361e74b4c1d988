/** Numbers typed the French way in the question screens (src/lib/ui/number.ts). */
import { describe, expect, it } from 'vitest';
import { formatNumberFr, parseNumberFr } from '$lib/ui/number';

describe('parseNumberFr', () => {
  it('reads a decimal comma, a point, spaces (also no-break ones), a trailing € or h', () => {
    expect(parseNumberFr('12,50')).toEqual({ ok: true, value: 12.5 });
    expect(parseNumberFr('12.5')).toEqual({ ok: true, value: 12.5 });
    expect(parseNumberFr('1 234,5')).toEqual({ ok: true, value: 1234.5 });
    expect(parseNumberFr('1\u202f234\u00a0€')).toEqual({ ok: true, value: 1234 });
    expect(parseNumberFr(' 24 h ')).toEqual({ ok: true, value: 24 });
    expect(parseNumberFr(',5')).toEqual({ ok: true, value: 0.5 });
  });

  it('an empty field is "no answer" (null), not 0', () => {
    expect(parseNumberFr('')).toEqual({ ok: true, value: null });
    expect(parseNumberFr('   ')).toEqual({ ok: true, value: null });
  });

  it('refuses what is not a number, a negative, two decimal marks, an exponent', () => {
    for (const bad of ['abc', '12,5,0', '-3', '1e5', '20l9', '12,345678', '€', '1 2 3 4 5 6 7 8 9 0']) {
      expect(parseNumberFr(bad), bad).toEqual({ ok: false, code: 'errors.number-expected' });
    }
  });

  it('an integer field refuses a decimal with its own message', () => {
    expect(parseNumberFr('2,5', true)).toEqual({ ok: false, code: 'errors.integer-expected' });
    expect(parseNumberFr('2019', true)).toEqual({ ok: true, value: 2019 });
  });

  it('writes a number back with a comma, so it reads again', () => {
    expect(formatNumberFr(12.5)).toBe('12,5');
    expect(formatNumberFr(null)).toBe('');
    expect(parseNumberFr(formatNumberFr(1234.75))).toEqual({ ok: true, value: 1234.75 });
  });
});
