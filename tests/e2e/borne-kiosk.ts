/**
 * Drives the kiosk (/borne/) like the resident's journey (same screens, same helper), with Playwright's clock
 * installed so the inactivity delay is run, not waited for. Labels come from the locale files.
 */
import { expect, type Page } from '@playwright/test';
import { hydrated, localizedHref, msg, type Lang } from './fixtures';
import { Journey, TODAY, type Mode } from './simulation-journey';

export const IDLE_MS = 90_000; // the default delay before "Vous êtes toujours là ?" ($lib/kiosk/settings)
export const COUNTDOWN_MS = 15_000;

export class Kiosk extends Journey {
  constructor(
    page: Page,
    lang: Lang,
    mode: Mode,
    readonly query = ''
  ) {
    super(page, lang, mode);
  }

  /** The kiosk's address as installed (`/borne/?impression=1`). */
  get url(): string {
    return localizedHref('/borne/', this.lang) + this.query;
  }

  /** Opens the kiosk on its start screen, with the page's clock installed at TODAY (running until paused). */
  override async open(): Promise<void> {
    await this.page.clock.install({ time: TODAY });
    await this.page.goto(this.url);
    await hydrated(this.page);
    await expect(this.page.getByRole('heading', { level: 1 })).toHaveText(this.t('borne.start.title'));
  }

  async begin(): Promise<void> {
    await this.press(this.page.getByRole('button', { name: this.t('borne.start.go'), exact: true }));
    await expect(this.page.getByRole('heading', { level: 1 })).toHaveText(this.t('sim.steps.household'));
  }

  dialog() {
    return this.page.getByRole('alertdialog', { name: this.t('borne.idle.title') });
  }

  /** Stops the page's clock now, then one input: the inactivity delay counts from this exact instant. */
  async lastInput(): Promise<void> {
    const now = await this.page.evaluate(() => Date.now());
    await this.page.clock.pauseAt(now + 2_000); // a little ahead: the page's clock keeps running meanwhile
    await this.page.mouse.move(3 + Math.random() * 5, 3 + Math.random() * 5);
  }
}

export { msg };
