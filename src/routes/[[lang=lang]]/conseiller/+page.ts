import { langEntries } from '$lib/i18n';

export const entries = langEntries; // prerendered in every language
