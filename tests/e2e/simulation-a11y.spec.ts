/**
 * Every screen of the journey and the results, in the four languages: axe finds no violation (WCAG A/AA, best
 * practices, and 7:1 text contrast as on every page); every chart has a caption that is a sentence and a table; at
 * 320 CSS px nothing scrolls sideways (a data table may scroll inside its own box).
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { LANGS, expect, test } from './fixtures';
import { Journey, firstMatch, type Answers } from './simulation-journey';

const caen = firstMatch('Caen');
// A household that reaches every screen (a child, hence the childcare screen) and every chart mark.
const A: Answers = { age: 29, children: [{ year: 2023, care: 'creche' }], commune: { query: 'Caen', code: caen.code }, rent: 480, situation: 'rsa', hours: 24 };

async function axe(page: Page, where: string) {
  const { violations } = await new AxeBuilder({ page }).analyze();
  expect(violations.map((v) => `${where} ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  const enhanced = await new AxeBuilder({ page }).withRules(['color-contrast-enhanced']).analyze();
  expect(enhanced.violations.map((v) => `${where} ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

for (const lang of LANGS) {
  test(`${lang}: axe finds no violation on any screen of the journey nor on the results`, async ({ page }) => {
    test.setTimeout(120_000); // two axe runs on each of 9 screens, on a 2-core machine
    const j = new Journey(page, lang, 'pointer');
    await j.open();
    await j.answer(A, async (step) => {
      if (step === 'results') {
        await expect(page.locator('canvas')).toHaveCount(3);
        // Open every "why", the tables and the details, so axe sees their content too.
        for (const d of await page.locator('details').all()) await d.evaluate((el) => ((el as HTMLDetailsElement).open = true));
      }
      await axe(page, step);
    });
  });
}

test('every chart: a figure whose caption is a sentence, a summary, and a table with its numbers', async ({ page }) => {
  const j = new Journey(page, 'fr', 'pointer');
  await j.open();
  await j.answer(A);
  const figures = page.locator('figure');
  await expect(figures).toHaveCount(3);
  for (const f of await figures.all()) {
    const caption = (await f.locator('figcaption').textContent())?.trim() ?? '';
    expect(caption.split(/\s+/).length, caption).toBeGreaterThan(5);
    expect(caption).toMatch(/[.!?]$/);
    await expect(f.locator('canvas')).toHaveCount(1);
    expect(await f.locator('canvas').getAttribute('role')).toBeNull();
    const table = f.locator('table');
    await expect(table).toHaveCount(1);
    expect(await table.locator('tbody tr').count()).toBeGreaterThan(2);
    await expect(table.locator('caption')).toHaveText(caption);
    expect(await table.locator('th[scope=col]').count()).toBeGreaterThan(1);
  }
  // The canvases were really drawn (not blank).
  const painted = await page.locator('canvas').evaluateAll((cs) =>
    cs.map((c) => {
      const ctx = (c as HTMLCanvasElement).getContext('2d')!;
      const { data } = ctx.getImageData(0, 0, (c as HTMLCanvasElement).width, (c as HTMLCanvasElement).height);
      let n = 0;
      for (let i = 3; i < data.length; i += 4) if (data[i] > 0) n++;
      return n;
    })
  );
  for (const n of painted) expect(n).toBeGreaterThan(500);
});

for (const lang of ['fr', 'ar'] as const) {
  test(`${lang}: at 320 px no screen scrolls sideways, results included`, async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 640 });
    const j = new Journey(page, lang, 'pointer');
    await j.open();
    await j.answer(A, async (step) => {
      if (step === 'results') for (const d of await page.locator('details').all()) await d.evaluate((el) => ((el as HTMLDetailsElement).open = true));
      expect(await page.evaluate(() => document.documentElement.scrollWidth), step).toBeLessThanOrEqual(320);
    });
  });
}
