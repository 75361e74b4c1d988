/**
 * The counsellor's desk (src/routes/[[lang=lang]]/conseiller/desk.svelte.ts): one household and 1–4 offers whose
 * childcare stays aligned with the children; answers by path; errors of an offer's form state land on that offer's
 * fields; the document shared or saved holds exactly the desk. And its number field: French decimals, cents kept,
 * what cannot be read kept as typed with an inline message tied to the field.
 */
import { render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { Desk, controlId, deskPath } from '../../src/routes/[[lang=lang]]/conseiller/desk.svelte';
import { paramValue } from '../../src/routes/[[lang=lang]]/conseiller/units';
import { MAX_OFFERS } from '$lib/share/doc';
import { shareFixtureDoc } from '$lib/share/fixture';
import fr from '$lib/i18n/locales/fr.json';
import Harness from './conseiller-harness.svelte';

describe('Desk', () => {
  it('adds offers as copies of the last one, up to 4, and removes them', () => {
    const d = new Desk();
    expect(d.offers).toHaveLength(1);
    d.set('offers.0.job.hoursPerWeek', 30);
    d.addOffer();
    expect(d.get('offers.1.job.hoursPerWeek')).toBe(30);
    d.set('offers.1.job.hoursPerWeek', 20);
    expect(d.get('offers.0.job.hoursPerWeek')).toBe(30); // a copy, not the same object
    d.addOffer();
    d.addOffer();
    d.addOffer();
    expect(d.offers).toHaveLength(MAX_OFFERS);
    d.removeOffer(0);
    expect(d.offers).toHaveLength(3);
    expect(d.get('offers.0.job.hoursPerWeek')).toBe(20);
    d.removeOffer(0);
    d.removeOffer(0);
    d.removeOffer(0);
    expect(d.offers).toHaveLength(1); // never none
  });

  it('keeps each offer\'s childcare aligned with the children', () => {
    const d = new Desk();
    d.addOffer();
    d.addChild(2022);
    d.addChild(2019);
    expect(d.offers.map((o) => o.care.length)).toEqual([2, 2]);
    d.set('offers.1.care.1.mode', 'periscolaire');
    d.removeChild(0);
    expect(d.offers.map((o) => o.care.map((c) => c.mode))).toEqual([['none'], ['periscolaire']]);
    expect(d.stateFor(1).household.children[0]).toMatchObject({ birthYear: 2019, care: { mode: 'periscolaire' } });
    expect(d.stateFor(0).household.children[0].care.mode).toBe('none');
  });

  it('the form state of each offer: the household with that offer\'s job and commute', () => {
    const d = new Desk();
    d.set('home.rent', 500);
    d.addOffer();
    d.set('offers.1.job.contract', 'cdd');
    d.set('offers.1.commute.mode', 'car');
    expect(d.stateFor(0)).toMatchObject({ home: { rent: 500 }, job: { contract: 'cdi' }, commute: { mode: 'bus' } });
    expect(d.stateFor(1)).toMatchObject({ home: { rent: 500 }, job: { contract: 'cdd' }, commute: { mode: 'car' } });
  });

  it('loads a shared document and gives the same document back', () => {
    const d = new Desk();
    const doc = shareFixtureDoc();
    d.load(doc);
    expect(d.offers).toHaveLength(2);
    expect(d.doc()).toEqual(doc);
    expect(d.touched).toBe(false);
    d.reset();
    expect(d.offers).toHaveLength(1);
    expect(d.state.home.rent).toBeNull();
  });

  it('an offer\'s errors land on that offer\'s fields, the household\'s on the household\'s', () => {
    expect(deskPath('job.hoursPerWeek', 2)).toBe('offers.2.job.hoursPerWeek');
    expect(deskPath('commute.distanceKm', 1)).toBe('offers.1.commute.distanceKm');
    expect(deskPath('household.children.3.care.hourlyNet', 1)).toBe('offers.1.care.3.hourlyNet');
    expect(deskPath('household.children.3.birthYear', 1)).toBe('household.children.3.birthYear');
    expect(deskPath('home.rent', 3)).toBe('home.rent');
    expect(controlId('offers.1.care.3.hourlyNet')).toBe('c-offers-1-care-3-hourlyNet');
  });

  it('a missing answer is listed but not flagged on its field until something is typed', () => {
    const d = new Desk();
    d.checked = { 'home.rent': { path: 'home.rent', code: 'errors.required' }, 'job.x': { path: 'job.x', code: 'errors.too-big' } };
    expect(d.errorAt('home.rent')).toBeUndefined();
    expect(d.errorAt('job.x')?.code).toBe('errors.too-big');
    d.set('home.charges', 10);
    expect(d.errorAt('home.rent')?.code).toBe('errors.required');
  });
});

describe('Num field', () => {
  it('reads French decimals, keeps cents, keeps what cannot be read with a message tied to the field', async () => {
    const d = new Desk();
    d.addOffer();
    render(Harness, { desk: d });
    const user = userEvent.setup();
    const rent = screen.getByLabelText(/Loyer/);
    await user.type(rent, '512,5');
    expect(d.state.home.rent).toBe(512.5);
    expect(rent).toHaveValue('512,5'); // as typed
    const hours = screen.getByLabelText('Heures');
    await user.tripleClick(hours); // select "24", then type over it
    await user.keyboard('vingt');
    expect(hours).toHaveAttribute('aria-invalid', 'true');
    expect(hours).toHaveValue('vingt');
    expect(d.offers[1].job.hoursPerWeek).toBe(24); // the last valid answer stays
    const note = document.getElementById(hours.getAttribute('aria-describedby')!);
    expect(note?.textContent).toContain(fr.errors['number-expected']);
    // Loaded answers are written back with their cents.
    const doc = shareFixtureDoc();
    doc.state.home.rent = 480.5;
    d.load(doc);
    await Promise.resolve();
    expect(await screen.findByDisplayValue('480,50')).toBe(screen.getByLabelText(/Loyer/));
  });
});

describe('parameter values with their unit', () => {
  it('euros the French way, rates as percentages, tables named', () => {
    expect(paramValue(651.69, 'EUR/mois')).toBe('\u2066651,69\u00a0€\u2069 par mois');
    expect(paramValue(0.136, 'taux du PSS annuel')).toBe('\u206613,6\u2069 % du plafond annuel de la Sécurité sociale');
    expect(paramValue(0.5985, 'taux')).toMatch(/59,85/);
    expect(paramValue(25, 'ans')).toBe('\u206625\u2069 ans');
    expect(paramValue(null, 'EUR/mois')).toBe(fr.conseiller.trace.table);
  });
});
