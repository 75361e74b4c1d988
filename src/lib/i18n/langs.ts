/**
 * The languages of Reprise and the language-aware URL scheme. Pure: no Svelte state, usable anywhere
 * (routes, hooks at build time, tests).
 *
 * URLs: French (the default) has no prefix, every other language has one:
 *   /comment-ca-marche/  /fr-x-falc/comment-ca-marche/  /en/comment-ca-marche/  /ar/comment-ca-marche/
 * Paths are the same in every language, so switching language only swaps the prefix.
 */
export const LANGS = ['fr', 'fr-x-falc', 'en', 'ar'] as const;
export type Lang = (typeof LANGS)[number];
export type Dir = 'ltr' | 'rtl';

export const DEFAULT_LANG: Lang = 'fr';
/** Languages that live under a URL prefix (`/en/…`); the default language has none. */
export const PREFIXED_LANGS = LANGS.filter((l) => l !== DEFAULT_LANG);

export function isLang(x: unknown): x is Lang {
  return typeof x === 'string' && (LANGS as readonly string[]).includes(x);
}

export function dirOf(lang: Lang): Dir {
  return lang === 'ar' ? 'rtl' : 'ltr';
}

/** The language a pathname belongs to: its first segment if it is a language prefix, otherwise French. */
export function langFromPath(pathname: string): Lang {
  const first = pathname.split('/')[1];
  return isLang(first) && first !== DEFAULT_LANG ? first : DEFAULT_LANG;
}

/** Remove the language prefix: `/en/accessibilite/` → `/accessibilite/`, `/en/` → `/`. */
export function stripLang(pathname: string): string {
  const lang = langFromPath(pathname);
  if (lang === DEFAULT_LANG) return pathname || '/';
  const rest = pathname.slice(lang.length + 1);
  return rest === '' ? '/' : rest;
}

/**
 * The address of a language-neutral path in a language: `localizedHref('/accessibilite/', 'ar')` →
 * `/ar/accessibilite/`. `path` must start with '/'; a query string or hash is kept.
 */
export function localizedHref(path: string, lang: Lang): string {
  if (!path.startsWith('/')) throw new Error(`localizedHref: path must start with "/": ${path}`);
  return lang === DEFAULT_LANG ? path : `/${lang}${path}`;
}

/** Prerender entries for a route under `[[lang=lang]]`: one page per language (French without prefix). */
export function langEntries(): { lang: string }[] {
  return LANGS.map((l) => ({ lang: l === DEFAULT_LANG ? '' : l }));
}
