/**
 * Drives the counsellor's page (/conseiller/) and builds the same answers as the model's form states, so a test can
 * compute the expected figures with the model in this Node process (simulate(), same rules file, same month) and
 * compare them with what the page shows. Labels come from the locale files (msg), never hard-coded.
 */
import { readFileSync } from 'node:fs';
import { expect, type Locator, type Page } from '@playwright/test';
import { Rules } from '../../src/lib/engine/rules/index';
import { defaultChild, defaultState, type FormState } from '../../src/lib/simulation/state';
import { simulate } from '../../src/lib/simulation/simulate';
import { offerOf, withOffer, type OfferState } from '../../src/lib/share/doc';
import { formatEuros } from '../../src/lib/ui/format';
import { commune, firstMatch } from './simulation-journey';
import { hydrated, localizedHref, msg, type Lang } from './fixtures';

export const TODAY = new Date('2026-11-16T10:00:00');
export const TODAY_MONTH = '2026-11';
const rules = new Rules(JSON.parse(readFileSync('src/lib/engine/rules/compiled.json', 'utf8')));
export const RELEASE = rules.release;

/** The household of the tests: a single parent of 29 on the RSA in Caen (HLM, 480 € + 60 €), a child born in 2024. */
export function household(): FormState {
  const s = defaultState();
  s.household.adults[0].age = 29;
  s.household.adults[0].situation = 'rsa';
  s.household.children.push(defaultChild(2024));
  s.household.childSupport = 'no';
  const c = commune(firstMatch('Caen').code);
  Object.assign(s.home, { communeCode: c.code, communeName: `${c.name} (${c.postalCodes[0]})`, zone: c.zone, caenLaMer: true, hlm: 'yes', rent: 480, charges: 60 });
  return s;
}

/**
 * Three offers, as typed on the page (a new offer starts as a copy of the one before): 24 h CDI at the SMIC (crèche);
 * 35 h CDD of 6 months (crèche); 28 h CDD of 6 months at 13,50 € gross an hour, by car, 12 km (childminder).
 */
export function threeOffers(s: FormState): OfferState[] {
  const a = offerOf(s);
  a.care[0].mode = 'creche';
  const b: OfferState = JSON.parse(JSON.stringify(a));
  b.job.hoursPerWeek = 35;
  b.job.contract = 'cdd';
  b.job.contractMonths = 6;
  const c: OfferState = JSON.parse(JSON.stringify(b));
  c.job.hoursPerWeek = 28;
  c.job.pay = { kind: 'hourly', basis: 'gross', amount: 13.5 };
  c.commute = { ...c.commute, mode: 'car', distanceKm: 12 };
  c.care[0] = { ...c.care[0], mode: 'assistante-maternelle', hourlyNet: 4.2 };
  return [a, b, c];
}

/** "1 234 €" of the money left (first 12 months) of the status quo and each offer, from the model in Node. */
export function expectedLeft(s: FormState, offers: OfferState[]): string[] {
  const out: string[] = [];
  offers.forEach((o, i) => {
    const r = simulate(withOffer(s, o), rules, TODAY_MONTH);
    if (r.kind !== 'result') throw new Error(`offer ${i + 1}: ${r.kind}`);
    if (i === 0) out.push(formatEuros(r.result.cards[0].first12.resteAVivre, { cents: false }));
    out.push(formatEuros(r.result.cards[1].first12.resteAVivre, { cents: false }));
  });
  return out;
}

export class DeskPage {
  constructor(
    readonly page: Page,
    readonly lang: Lang = 'fr'
  ) {}
  t(key: string, vars: Record<string, string | number> = {}): string {
    return msg(this.lang, key).replace(/\{\{(\w+)\}\}/g, (_, k: string) => String(vars[k]));
  }
  field(path: string): Locator {
    return this.page.locator(`#c-${path.replace(/\./g, '-')}`);
  }
  async open(fragment = ''): Promise<void> {
    await this.page.clock.setFixedTime(TODAY);
    await this.page.goto(localizedHref('/conseiller/', this.lang) + fragment);
    await hydrated(this.page);
  }
  async fill(path: string, text: string): Promise<void> {
    await this.field(path).fill(text);
  }
  async pick(path: string, label: string): Promise<void> {
    await this.field(path).selectOption({ label });
  }
  /** Types the household and three offers as a counsellor would. */
  async enterThreeOffers(): Promise<void> {
    const p = this.page;
    await this.fill('household.adults.0.age', '29');
    await this.pick('household.adults.0.situation', msg(this.lang, 'sim.income.situation.rsa'));
    await p.getByRole('button', { name: msg(this.lang, 'sim.household.children.add') }).click();
    await this.fill('household.children.0.birthYear', '2024');
    await this.pick('household.childSupport', msg(this.lang, 'sim.no'));
    await this.field('home.communeCode').fill('Caen');
    await p.locator('#c-home-communeCode-opt-0').click();
    await expect(this.field('home.communeCode')).toHaveAttribute('aria-expanded', 'false');
    await this.pick('home.hlm', msg(this.lang, 'sim.yes'));
    await this.fill('home.rent', '480');
    await this.fill('home.charges', '60');
    await this.pick('offers.0.care.0.mode', msg(this.lang, 'sim.childcare.mode.creche'));
    const add = p.getByRole('button', { name: msg(this.lang, 'conseiller.offer.add') });
    await add.click();
    await this.fill('offers.1.job.hoursPerWeek', '35');
    await this.pick('offers.1.job.contract', msg(this.lang, 'sim.job.contract.cdd'));
    await this.fill('offers.1.job.contractMonths', '6');
    await add.click();
    await this.pick('offers.2.care.0.mode', msg(this.lang, 'sim.childcare.mode.am'));
    await this.fill('offers.2.care.0.hourlyNet', '4,20');
    await this.fill('offers.2.job.hoursPerWeek', '28');
    await this.pick('offers.2.job.pay.kind', msg(this.lang, 'conseiller.offer.payHourly'));
    await this.fill('offers.2.job.pay.amount', '13,50');
    await this.pick('offers.2.job.pay.basis', msg(this.lang, 'sim.pay.basis.gross'));
    await this.pick('offers.2.commute.mode', msg(this.lang, 'sim.commute.mode.car'));
    await this.fill('offers.2.commute.distanceKm', '12');
  }
  /** The comparison once computed for `columns` scenarios (status quo + offers), nothing pending. */
  async results(columns: number): Promise<Locator> {
    const table = this.page.locator('table.compare');
    await expect(table.locator('thead th')).toHaveCount(columns + 1);
    await expect(this.page.locator('section.results')).toHaveAttribute('aria-busy', 'false');
    return table;
  }
  /** The cells of the "money left" line. */
  async moneyLeft(): Promise<string[]> {
    const row = this.page.locator('table.compare tbody tr').first();
    return (await row.locator('td').allInnerTexts()).map((x) => x.trim());
  }
  /** Every answer on screen, by control id (what a restored link must show again). */
  async answers(): Promise<Record<string, string>> {
    return this.page.evaluate(() => {
      const out: Record<string, string> = {};
      for (const el of document.querySelectorAll<HTMLInputElement | HTMLSelectElement>('.desk-form input, .desk-form select, #c-month')) {
        if (!el.id) continue;
        out[el.id] = el instanceof HTMLInputElement && el.type === 'checkbox' ? String(el.checked) : el instanceof HTMLSelectElement ? el.selectedOptions[0]?.textContent ?? '' : el.value;
      }
      return out;
    });
  }
}
