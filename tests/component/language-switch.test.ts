import { render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { loadLocale, locale } from '$lib/i18n';
import { LANG_STORAGE_KEY } from '$lib/i18n/remember';
import LanguageSwitch from '$lib/ui/LanguageSwitch.svelte';
import en from '$lib/i18n/locales/en.json';

// jsdom cannot navigate: stop link clicks (the hrefs are what we test), leave the checkbox alone.
const stopNavigation = (e: Event) => {
  if (e.target instanceof Element && e.target.closest('a')) e.preventDefault();
};

beforeAll(async () => {
  await loadLocale('en');
});
beforeEach(() => {
  locale.set('en');
  localStorage.clear();
  document.addEventListener('click', stopNavigation);
});
afterEach(() => {
  document.removeEventListener('click', stopNavigation);
  locale.set('fr');
});

describe('LanguageSwitch', () => {
  it('links the same page in every language, each named in its own language', () => {
    render(LanguageSwitch, { lang: 'en', path: '/accessibilite/' });
    const nav = screen.getByRole('navigation', { name: en.languages.label });
    const links = [...nav.querySelectorAll('a')];
    expect(links.map((a) => [a.textContent, a.getAttribute('href'), a.getAttribute('lang')])).toEqual([
      ['Français', '/accessibilite/', 'fr'],
      ['Facile à lire', '/fr-x-falc/accessibilite/', 'fr-x-falc'],
      ['English', '/en/accessibilite/', 'en'],
      ['العربية', '/ar/accessibilite/', 'ar']
    ]);
    expect(screen.getByRole('link', { name: 'English' })).toHaveAttribute('aria-current', 'page');
    expect(screen.getByRole('link', { name: 'Français' })).not.toHaveAttribute('aria-current');
  });

  it('stores nothing unless "remember" is ticked, then follows the choice, and forgets when unticked', async () => {
    const user = userEvent.setup();
    render(LanguageSwitch, { lang: 'en', path: '/' });
    const box = await screen.findByRole('checkbox', { name: en.languages.remember });
    expect(box).not.toBeChecked();

    await user.click(screen.getByRole('link', { name: 'العربية' }));
    expect(localStorage.length).toBe(0);

    await user.click(box);
    expect(localStorage.getItem(LANG_STORAGE_KEY)).toBe('en');
    await user.click(screen.getByRole('link', { name: 'Facile à lire' }));
    expect(localStorage.getItem(LANG_STORAGE_KEY)).toBe('fr-x-falc');

    await user.click(box);
    expect(localStorage.length).toBe(0);
  });

  it('shows the box ticked when a language is already remembered', async () => {
    localStorage.setItem(LANG_STORAGE_KEY, 'ar');
    render(LanguageSwitch, { lang: 'en', path: '/' });
    expect(await screen.findByRole('checkbox')).toBeChecked();
  });

  it('offers no "remember" box where nothing may be kept (kiosk)', async () => {
    render(LanguageSwitch, { lang: 'en', path: '/', rememberable: false });
    await Promise.resolve();
    expect(screen.queryByRole('checkbox')).toBeNull();
    expect(screen.getAllByRole('link')).toHaveLength(4);
  });
});
