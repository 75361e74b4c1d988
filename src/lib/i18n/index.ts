export { t, href, locale, loadLocale, enablePseudo } from './i18n.svelte';
export {
  LANGS,
  DEFAULT_LANG,
  PREFIXED_LANGS,
  isLang,
  dirOf,
  langFromPath,
  stripLang,
  localizedHref,
  langEntries,
  type Lang,
  type Dir
} from './langs';
