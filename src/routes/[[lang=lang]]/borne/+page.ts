import { langEntries } from '$lib/i18n';

export const entries = langEntries; // /borne/, /fr-x-falc/borne/, /en/borne/, /ar/borne/: nothing on the site links here
