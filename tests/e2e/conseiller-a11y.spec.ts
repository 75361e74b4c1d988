/**
 * Counsellor mode, accessibility: axe finds no violation (WCAG A/AA, best practices, 7:1 text contrast as on every
 * page) in the four languages, on the empty page and with three offers computed, a trace open and the month-by-month
 * table shown; the page is right to left in Arabic; at 320 CSS px nothing scrolls sideways (a table scrolls inside
 * its own box).
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { LANGS, expect, msg, test } from './fixtures';
import { DeskPage } from './conseiller-desk';

async function axe(page: Page, where: string) {
  const { violations } = await new AxeBuilder({ page }).analyze();
  expect(violations.map((v) => `${where} ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  const enhanced = await new AxeBuilder({ page }).withRules(['color-contrast-enhanced']).analyze();
  expect(enhanced.violations.map((v) => `${where} ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

for (const lang of LANGS) {
  test(`${lang}: axe finds no violation, empty and with three offers, a trace and the months`, async ({ page }) => {
    test.setTimeout(120_000); // four axe runs over a large page
    const d = new DeskPage(page, lang);
    await d.open();
    await axe(page, 'empty');
    await d.enterThreeOffers();
    await d.results(4);
    await page.locator('table.compare .cell-btn').first().click();
    await expect(page.locator('#trace table')).not.toHaveCount(0);
    await expect(page.locator('table.timeline tbody tr')).toHaveCount(14); // S−1..S+12
    await page.getByRole('button', { name: msg(lang, 'conseiller.share.share') }).click();
    await expect(page.getByLabel(msg(lang, 'conseiller.share.linkDesk'))).toBeVisible();
    await axe(page, 'results');
    if (lang === 'ar') {
      await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
      // Mirrored: the scenario columns run from right to left.
      const [first, second] = await page.locator('table.compare thead th').evaluateAll((ths) => ths.slice(0, 2).map((th) => th.getBoundingClientRect().x));
      expect(first).toBeGreaterThan(second);
    }
  });
}

test('every table has a caption and headers; the comparison has the scenarios as columns', async ({ page }) => {
  const d = new DeskPage(page);
  await d.open();
  await d.enterThreeOffers();
  await d.results(4);
  await page.locator('table.compare .cell-btn').first().click();
  for (const table of await page.locator('section.results table').all()) {
    await expect(table.locator('caption')).toHaveCount(1);
    expect(await table.locator('th[scope=col]').count()).toBeGreaterThan(1);
    expect(await table.locator('tbody th[scope=row]').count()).toBeGreaterThan(0);
  }
  const heads = await page.locator('table.compare thead th').allInnerTexts();
  expect(heads[1]).toContain(msg('fr', 'sim.cards.statusQuo'));
  for (const n of [1, 2, 3]) expect(heads[n + 1]).toContain(msg('fr', 'conseiller.offer.title').replace('{{n}}', String(n)));
  // Every input and select has a label.
  const unlabelled = await page.locator('.desk input:not([type=file]):not([type=hidden]), .desk select').evaluateAll((els) =>
    els.filter((e) => (e as HTMLInputElement).labels?.length === 0 && !e.getAttribute('aria-label')).map((e) => e.id)
  );
  expect(unlabelled).toEqual([]);
});

test('a wrong answer: an inline message tied to its field, and the field kept as typed', async ({ page }) => {
  const d = new DeskPage(page);
  await d.open();
  await d.fill('home.rent', 'cinq cents');
  const rent = d.field('home.rent');
  await expect(rent).toHaveAttribute('aria-invalid', 'true');
  const describedBy = await rent.getAttribute('aria-describedby');
  await expect(page.locator(`#${describedBy}`)).toContainText(msg('fr', 'errors.number-expected'));
  await expect(rent).toHaveValue('cinq cents');
  await d.fill('offers.0.job.hoursPerWeek', '80');
  const hours = d.field('offers.0.job.hoursPerWeek');
  await expect(hours).toHaveAttribute('aria-invalid', 'true');
  await expect(page.locator(`#${await hours.getAttribute('aria-describedby')}`)).toContainText(msg('fr', 'errors.too-big').replace('{{max}}', '\u206648\u2069'));
  // The list of what to correct links to the field.
  await page.locator('.error-list a[href="#c-offers-0-job-hoursPerWeek"]').click();
  await expect(hours).toBeFocused();
});

for (const lang of ['fr', 'ar'] as const) {
  test(`${lang}: at 320 px nothing scrolls sideways, results included`, async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 640 });
    const d = new DeskPage(page, lang);
    await d.open();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    await d.enterThreeOffers();
    await d.results(4);
    await page.locator('table.compare .cell-btn').first().click();
    await expect(page.locator('#trace')).toBeVisible();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
  });
}
