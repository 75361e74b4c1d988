/**
 * Counsellor mode (issue 7): a counsellor compares three offers for one household and the page shows the model's
 * numbers; "Partager" gives a link that restores exactly the same answers and numbers in a fresh browser; a cut or
 * retyped link says so and leaves an empty form that works; nothing is written to the address bar, the history or
 * the device; save to a file and open it again; the keyboard alone reaches a trace; the print view.
 */
import { expect, msg, test } from './fixtures';
import { DeskPage, RELEASE, TODAY, expectedLeft, household, threeOffers } from './conseiller-desk';

test('three offers side by side: the numbers are the model\'s; the share link restores the same answers and numbers elsewhere', async ({ page, browser }) => {
  const d = new DeskPage(page);
  await d.open();
  const historyBefore = await page.evaluate(() => history.length);
  await d.enterThreeOffers();
  await d.results(4);
  const expected = expectedLeft(household(), threeOffers(household()));
  await expect.poll(() => d.moneyLeft()).toEqual(expected);
  const table = await page.locator('table.compare').innerText();
  const answers = await d.answers();

  // Nothing went into the address bar or the history while typing.
  expect(page.url()).toBe(new URL('/conseiller/', page.url()).href);
  await page.getByRole('button', { name: msg('fr', 'conseiller.share.share') }).click();
  const link = await page.getByLabel(msg('fr', 'conseiller.share.linkDesk')).inputValue();
  expect(link).toMatch(/\/conseiller\/#s=1\.[A-Za-z0-9_-]{4}\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]{6}$/);
  expect(link.length).toBeLessThan(1500);
  expect(page.url()).toBe(new URL('/conseiller/', page.url()).href);
  expect(await page.evaluate(() => history.length)).toBe(historyBefore);
  // Nothing stored on the device.
  expect(await page.evaluate(() => [localStorage.length, sessionStorage.length])).toEqual([0, 0]);
  expect(await page.evaluate(async () => (await indexedDB.databases()).length)).toBe(0);

  // A fresh browser (no shared state) opens the link: same answers, same numbers, and the fragment leaves the address.
  const other = await browser.newContext();
  const p2 = await other.newPage();
  const d2 = new DeskPage(p2);
  await p2.clock.setFixedTime(new Date(TODAY.getTime() + 40 * 86_400_000)); // a month later: the link keeps its month
  await p2.goto(link);
  await expect(p2.locator('html[data-hydrated="true"]')).toHaveCount(1);
  await expect(p2.getByRole('status').filter({ hasText: msg('fr', 'share.link.opened') })).toBeVisible();
  await d2.results(4);
  await expect.poll(() => d2.moneyLeft()).toEqual(expected);
  expect(await p2.locator('table.compare').innerText()).toBe(table);
  const restored = await d2.answers();
  // The month simulated was "this month" (November 2026): the link fixes it, so it now reads November 2026 by name.
  expect(restored['c-month']).toContain('2026');
  expect({ ...restored, 'c-month': '' }).toEqual({ ...answers, 'c-month': '' });
  expect(p2.url()).toBe(new URL('/conseiller/', link).href);
  await other.close();
});

for (const [name, damage] of [
  ['truncated', (l: string) => l.slice(0, l.length - 25)],
  ['tampered', (l: string) => l.replace(/\.(\w)(\w)/, (_m, a: string, b: string) => `.${a}${b === 'A' ? 'B' : 'A'}`).replace(/(.{200})(.)/, (_m, a: string, c: string) => a + (c === 'x' ? 'y' : 'x'))]
] as const) {
  test(`a ${name} link: a clear message and an empty form that works`, async ({ page }) => {
    const d = new DeskPage(page);
    await d.open();
    await d.enterThreeOffers();
    await d.results(4);
    await page.getByRole('button', { name: msg('fr', 'conseiller.share.share') }).click();
    const link = await page.getByLabel(msg('fr', 'conseiller.share.linkDesk')).inputValue();
    const bad = damage(link);
    expect(bad).not.toBe(link);

    const fresh = new DeskPage(page);
    await page.goto('about:blank');
    await page.goto(bad);
    await expect(page.locator('html[data-hydrated="true"]')).toHaveCount(1);
    const alert = page.getByRole('alert').filter({ hasText: msg('fr', 'share.link.damaged') });
    await expect(alert).toBeVisible();
    await expect(alert).toContainText(msg('fr', 'share.link.empty'));
    expect(page.url()).toBe(new URL('/conseiller/', link).href);
    // Empty: the default form (one offer, no rent, no child).
    await expect(fresh.field('home.rent')).toHaveValue('');
    await expect(fresh.field('household.adults.0.age')).toHaveValue('');
    await expect(page.locator('fieldset.offer')).toHaveCount(1);
    await expect(page.getByRole('button', { name: msg('fr', 'sim.household.children.remove').replace('{{n}}', '1') })).toHaveCount(0);
    // Usable: a rent is enough for the default household to be computed.
    await fresh.fill('home.rent', '500');
    await fresh.results(2);
    await expect(page.locator('table.compare tbody tr').first().locator('td')).toHaveCount(2);
  });
}

test('a link of another version of the form says so', async ({ page }) => {
  const d = new DeskPage(page);
  await d.open('#s=2.AAAA.W10.AAAAAA');
  await expect(page.getByRole('alert').filter({ hasText: msg('fr', 'share.link.version') })).toBeVisible();
  expect(page.url()).toMatch(/\/conseiller\/$/);
});

test('save to a file, open it again; a file that is not ours changes nothing', async ({ page }) => {
  const d = new DeskPage(page);
  await d.open();
  await d.enterThreeOffers();
  await d.results(4);
  const left = await d.moneyLeft();
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: msg('fr', 'conseiller.share.save') }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe('reprise-simulation-2026-11-16.json');
  const path = await download.path();
  const file = JSON.parse((await import('node:fs')).readFileSync(path, 'utf8')) as Record<string, unknown>;
  expect(file).toMatchObject({ app: 'reprise', version: 1, rules: RELEASE });
  expect((file.state as { month: string }).month).toBe('2026-11');
  expect(file.offers as unknown[]).toHaveLength(2);

  // Clear everything (with its confirmation), then open the file: the same numbers again.
  await page.getByRole('button', { name: msg('fr', 'conseiller.share.reset') }).click();
  await page.getByRole('button', { name: msg('fr', 'conseiller.share.resetYes') }).click();
  await expect(d.field('home.rent')).toHaveValue('');
  await page.locator('#c-open-file').setInputFiles(path);
  await expect(page.getByRole('status').filter({ hasText: msg('fr', 'share.file.opened') })).toBeVisible();
  await d.results(4);
  await expect.poll(() => d.moneyLeft()).toEqual(left);

  // A file that is not one of ours: a clear message, and every answer stays.
  await page.locator('#c-open-file').setInputFiles({ name: 'photo.json', mimeType: 'application/json', buffer: Buffer.from('{"hello": "world"}') });
  await expect(page.getByRole('alert').filter({ hasText: msg('fr', 'share.file.notReprise') })).toBeVisible();
  await expect(page.getByRole('alert')).toContainText(msg('fr', 'share.file.kept'));
  await expect(d.field('home.rent')).toHaveValue('480');
  await expect(page.locator('fieldset.offer')).toHaveCount(3);
  expect(await d.moneyLeft()).toEqual(left);
});

test('the keyboard alone: type an answer, open the trace of an amount, read its sources, close it', async ({ page }) => {
  const d = new DeskPage(page);
  await d.open();
  // From the top of the page, Tab until the rent field (no mouse).
  await page.keyboard.press('Tab');
  for (let i = 0; i < 80 && !(await d.field('home.rent').evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
  await expect(d.field('home.rent')).toBeFocused();
  await page.keyboard.type('500');
  await d.results(2);
  // The transport of offer 1: its parameters cite official pages.
  const detail = page.locator('table.compare tbody tr', { hasText: msg('fr', 'sim.rows.transport') }).locator('.cell-btn').first();
  await detail.focus();
  await page.keyboard.press('Enter');
  const trace = page.locator('#trace');
  await expect(trace.getByRole('heading', { level: 3 })).toBeFocused();
  await expect(trace.locator('table')).not.toHaveCount(0);
  await expect(trace.locator('th[scope=col]').first()).toBeVisible();
  expect(await trace.locator('a[href^="https://"]').count()).toBeGreaterThan(0); // legal sources as links
  await expect(detail).toHaveAttribute('aria-expanded', 'true');
  await page.keyboard.press('Tab');
  await expect(trace.getByRole('button', { name: msg('fr', 'conseiller.trace.close') })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(trace).toHaveCount(0);
});

test('the month simulated can be changed: the result names the rules and that month', async ({ page }) => {
  const d = new DeskPage(page);
  await d.open();
  await d.fill('home.rent', '500');
  await d.results(2);
  const rules = page.locator('section.results .rules');
  await expect(rules).toContainText(RELEASE);
  await expect(rules).toContainText('novembre 2026');
  await d.field('month').selectOption('2025-03');
  await expect(rules).toContainText('mars 2025');
  // Months whose values are not published yet say how many.
  const later = await d.field('month').locator('option[value="2027-06"]').textContent();
  expect(later).toMatch(/\d+/);
  expect(later).toContain(msg('fr', 'conseiller.month.stale').split('{{n}}')[1].trim().split(' ')[0]);
});

test('print: the summary for the person, with the date and the rules, and no navigation or buttons', async ({ page }) => {
  const d = new DeskPage(page);
  await d.open();
  await d.enterThreeOffers();
  await d.results(4);
  await page.emulateMedia({ media: 'print' });
  const summary = page.locator('section.summary');
  await expect(summary).toBeVisible();
  await expect(summary.getByRole('heading', { name: msg('fr', 'conseiller.print.title') })).toBeVisible();
  await expect(summary).toContainText('16 novembre 2026');
  await expect(summary).toContainText(RELEASE);
  await expect(summary).toContainText('Offre 3');
  await expect(summary).toContainText(msg('fr', 'sim.caveats.estimate'));
  for (const chrome of ['nav', 'button', '.toolbar', '.desk-form', 'section.results', '.skip-link', 'select']) {
    for (const el of await page.locator(chrome).all()) await expect(el, chrome).toBeHidden();
  }
  // 1–2 A4 pages: the printed height fits two pages (A4 at 96 dpi, 15 mm margins: ~1010 px a page).
  const pdf = await page.pdf({ format: 'A4', margin: { top: '15mm', bottom: '15mm', left: '15mm', right: '15mm' } });
  const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
  expect(pages).toBeGreaterThanOrEqual(1);
  expect(pages).toBeLessThanOrEqual(2);
});

test('the resident page opens the person\'s link straight on its answer; a damaged one says so', async ({ page }) => {
  const fragment = (await import('node:fs')).readFileSync('tests/fixtures/share-link.txt', 'utf8').trim();
  await page.clock.setFixedTime(TODAY);
  await page.goto(`/en/simulation/${fragment}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(msg('en', 'sim.results.title'));
  await expect(page.locator('.headline-main')).toContainText('€');
  expect(page.url()).toMatch(/\/en\/simulation\/$/);
  await page.goto('about:blank'); // a new load (the resident page reads the fragment when it opens)
  await page.goto(`/en/simulation/${fragment.slice(0, 80)}`);
  await expect(page.getByRole('alert')).toContainText(msg('en', 'share.link.damaged'));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(msg('en', 'sim.steps.household'));
  expect(page.url()).toMatch(/\/en\/simulation\/$/);
});
