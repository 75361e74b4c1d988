/** Language-aware URLs, the [[lang=lang]] matcher, the remembered language and the runtime t(). */
import { describe, expect, it } from 'vitest';
import { match } from '../../src/params/lang';
import {
  LANGS,
  dirOf,
  isLang,
  langEntries,
  langFromPath,
  localizedHref,
  stripLang
} from '../../src/lib/i18n/langs';
import { LANG_STORAGE_KEY, forgetLang, rememberLang, rememberedLang } from '../../src/lib/i18n/remember';
import { loadLocale, locale, t } from '../../src/lib/i18n/i18n.svelte';
import ar from '../../src/lib/i18n/locales/ar.json';
import fr from '../../src/lib/i18n/locales/fr.json';

describe('language-aware paths', () => {
  it('French has no prefix, the others do', () => {
    expect(localizedHref('/', 'fr')).toBe('/');
    expect(localizedHref('/accessibilite/', 'fr')).toBe('/accessibilite/');
    expect(localizedHref('/accessibilite/', 'ar')).toBe('/ar/accessibilite/');
    expect(localizedHref('/', 'fr-x-falc')).toBe('/fr-x-falc/');
    expect(localizedHref('/simulation/?a=1#x', 'en')).toBe('/en/simulation/?a=1#x');
    expect(() => localizedHref('accessibilite/', 'en')).toThrow();
  });

  it('reads the language from a path and strips it', () => {
    expect(langFromPath('/')).toBe('fr');
    expect(langFromPath('/en/')).toBe('en');
    expect(langFromPath('/ar/comment-ca-marche/')).toBe('ar');
    expect(langFromPath('/fr/')).toBe('fr'); // no /fr/ prefix exists: treated as an unprefixed path
    expect(langFromPath('/english/')).toBe('fr');
    expect(stripLang('/en/')).toBe('/');
    expect(stripLang('/en')).toBe('/');
    expect(stripLang('/fr-x-falc/accessibilite/')).toBe('/accessibilite/');
    expect(stripLang('/accessibilite/')).toBe('/accessibilite/');
    for (const lang of LANGS) expect(stripLang(localizedHref('/a/b/', lang))).toBe('/a/b/');
  });

  it('the route matcher accepts the prefixed languages only', () => {
    expect(['en', 'ar', 'fr-x-falc'].every((p) => match(p))).toBe(true);
    expect(['fr', 'EN', 'de', '', 'fr-x'].some((p) => match(p))).toBe(false);
  });

  it('prerenders one page per language', () => {
    expect(langEntries()).toEqual([{ lang: '' }, { lang: 'fr-x-falc' }, { lang: 'en' }, { lang: 'ar' }]);
  });

  it('only Arabic is right to left', () => {
    expect(LANGS.filter((l) => dirOf(l) === 'rtl')).toEqual(['ar']);
    expect(isLang('ar')).toBe(true);
    expect(isLang('xx')).toBe(false);
  });
});

describe('remembered language (opt-in, localStorage only)', () => {
  function memory() {
    const m = new Map<string, string>();
    return {
      m,
      getItem: (k: string) => m.get(k) ?? null,
      setItem: (k: string, v: string) => void m.set(k, v),
      removeItem: (k: string) => void m.delete(k)
    };
  }
  it('stores, reads back and forgets', () => {
    const s = memory();
    expect(rememberedLang(s)).toBeNull();
    rememberLang('ar', s);
    expect(s.m.get(LANG_STORAGE_KEY)).toBe('ar');
    expect(rememberedLang(s)).toBe('ar');
    forgetLang(s);
    expect(s.m.size).toBe(0);
  });
  it('ignores a garbage value and survives a storage that throws', () => {
    const s = memory();
    s.m.set(LANG_STORAGE_KEY, 'klingon');
    expect(rememberedLang(s)).toBeNull();
    const broken = {
      getItem: () => {
        throw new Error('denied');
      },
      setItem: () => {
        throw new Error('denied');
      },
      removeItem: () => {
        throw new Error('denied');
      }
    };
    expect(rememberedLang(broken)).toBeNull();
    expect(() => rememberLang('en', broken)).not.toThrow();
    expect(() => forgetLang(broken)).not.toThrow();
    expect(rememberedLang(null)).toBeNull();
  });
});

describe('t()', () => {
  it('answers in the current language once its messages are loaded, with interpolation', async () => {
    locale.set('fr');
    expect(t('home.promise')).toBe(fr.home.promise);
    await loadLocale('ar');
    locale.set('ar');
    expect(locale.dir).toBe('rtl');
    expect(t('home.promise')).toBe(ar.home.promise);
    expect(t('app.pageTitle', { page: 'X' })).toBe('X – Reprise');
    locale.set('fr');
  });
});
