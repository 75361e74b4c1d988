import { langEntries } from '$lib/i18n';

export const entries = langEntries; // one page per language, also before the home links here
