/**
 * The kiosk's installation settings, fixed by the address the kiosk is installed with — `/borne/?impression=1` —
 * and read once when the kiosk page loads (never detected: a kiosk cannot tell whether a printer is really there).
 * They stay in memory for the life of the page and survive a wipe, because the wipe reloads that same address.
 *
 * - `impression=1`: a "print" button on the results (default: no printing).
 * - `delai=<seconds>`: inactivity before "Vous êtes toujours là ?" (default 90, accepted 30–600).
 */
export interface KioskSettings {
  /** Printing offered on the results. */
  readonly print: boolean;
  /** Time without any input before the question "are you still there?". */
  readonly idleMs: number;
  /** The countdown shown with that question, after which everything is wiped. */
  readonly countdownMs: number;
}

export const DEFAULT_IDLE_MS = 90_000;
export const DEFAULT_COUNTDOWN_MS = 15_000;
const IDLE_SECONDS_MIN = 30;
const IDLE_SECONDS_MAX = 600;

export function parseKioskSettings(search: string): KioskSettings {
  const q = new URLSearchParams(search);
  const delai = q.get('delai');
  const seconds = delai !== null && /^\d{1,3}$/.test(delai) ? Number(delai) : NaN;
  const idleMs = seconds >= IDLE_SECONDS_MIN && seconds <= IDLE_SECONDS_MAX ? seconds * 1000 : DEFAULT_IDLE_MS;
  return { print: q.get('impression') === '1', idleMs, countdownMs: DEFAULT_COUNTDOWN_MS };
}

export interface Installation {
  readonly settings: KioskSettings;
  /** Where a wipe goes back to: the address the kiosk was loaded with (its language and settings), no fragment. */
  readonly start: string;
  /** Its query string ('' or '?impression=1…'), kept on the language links so a switch keeps the settings. */
  readonly search: string;
}

let installed: Installation | undefined;

/**
 * The installation of this page load, read from the address the first time it is asked (in the browser), then
 * kept: a later language switch changes the address, not the installation.
 */
export function installation(loc: Pick<Location, 'pathname' | 'search'>): Installation {
  installed ??= { settings: parseKioskSettings(loc.search), start: loc.pathname + loc.search, search: loc.search };
  return installed;
}

/** Tests only: forget the installation read. */
export function resetInstallation(): void {
  installed = undefined;
}
