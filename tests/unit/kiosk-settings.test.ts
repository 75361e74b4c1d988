/** The kiosk's installation settings ($lib/kiosk/settings.ts): read from the address once, never guessed. */
import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_COUNTDOWN_MS, DEFAULT_IDLE_MS, installation, parseKioskSettings, resetInstallation } from '../../src/lib/kiosk/settings';

describe('parseKioskSettings', () => {
  it('defaults: no printing, 90 s, then 15 s (issue 7)', () => {
    expect(parseKioskSettings('')).toEqual({ print: false, idleMs: 90_000, countdownMs: 15_000 });
    expect([DEFAULT_IDLE_MS, DEFAULT_COUNTDOWN_MS]).toEqual([90_000, 15_000]);
  });

  it('printing only with impression=1', () => {
    expect(parseKioskSettings('?impression=1').print).toBe(true);
    for (const q of ['?impression=0', '?impression=oui', '?impression=', '?impression', '?Impression=1', '?x=1']) expect(parseKioskSettings(q).print, q).toBe(false);
  });

  it('delai in whole seconds from 30 to 600, anything else is the default', () => {
    expect(parseKioskSettings('?delai=120').idleMs).toBe(120_000);
    expect(parseKioskSettings('?impression=1&delai=30').idleMs).toBe(30_000);
    expect(parseKioskSettings('?delai=600').idleMs).toBe(600_000);
    for (const q of ['?delai=29', '?delai=601', '?delai=-90', '?delai=1e3', '?delai=90.5', '?delai=abc', '?delai=', '?delai=0090'])
      expect(parseKioskSettings(q).idleMs, q).toBe(90_000);
  });
});

describe('installation', () => {
  afterEach(resetInstallation);

  it('is read once: a later address (another language) keeps the first one as the start and its settings', () => {
    const first = installation({ pathname: '/borne/', search: '?impression=1' });
    expect(first).toEqual({ settings: { print: true, idleMs: 90_000, countdownMs: 15_000 }, start: '/borne/?impression=1', search: '?impression=1' });
    expect(installation({ pathname: '/ar/borne/', search: '' })).toBe(first);
  });
});
