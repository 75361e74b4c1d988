/**
 * i18next for Reprise, with a reactive `t()` for Svelte 5.
 *
 * - French is bundled; the other languages are separate chunks loaded by `loadLocale()` (the root layout's load
 *   awaits it, so a page renders and hydrates with its language already there). Same-origin static files only.
 * - `initAsync: false`: resources are in memory, `t()` is synchronous, also during prerendering.
 * - `t()` reads reactive state, so every template that calls it re-renders when the language changes.
 * - Pseudo-locale (tests only): `enablePseudo()` wraps every string in ⟦…⟧ so a test can spot visible text that
 *   does not come from the locale files. Nothing in the UI turns it on; the e2e suite does, from an init script.
 */
import i18next, { type Resource } from 'i18next';
import fr from './locales/fr.json';
import { DEFAULT_LANG, LANGS, dirOf, localizedHref, type Dir, type Lang } from './langs';

type Messages = Record<string, unknown>;

const lazy = import.meta.glob<Messages>(['./locales/*.json', '!./locales/fr.json'], { import: 'default' });

const i18n = i18next.createInstance();
void i18n.init({
  lng: DEFAULT_LANG,
  fallbackLng: DEFAULT_LANG,
  supportedLngs: [...LANGS],
  resources: { fr: { translation: fr } } satisfies Resource,
  initAsync: false,
  interpolation: { escapeValue: false }, // Svelte escapes text itself
  returnNull: false
});

let current = $state<Lang>(DEFAULT_LANG);
let pseudo = $state(false);

/** Load a language's messages (once). Resolves when `t()` can answer in that language. */
export async function loadLocale(lang: Lang): Promise<void> {
  if (i18n.hasResourceBundle(lang, 'translation')) return;
  const load = lazy[`./locales/${lang}.json`];
  if (!load) throw new Error(`No locale file for ${lang}`);
  i18n.addResourceBundle(lang, 'translation', await load());
}

export const locale = {
  get lang(): Lang {
    return current;
  },
  get dir(): Dir {
    return dirOf(current);
  },
  /** Switch the language of every `t()`. Call `loadLocale(lang)` first (the root layout does). */
  set(lang: Lang): void {
    current = lang;
  }
};

/** Tests only: mark every translated string (see the header). */
export function enablePseudo(): void {
  pseudo = true;
}

/** Translate a key in the current language (reactive). Keys are literal strings so tests can find them. */
export function t(key: string, options?: Record<string, unknown>): string {
  const text = i18n.t(key, { ...options, lng: current });
  return pseudo ? `⟦${text}⟧` : text;
}

/** A language-neutral path in the current language (reactive): `href('/accessibilite/')` → `/ar/accessibilite/`. */
export function href(path: string): string {
  return localizedHref(path, current);
}
