/**
 * Kiosk mode for the journey's components (`/borne/`): the kiosk page provides it, the screens read it. Under it,
 * nothing leads out of the app — help and legal sources are shown as text, not links — and printing is offered
 * only when the kiosk was installed with it. Elsewhere (the resident's own device) `useKiosk()` is undefined.
 */
import { getContext, setContext } from 'svelte';

export interface KioskMode {
  /** Printing offered (installation setting `?impression=1`). */
  readonly print: boolean;
}

const KEY = Symbol('kiosk');

export function provideKiosk(mode: KioskMode): KioskMode {
  return setContext(KEY, mode);
}

export function useKiosk(): KioskMode | undefined {
  return getContext<KioskMode | undefined>(KEY);
}

/** A web address as text to read and copy by hand (no scheme, no trailing slash): `www.caf.fr/allocataires`. */
export function addressText(url: string): string {
  try {
    const u = new URL(url);
    return (u.host + u.pathname + u.search).replace(/\/$/, '');
  } catch {
    return url;
  }
}
