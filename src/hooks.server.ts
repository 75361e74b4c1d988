import type { Handle } from '@sveltejs/kit';

// Runs at build time for each prerendered page: the first paint is already in the page's language and direction.
export const handle: Handle = ({ event, resolve }) => {
  const lang = event.params.lang ?? 'fr';
  const dir = lang === 'ar' ? 'rtl' : 'ltr';
  return resolve(event, { transformPageChunk: ({ html }) => html.replace('%lang%', lang).replace('%dir%', dir) });
};
