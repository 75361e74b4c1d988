import type { ParamMatcher } from '@sveltejs/kit';
import { PREFIXED_LANGS } from '$lib/i18n/langs';

// `[[lang=lang]]`: only the prefixed languages. French is the unprefixed default, so `/fr/…` does not exist.
export const match = ((param: string): param is (typeof PREFIXED_LANGS)[number] =>
  (PREFIXED_LANGS as readonly string[]).includes(param)) satisfies ParamMatcher;
