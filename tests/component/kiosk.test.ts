/**
 * Kiosk mode in the journey's components ($lib/kiosk/context): nothing leads out of the app — the official help
 * page, local help web addresses and phone numbers, and legal sources are text — while the same components on the
 * resident's own device keep their links. And the countdown dialog: an alert dialog, focus on "Continuer", the
 * time left spoken at 10 and 5 seconds only, Escape as "Continuer".
 */
import { fireEvent, render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import fr from '$lib/i18n/locales/fr.json';
import { NATIONAL, WHERE_TO_FIND } from '$lib/local-help';
import IdleDialog from '../../src/routes/[[lang=lang]]/borne/IdleDialog.svelte';
import KioskHarness from './KioskHarness.svelte';

const rent = WHERE_TO_FIND.find((w) => w.asks === 'loyer')!;
const franceTravail = NATIONAL.entries.find((e) => e.id === 'france-travail')!;

describe('kiosk mode in the journey', () => {
  it('on the resident’s device: links to the help page, the websites, the phone and the legal source', () => {
    const { container } = render(KioskHarness, { kiosk: false });
    const hrefs = [...container.querySelectorAll('a')].map((a) => a.getAttribute('href'));
    expect(hrefs).toContain(rent.help!.value);
    expect(hrefs).toContain(franceTravail.contact.web!.value);
    expect(hrefs).toContain(`tel:${franceTravail.contact.phone!.value.replace(/\s/g, '')}`);
    expect(hrefs.some((h) => h?.startsWith('https://www.legifrance.gouv.fr/'))).toBe(true);
  });

  it('in the kiosk: no link, no new window; the same facts as text', () => {
    const { container } = render(KioskHarness, { kiosk: true });
    expect(container.querySelectorAll('a, [target]')).toHaveLength(0);
    const text = container.textContent?.replace(/[\u2066-\u2069]/g, '') ?? '';
    expect(text).toContain(fr.borne.where.official.replace('{{address}}', 'www.adil56.org/modele-quittance-loyer-c122.html'));
    expect(text).toContain(fr.borne.help.website.replace('{{address}}', 'www.francetravail.fr'));
    expect(text).toContain(franceTravail.contact.phone!.value);
    expect(text).toContain('Code de l’action sociale et des familles, art. L262-2');
  });
});

describe('IdleDialog', () => {
  const left = (n: number) => fr.borne.idle.left.replace('{{seconds}}', String(n));

  it('is an alert dialog named by its question, described by what happens and the time left; focus on "Continuer"', () => {
    render(IdleDialog, { secondsLeft: 15, oncontinue: () => {} });
    const dialog = screen.getByRole('alertdialog', { name: fr.borne.idle.title });
    expect(dialog).toHaveAccessibleDescription(`${fr.borne.idle.text} ${left(15)}`);
    expect(screen.getByRole('button', { name: fr.borne.idle.continue })).toHaveFocus();
  });

  it('says the time left every second on screen, but to screen readers only at 10 and 5 seconds', async () => {
    const { rerender, container } = render(IdleDialog, { secondsLeft: 15, oncontinue: () => {} });
    const live = container.querySelector('[aria-live]')!;
    const spoken: string[] = [];
    for (let s = 15; s >= 1; s--) {
      await rerender({ secondsLeft: s, oncontinue: () => {} });
      expect(container.querySelector('#idle-left')).toHaveTextContent(left(s));
      if (live.textContent) spoken.push(live.textContent);
    }
    expect(spoken).toEqual([left(10), left(5)]);
  });

  it('"Continuer" and Escape both continue', async () => {
    const oncontinue = vi.fn();
    render(IdleDialog, { secondsLeft: 12, oncontinue });
    await userEvent.click(screen.getByRole('button', { name: fr.borne.idle.continue }));
    await fireEvent(screen.getByRole('alertdialog'), new Event('cancel', { cancelable: true }));
    expect(oncontinue).toHaveBeenCalledTimes(2);
  });
});
