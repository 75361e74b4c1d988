import { langFromPath, loadLocale } from '$lib/i18n';
import type { LayoutLoad } from './$types';

export const prerender = true; // adapter-static: every route becomes an HTML file
export const trailingSlash = 'always';

// The page's language comes from its URL (`/en/…`), never from anything stored: prerendered HTML, hydration and
// client navigation all agree. Its messages are loaded before the page renders.
export const load: LayoutLoad = async ({ url }) => {
  const lang = langFromPath(url.pathname);
  await loadLocale(lang);
  return { lang };
};
