/**
 * Months. Inside the engine a month is an integer index (year × 12 + month − 1): fast to compare and add.
 * At the boundaries it is written 'YYYY-MM'.
 */
export type MonthIndex = number;
export type MonthString = string; // 'YYYY-MM'

const RE = /^(\d{4})-(0[1-9]|1[0-2])$/;

export function isMonthString(s: unknown): s is MonthString {
  return typeof s === 'string' && RE.test(s);
}
/** 'YYYY-MM' → index; throws on a malformed string (callers validate with zod first). */
export function monthIndex(s: MonthString): MonthIndex {
  const m = RE.exec(s);
  if (!m) throw new RangeError(`bad month: ${s}`);
  return Number(m[1]) * 12 + Number(m[2]) - 1;
}
export function monthString(i: MonthIndex): MonthString {
  const y = Math.floor(i / 12);
  const m = i - y * 12 + 1;
  return `${y}-${m < 10 ? '0' : ''}${m}`;
}
export function yearOf(i: MonthIndex): number {
  return Math.floor(i / 12);
}
/** Calendar month number 1..12. */
export function monthOfYear(i: MonthIndex): number {
  return i - yearOf(i) * 12 + 1;
}
export function fromYearMonth(year: number, month1to12: number): MonthIndex {
  return year * 12 + month1to12 - 1;
}
/** Date 'YYYY-MM-DD' (the law's date of effect) → the month it starts applying. Dates must be the 1st. */
export function monthOfDate(date: string): MonthIndex {
  return monthIndex(date.slice(0, 7));
}
/** Whole years of age in month `at` for someone born in month `birth` (birthday counted from its month). */
export function ageInYears(birth: MonthIndex, at: MonthIndex): number {
  return Math.floor((at - birth) / 12);
}
/** Age in whole months. */
export function ageInMonths(birth: MonthIndex, at: MonthIndex): number {
  return at - birth;
}
/** Number of days in a calendar month. */
export function daysInMonth(i: MonthIndex): number {
  const y = yearOf(i);
  const m = monthOfYear(i);
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}
