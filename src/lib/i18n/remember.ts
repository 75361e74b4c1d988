/**
 * "Se souvenir de ma langue sur cet appareil": the only thing Reprise may keep on the device by itself, and only
 * once the person ticks the box. Stored in localStorage (never a cookie). Every access tolerates a storage that
 * is missing or refuses (private browsing, kiosk lockdown).
 */
import { isLang, type Lang } from './langs';

export const LANG_STORAGE_KEY = 'reprise.lang';

type Store = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

function storage(): Store | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null; // some browsers throw on access when storage is disabled
  }
}

/** The remembered language, or null when the person never asked to remember one. */
export function rememberedLang(store: Store | null = storage()): Lang | null {
  try {
    const v = store?.getItem(LANG_STORAGE_KEY);
    return isLang(v) ? v : null;
  } catch {
    return null;
  }
}

export function rememberLang(lang: Lang, store: Store | null = storage()): void {
  try {
    store?.setItem(LANG_STORAGE_KEY, lang);
  } catch {
    /* storage full or refused: the choice is simply not remembered */
  }
}

export function forgetLang(store: Store | null = storage()): void {
  try {
    store?.removeItem(LANG_STORAGE_KEY);
  } catch {
    /* nothing to forget */
  }
}
