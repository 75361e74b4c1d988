/**
 * Checks across fields that the schema cannot make alone: an answer required by another one (the ARE amount once
 * "ARE" is chosen), a child born after the month simulated, months outside the rules. Each problem names the field
 * (`path` in FormState) and an `errors.<code>` key; every other answer stays as typed.
 */
import type { Rules } from '../engine/rules';
import { LAST_MONTH } from '../engine/input';
import { ageInYears, fromYearMonth, monthIndex, type MonthIndex } from '../engine/month';
import { LIMITES } from '../engine/costs/validate';
import { DEFAULTS, adultsOf, type FormState } from './state';
import type { FieldError } from './types';

/** `errors.*` keys emitted here (besides ./validate.ts). */
export const CHECK_ERROR_KEYS = [
  'errors.required',
  'errors.invalid-choice',
  'errors.month-out-of-range',
  'errors.month-before-today',
  'errors.child-not-born',
  'errors.child-too-old',
  'errors.creche-child-too-old',
  'errors.childcare-child-too-old'
] as const;

/** Children older than this are not dependants the engine counts (input.ts accepts ages up to 24). */
const CHILD_AGE_MAX = 24;

/** The month simulated and the job's first month (defaults: the caller's current month, the month after). */
export function monthsOf(state: FormState, currentMonth: MonthIndex): { month: MonthIndex; start: MonthIndex } {
  const month = state.month ? monthIndex(state.month) : currentMonth;
  const start = state.job.startMonth ? monthIndex(state.job.startMonth) : month + 1;
  return { month, start };
}

export function childBirth(c: FormState['household']['children'][number]): MonthIndex {
  return fromYearMonth(c.birthYear, c.birthMonth ?? DEFAULTS.birthMonth);
}

export function checkState(state: FormState, rules: Rules, currentMonth: MonthIndex): FieldError[] {
  const errors: FieldError[] = [];
  const req = (path: string, v: unknown) => v === null && errors.push({ path, code: 'errors.required' });
  const { month, start } = monthsOf(state, currentMonth);
  const last = monthIndex(LAST_MONTH);

  if (month < rules.firstMonth + 1 || month > last) errors.push({ path: 'month', code: 'errors.month-out-of-range' });
  // The timeline shows S−1..S+12 and needs the rules of each of those months.
  if (start - 1 < rules.firstMonth || start + 12 > last) errors.push({ path: 'job.startMonth', code: 'errors.month-out-of-range' });
  if (state.nextDeclarationMonth && Math.abs(monthIndex(state.nextDeclarationMonth) - month) > 24)
    errors.push({ path: 'nextDeclarationMonth', code: 'errors.month-out-of-range' });

  const h = state.household;
  if (state.job.who === 1 && !h.couple) errors.push({ path: 'job.who', code: 'errors.invalid-choice' });
  adultsOf(state).forEach((a, i) => {
    const p = `household.adults.${i}`;
    if (a.situation === 'are') {
      req(`${p}.are.${a.are.amountKind}`, a.are.amountKind === 'daily' ? a.are.daily : a.are.monthly);
      if (a.are.rightsKind === 'end-month') {
        req(`${p}.are.endMonth`, a.are.endMonth);
        if (a.are.endMonth && monthIndex(a.are.endMonth) < month) errors.push({ path: `${p}.are.endMonth`, code: 'errors.month-before-today' });
      }
      if (a.are.rightsKind === 'days-left') req(`${p}.are.daysLeft`, a.are.daysLeft);
    }
    if (a.situation === 'job') req(`${p}.job.monthly`, a.job.monthly);
  });

  if (state.home.housing === 'tenant') req('home.rent', state.home.rent);
  if (state.job.pay.kind !== 'smic') req('job.pay.amount', state.job.pay.amount);
  if (state.commute.mode === 'car') req('commute.distanceKm', state.commute.distanceKm);

  h.children.forEach((c, i) => {
    const p = `household.children.${i}`;
    const birth = childBirth(c);
    if (birth > month) errors.push({ path: `${p}.birthYear`, code: 'errors.child-not-born' });
    else if (ageInYears(birth, month) > CHILD_AGE_MAX) errors.push({ path: `${p}.birthYear`, code: 'errors.child-too-old' });
    // The child's age when the job starts (a child who outgrows the childcare later leaves it that month); the limits
    // are the costs module's (no childcare from 13, a crèche only before 6).
    const age = ageInYears(birth, start);
    const mode = c.care.mode;
    if ((mode === 'creche' || mode === 'assistante-maternelle' || mode === 'periscolaire') && age > LIMITES.ageMaxGarde)
      errors.push({ path: `${p}.care.mode`, code: 'errors.childcare-child-too-old' });
    else if (mode === 'creche' && age > LIMITES.ageMaxCreche) errors.push({ path: `${p}.care.mode`, code: 'errors.creche-child-too-old' });
    if (mode === 'assistante-maternelle') {
      req(`${p}.care.hourlyNet`, c.care.hourlyNet);
      // A childminder is paid: a wage of 0 is a typing slip, said next to the wage (the engine would refuse the childcare).
      if (c.care.hourlyNet !== null && c.care.hourlyNet <= 0) errors.push({ path: `${p}.care.hourlyNet`, code: 'errors.too-small', vars: { min: '0,01' } });
    }
    if (mode === 'periscolaire') req(`${p}.care.monthlyPrice`, c.care.monthlyPrice);
  });
  return errors;
}
