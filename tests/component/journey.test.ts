/**
 * The journey's state (src/routes/[[lang=lang]]/simulation/journey.svelte.ts): screens of the household, going back
 * and forth with the answers kept, errors landing on the screen of their field, and a number field that keeps what
 * was typed when it cannot read it.
 */
import { render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { Journey, fieldId, stepOf } from '../../src/routes/[[lang=lang]]/simulation/journey.svelte';
import fr from '$lib/i18n/locales/fr.json';
import FieldHarness from './FieldHarness.svelte';

describe('Journey', () => {
  it('has 7 screens, 8 with children (childcare), and keeps every answer going back and forth', () => {
    const j = new Journey();
    expect(j.steps).toEqual(['household', 'screening', 'home', 'income', 'job', 'pay', 'commute']);
    j.set('household.adults.0.age', 41);
    j.addChild(2026);
    expect(j.steps).toHaveLength(8);
    expect(j.steps.at(-1)).toBe('childcare');
    j.next();
    j.next();
    j.set('home.rent', 512.3);
    j.back();
    j.back();
    expect(j.step).toBe('household');
    expect(j.get('household.adults.0.age')).toBe(41);
    expect(j.get('home.rent')).toBe(512.3);
  });

  it('a screening answer leads to the "not calculated" screen; back returns to the questions', () => {
    const j = new Journey();
    j.next();
    j.set('screening.aah', true);
    j.next();
    expect(j.phase).toBe('out-of-scope');
    j.back();
    expect(j.phase).toBe('questions');
    expect(j.step).toBe('screening');
  });

  it('after the last screen come the results; reset forgets everything', () => {
    const j = new Journey();
    for (let i = 0; i < 7; i++) j.next();
    expect(j.phase).toBe('results');
    j.set('home.rent', 400);
    j.reset();
    expect(j.phase).toBe('questions');
    expect(j.step).toBe('household');
    expect(j.get('home.rent')).toBeNull();
  });

  it('places each answer on its screen, so an error from the model opens the right one', () => {
    expect(stepOf('household.adults.1.age')).toBe('household');
    expect(stepOf('household.adults.0.are.daily')).toBe('income');
    expect(stepOf('household.children.2.birthYear')).toBe('household');
    expect(stepOf('household.children.2.care.hourlyNet')).toBe('childcare');
    expect(stepOf('home.rent')).toBe('home');
    expect(stepOf('job.pay.amount')).toBe('pay');
    expect(stepOf('job.startMonth')).toBe('pay');
    expect(stepOf('job.hoursPerWeek')).toBe('job');
    expect(stepOf('commute.distanceKm')).toBe('commute');
    expect(stepOf('stated.rsa')).toBe('income');
    expect(fieldId('job.pay.amount')).toBe('f-job-pay-amount');
  });

  it('a new child has a year to type: "Continuer" asks for it; a model error shows on its screen only', () => {
    const j = new Journey();
    j.addChild(2026);
    expect(j.missing()).toEqual([{ path: 'household.children.0.birthYear', code: 'errors.required' }]);
    expect(j.showErrors([{ path: 'home.rent', code: 'errors.required' }])).toBe(true); // not this screen's
    expect(j.showErrors(j.missing())).toBe(false);
    j.set('household.children.0.birthYear', 2020);
    expect(j.missing()).toEqual([]);
    expect(j.stepErrors).toEqual([]);
  });
});

describe('NumberField', () => {
  it('reads "12,50", keeps "12,5x" as typed with an inline message, and the answer keeps its last valid value', async () => {
    const user = userEvent.setup();
    const j = new Journey();
    render(FieldHarness, { journey: j, path: 'home.rent', label: 'Loyer' });
    const input = screen.getByLabelText('Loyer');
    expect(input).toHaveAttribute('inputmode', 'decimal');
    await user.type(input, '12,50');
    expect(j.state.home.rent).toBe(12.5);
    expect(input).toHaveValue('12,50');
    await user.type(input, 'x');
    expect(input).toHaveValue('12,50x');
    expect(input).toHaveAttribute('aria-invalid', 'true');
    expect(input).toHaveAccessibleDescription(expect.stringContaining(fr.errors['number-expected']));
    expect(j.state.home.rent).toBe(12.5);
    await user.type(input, '{Backspace}');
    expect(input).not.toHaveAttribute('aria-invalid');
  });

  it('shows a range error when the field is left, from the model schema', async () => {
    const user = userEvent.setup();
    const j = new Journey();
    render(FieldHarness, { journey: j, path: 'household.adults.0.age', label: 'Âge', integer: true });
    const input = screen.getByLabelText('Âge');
    expect(input).toHaveAttribute('inputmode', 'numeric');
    await user.type(input, '160');
    await user.tab();
    expect(input).toHaveAttribute('aria-invalid', 'true');
    expect(input).toHaveAccessibleDescription(expect.stringContaining('99'));
  });

  it('"je ne sais pas" empties the answer (the model then uses its stated default)', async () => {
    const user = userEvent.setup();
    const j = new Journey();
    render(FieldHarness, { journey: j, path: 'home.charges', label: 'Charges', unknown: true });
    await user.type(screen.getByLabelText('Charges'), '40');
    expect(j.state.home.charges).toBe(40);
    await user.click(screen.getByRole('checkbox', { name: fr.sim.form.dontKnow }));
    expect(j.state.home.charges).toBeNull();
    expect(screen.getByLabelText('Charges')).toBeDisabled();
  });
});
