/**
 * Every kiosk screen (start, each question, the results with every detail open, "pas encore calculé"): no link to
 * another origin or out of the app (tel:, mailto:), no new window, no download; local help and legal sources are
 * text; targets are at least 48 px; printing only when installed with ?impression=1; axe finds no violation.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { LANGS, expect, test } from './fixtures';
import { IDLE_MS, Kiosk, msg } from './borne-kiosk';
import { firstMatch, type Answers } from './simulation-journey';

const caen = firstMatch('Caen');
// Reaches every screen (a child: childcare) and the Calvados local help (web addresses and phone numbers).
const A: Answers = { age: 31, children: [{ year: 2023, care: 'creche' }], commune: { query: 'Caen', code: caen.code }, rent: 465, situation: 'rsa', hours: 20 };

async function openDetails(page: Page) {
  for (const d of await page.locator('details').all()) await d.evaluate((el) => ((el as HTMLDetailsElement).open = true));
}

/** Links stay in the app: same origin, http(s), no target, no download. */
async function expectNothingLeaves(page: Page, where: string, origin: string) {
  const links = await page.locator('a[href]').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
  for (const href of links) expect(new URL(href).origin, `${where}: ${href}`).toBe(origin);
  await expect(page.locator('[target]'), where).toHaveCount(0);
  await expect(page.locator('[download]'), where).toHaveCount(0);
  await expect(page.locator('form[action]'), where).toHaveCount(0);
}

/** Every visible control a finger uses is at least 48 × 48 CSS px. */
async function expectTargets(page: Page, where: string) {
  const sel = 'button, a[href], input[type=text], select, summary, label.option, label.check, [role=option]';
  const boxes = await page.locator(sel).evaluateAll((els) =>
    els
      .filter((e) => (e as HTMLElement).checkVisibility() && !e.closest('.skip'))
      .map((e) => {
        const r = e.getBoundingClientRect();
        return [e.textContent?.trim().slice(0, 40) || e.id, Math.round(r.width), Math.round(r.height)] as const;
      })
  );
  expect(boxes.length, where).toBeGreaterThan(2);
  for (const [name, w, h] of boxes) {
    expect(h, `${where}: ${name} height`).toBeGreaterThanOrEqual(48);
    expect(w, `${where}: ${name} width`).toBeGreaterThanOrEqual(48);
  }
}

async function axe(page: Page, where: string, only?: string) {
  const scan = () => (only ? new AxeBuilder({ page }).include(only) : new AxeBuilder({ page }));
  const { violations } = await scan().analyze();
  expect(violations.map((v) => `${where} ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  const enhanced = await scan().withRules(['color-contrast-enhanced']).analyze();
  expect(enhanced.violations.map((v) => `${where} ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

test('no screen leads out of the kiosk; help and sources are text; 48 px targets; no print button without ?impression=1', async ({ page, baseURL }) => {
  test.setTimeout(90_000);
  const origin = new URL(baseURL ?? 'http://127.0.0.1:4173').origin;
  const k = new Kiosk(page, 'fr', 'pointer');
  await k.open();
  await expectNothingLeaves(page, 'start', origin);
  await expectTargets(page, 'start');
  await k.begin();
  let numbers = 0;
  await k.answer(A, async (step) => {
    await openDetails(page);
    await expectNothingLeaves(page, step, origin);
    await expectTargets(page, step);
    // Every number field brings up the numeric keypad (the commune search is the only text field).
    const modes = await page.locator('input[type=text]:not([role=combobox])').evaluateAll((els) => els.map((e) => e.getAttribute('inputmode')));
    for (const m of modes) expect(['numeric', 'decimal'], step).toContain(m);
    numbers += modes.length;
  });
  expect(numbers).toBeGreaterThan(8);
  // Every "why" open: the legal sources are there, as titles without links.
  await openDetails(page);
  await expect(page.locator('.sources li').first()).toBeVisible();
  await expectNothingLeaves(page, 'results', origin);
  await expectTargets(page, 'results');
  // Local help of Calvados: names, web addresses and phone numbers as text.
  const help = page.locator('.help');
  await expect(help.getByText(msg('fr', 'borne.help.website').split('{{')[0].trim()).first()).toBeVisible();
  await expect(help.getByText(msg('fr', 'sim.help.phone')).first()).toBeVisible();
  await expect(help.locator('a')).toHaveCount(0);
  await expect(page.getByRole('button', { name: msg('fr', 'sim.results.print') })).toHaveCount(0);
});

test('with ?impression=1 the results offer printing, and the print view has no kiosk chrome', async ({ page }) => {
  const k = new Kiosk(page, 'fr', 'pointer', '?impression=1');
  await k.open();
  await k.begin();
  await k.answer(A);
  await expect(page.getByRole('button', { name: msg('fr', 'sim.results.print') })).toBeVisible();
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.getByRole('button', { name: msg('fr', 'borne.restart'), exact: true })).toBeHidden();
  await expect(page.getByRole('navigation', { name: msg('fr', 'languages.label') })).toBeHidden();
  await expect(page.locator('.headline')).toBeVisible();
  // The resident's one A4 page, kiosk or not: count the pages of the PDF Chromium prints.
  const pdf = (await page.pdf({ format: 'A4' })).toString('latin1');
  expect(pdf.match(/\/Type\s*\/Page[^s]/g)).toHaveLength(1);
});

test('"pas encore calculé": its help is text too, and its "start again" is the kiosk wipe', async ({ page, baseURL }) => {
  const k = new Kiosk(page, 'fr', 'pointer');
  await k.open();
  await k.begin();
  await k.next();
  await k.tick(page.getByRole('checkbox', { name: msg('fr', 'sim.screening.aah') }));
  await k.press(page.getByRole('button', { name: msg('fr', 'sim.continue'), exact: true }));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(msg('fr', 'sim.outOfScope.title'));
  await expectNothingLeaves(page, 'out of scope', new URL(baseURL ?? 'http://127.0.0.1:4173').origin);
  await expectTargets(page, 'out of scope');
  await page.evaluate(() => localStorage.setItem('reprise.test', '1'));
  await page.getByRole('button', { name: msg('fr', 'sim.restart') }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(msg('fr', 'borne.start.title'));
  expect(await page.evaluate(() => localStorage.length)).toBe(0);
});

for (const lang of ['fr', 'ar'] as const) {
  test(`${lang}: axe finds no violation on the start screen, every question, the results and the countdown`, async ({ page }) => {
    test.setTimeout(180_000); // two axe runs on each of 11 screens, on a 2-core machine
    const k = new Kiosk(page, lang, 'pointer', '?impression=1');
    await k.open();
    await axe(page, 'start');
    await k.begin();
    // The countdown dialog (axe needs running timers: the 15 s run for real while it looks at the dialog alone).
    await k.lastInput();
    await page.clock.fastForward(IDLE_MS);
    await expect(k.dialog()).toBeVisible();
    await page.clock.resume();
    await axe(page, 'countdown', 'dialog');
    await k.dialog().getByRole('button', { name: msg(lang, 'borne.idle.continue') }).click();
    await expect(k.dialog()).toHaveCount(0);
    await k.answer(A, async (step) => {
      if (step === 'results') await openDetails(page);
      await axe(page, step);
    });
  });
}

test('the start screen in every language: axe, no link out', async ({ page, baseURL }) => {
  for (const lang of LANGS) {
    const k = new Kiosk(page, lang, 'pointer');
    await k.open();
    await axe(page, `${lang} start`);
    await expectNothingLeaves(page, `${lang} start`, new URL(baseURL ?? 'http://127.0.0.1:4173').origin);
  }
});
