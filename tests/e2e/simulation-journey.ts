/**
 * Drives the resident's journey in the browser the way a person would — with a mouse, with the keyboard alone, or
 * with a finger — and builds the same answers as a FormState, so a test can compute the expected figures with the
 * model itself in this Node process (simulate(), same rules file, same month) and compare with what the page shows.
 * Labels come from the locale files (msg), never hard-coded.
 */
import { readFileSync } from 'node:fs';
import { expect, type Locator, type Page } from '@playwright/test';
import { Rules } from '../../src/lib/engine/rules/index';
import { parseCommunesTable } from '../../src/lib/communes/table';
import { searchCommunes } from '../../src/lib/communes/search';
import { COMMUNES_URL } from '../../src/lib/communes/table-url';
import { isCaenLaMer, type Commune } from '../../src/lib/communes/types';
import { defaultChild, defaultState, type FormState } from '../../src/lib/simulation/state';
import { simulate } from '../../src/lib/simulation/simulate';
import type { SimulationResult } from '../../src/lib/simulation/types';
import { formatEuros } from '../../src/lib/ui/format';
import { hydrated, localizedHref, msg, type Lang } from './fixtures';

/** The month every journey test runs in (the page's clock is fixed to it). */
export const TODAY = new Date('2026-11-16T10:00:00');
export const TODAY_MONTH = '2026-11';

export type Mode = 'pointer' | 'keyboard' | 'touch';

export interface Answers {
  age?: number;
  children?: { year: number; care: 'none' | 'creche' }[];
  commune?: { query: string; code: string };
  rent: number;
  charges?: number;
  situation: 'nothing' | 'rsa';
  hours: 15 | 20 | 24 | 28 | 35;
}

const rules = new Rules(JSON.parse(readFileSync('src/lib/engine/rules/compiled.json', 'utf8')));
let communes: ReturnType<typeof parseCommunesTable> | undefined;
export function commune(code: string): Commune {
  communes ??= parseCommunesTable(JSON.parse(readFileSync(`static${COMMUNES_URL}`, 'utf8')));
  if (!communes.ok) throw communes.error;
  const c = communes.index.byCode.get(code);
  if (!c) throw new Error(`no commune ${code}`);
  return c;
}
/** What the search shows first for a query (the test picks that option). */
export function firstMatch(query: string): Commune {
  communes ??= parseCommunesTable(JSON.parse(readFileSync(`static${COMMUNES_URL}`, 'utf8')));
  if (!communes.ok) throw communes.error;
  return searchCommunes(communes.index, query, { limit: 8 })[0].commune;
}

/** The FormState these answers mean (what the screens write, field by field). */
export function stateOf(a: Answers): FormState {
  const s = defaultState();
  s.household.adults[0].age = a.age ?? null;
  for (const c of a.children ?? []) {
    const child = defaultChild(c.year);
    child.care.mode = c.care;
    s.household.children.push(child);
  }
  if (a.children?.length) s.household.childSupport = 'no';
  if (a.commune) {
    const c = commune(a.commune.code);
    Object.assign(s.home, {
      communeCode: c.code,
      communeName: `${c.name} (${c.postalCodes[0]})`,
      zone: c.zone,
      alsaceMoselle: c.alsaceMoselle,
      caenLaMer: isCaenLaMer(c)
    });
  }
  s.home.rent = a.rent;
  s.home.charges = a.charges ?? null;
  s.household.adults[0].situation = a.situation;
  s.job.hoursPerWeek = a.hours;
  return s;
}

export function expected(a: Answers): SimulationResult {
  const out = simulate(stateOf(a), rules, TODAY_MONTH);
  if (out.kind !== 'result') throw new Error(`expected a result, got ${out.kind}`);
  return out.result;
}

/** Amounts as the page writes them, without the invisible direction marks. */
export const euros = (v: Parameters<typeof formatEuros>[0], signed = false) => formatEuros(v, { cents: false, signed });
export const plain = (s: string | null) => (s ?? '').replace(/[\u2066-\u2069]/g, '');

/** Presses Tab (Shift+Tab when back) until `target` has the focus. */
export async function tabTo(page: Page, target: Locator, max = 80): Promise<void> {
  for (let i = 0; i < max; i++) {
    if (await target.evaluate((el) => el === document.activeElement).catch(() => false)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached ${target}`);
}

export class Journey {
  constructor(
    readonly page: Page,
    readonly lang: Lang,
    readonly mode: Mode
  ) {}

  t(key: string): string {
    return msg(this.lang, key);
  }

  async open(): Promise<void> {
    await this.page.clock.setFixedTime(TODAY);
    await this.page.goto(localizedHref('/simulation/', this.lang));
    await hydrated(this.page);
  }

  async press(button: Locator): Promise<void> {
    if (this.mode === 'keyboard') {
      await tabTo(this.page, button);
      await this.page.keyboard.press('Enter');
    } else if (this.mode === 'touch') await button.tap();
    else await button.click();
  }

  async next(): Promise<void> {
    const heading = await this.page.getByRole('heading', { level: 1 }).textContent();
    await this.press(this.page.getByRole('button', { name: this.t('sim.continue') }));
    await expect(this.page.getByRole('heading', { level: 1 })).not.toHaveText(heading ?? '');
  }

  async type(field: Locator, text: string): Promise<void> {
    if (this.mode === 'keyboard') await tabTo(this.page, field);
    else if (this.mode === 'touch') await field.tap();
    else await field.click();
    await field.press('ControlOrMeta+a');
    await this.page.keyboard.type(text);
  }

  /** Picks a radio button: by keyboard, Tab into its group then arrow keys until it is checked. */
  async choose(option: Locator): Promise<void> {
    if (this.mode === 'pointer') return option.check();
    if (this.mode === 'touch') {
      await option.tap();
      return expect(option).toBeChecked();
    }
    const name = await option.getAttribute('name');
    const group = this.page.locator(`input[type=radio][name="${name}"]`);
    for (let i = 0; i < 80; i++) {
      if (await group.evaluateAll((els) => els.includes(document.activeElement as HTMLInputElement))) break;
      await this.page.keyboard.press('Tab');
    }
    for (let i = 0; i < 12 && !(await option.isChecked()); i++) await this.page.keyboard.press('ArrowDown');
    await expect(option).toBeChecked();
  }

  async tick(box: Locator): Promise<void> {
    if (this.mode === 'keyboard') {
      await tabTo(this.page, box);
      await this.page.keyboard.press('Space');
    } else if (this.mode === 'touch') await box.tap();
    else await box.check();
    await expect(box).toBeChecked();
  }

  /** Answers every screen; `each` runs on every screen before it is left (axe, width…). */
  async answer(a: Answers, each?: (step: string) => Promise<void>): Promise<void> {
    const p = this.page;
    const t = (k: string) => this.t(k);
    const atStep = async (key: string) => {
      await expect(p.getByRole('heading', { level: 1 })).toHaveText(t(key));
      await each?.(key);
    };
    await atStep('sim.steps.household');
    if (a.age !== undefined) await this.type(p.getByLabel(t('sim.household.age.you'), { exact: true }), String(a.age));
    for (const [i, c] of (a.children ?? []).entries()) {
      await this.press(p.getByRole('button', { name: t('sim.household.children.add') }));
      await this.type(p.locator(`#f-household-children-${i}-birthYear`), String(c.year));
    }
    if (a.children?.length) await this.choose(p.getByRole('group', { name: t('sim.household.support.legend') }).getByRole('radio', { name: t('sim.no'), exact: true }));
    await this.next();

    await atStep('sim.steps.screening');
    await this.next();

    await atStep('sim.steps.home');
    if (a.commune) {
      const box = p.getByRole('combobox', { name: t('sim.home.commune.label') });
      await this.type(box, a.commune.query);
      const first = p.getByRole('option').first();
      await expect(first).toBeVisible();
      if (this.mode === 'keyboard') {
        await p.keyboard.press('ArrowDown');
        await p.keyboard.press('Enter');
      } else if (this.mode === 'touch') await first.tap();
      else await first.click();
      await expect(box).toHaveAttribute('aria-expanded', 'false');
    }
    await this.type(p.getByLabel(t('sim.home.rent.label')), String(a.rent));
    if (a.charges !== undefined) await this.type(p.getByLabel(t('sim.home.charges.label'), { exact: true }), String(a.charges));
    await this.next();

    await atStep('sim.steps.income');
    await this.choose(p.getByRole('radio', { name: t(`sim.income.situation.${a.situation}`), exact: true }));
    await this.next();

    await atStep('sim.steps.job');
    await this.choose(p.getByRole('radio', { name: t('sim.job.hoursPreset').replace('{{hours}}', String(a.hours)), exact: true }));
    await this.next();

    await atStep('sim.steps.pay');
    await this.next();

    await atStep('sim.steps.commute');
    if (a.children?.length) {
      await this.next();
      await atStep('sim.steps.childcare');
      for (const [i, c] of a.children.entries()) {
        if (c.care !== 'none') await this.choose(p.locator(`input[name="f-household-children-${i}-care-mode"]`).nth(1));
      }
    }
    await this.press(p.getByRole('button', { name: t('sim.continue') }));
    await expect(p.getByRole('heading', { level: 1 })).toHaveText(t('sim.results.title'));
    await expect(p.getByTestId('left-offer')).toBeVisible();
    await each?.('results');
  }
}
