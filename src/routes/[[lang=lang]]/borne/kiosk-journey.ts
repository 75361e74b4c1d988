/**
 * The journey of a kiosk visitor. Every "start again" of the journey's own screens (the results, "pas encore
 * calculé") calls `reset()`: on a kiosk that is the visitor's whole wipe — storage, history, page memory — not only
 * the answers. The kiosk page gives the wipe; the header button and the inactivity timeout call `reset()` too.
 */
import { Journey } from '../simulation/journey.svelte';

export class KioskJourney extends Journey {
  private readonly wipe: () => void;

  constructor(wipe: () => void) {
    super();
    this.wipe = wipe;
  }

  override reset(): void {
    super.reset(); // the answers leave the screen at once, before the page is replaced
    this.wipe();
  }
}
