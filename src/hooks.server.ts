import type { Handle } from '@sveltejs/kit';
import { dirOf, langFromPath } from '$lib/i18n/langs';

// Runs at build time for each prerendered page: the first paint is already in the page's language and direction.
// (The edit is outside the inline bootstrap script, so the CSP hash of that script stays valid.)
export const handle: Handle = ({ event, resolve }) => {
  const lang = langFromPath(event.url.pathname);
  return resolve(event, {
    transformPageChunk: ({ html }) => html.replace('%lang%', lang).replace('%dir%', dirOf(lang))
  });
};
