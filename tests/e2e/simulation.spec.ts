/**
 * The resident's journey end to end (issue 6 acceptance): keyboard alone, a touch phone, the numbers against the
 * model, hours changed on the results, bad input, going back, the screen for situations not computed yet.
 */
import { expect, hydrated, localizedHref, msg, test } from './fixtures';
import { Journey, euros, expected, firstMatch, plain, type Answers } from './simulation-journey';

const caen = firstMatch('Caen');
const SINGLE: Answers = { age: 34, commune: { query: 'Caen', code: caen.code }, rent: 420, charges: 40, situation: 'rsa', hours: 24 };

async function expectAnswer(j: Journey, a: Answers) {
  const r = expected(a);
  const page = j.page;
  const gain = r.headline.gainFirst12;
  const key = gain.abs().lt(1) ? 'same' : gain.gt(0) ? 'more' : 'less';
  const care = r.cards.some((c) => c.first12.garde.gt(0)) ? 'Care' : '';
  const sentence = msg(j.lang, `sim.headline.${key}${care}`).replace('{{hours}}', String(a.hours)).replace('{{amount}}', euros(gain.abs()));
  await expect.poll(async () => plain(await page.locator('.headline-main').textContent())).toBe(sentence.replace(/\[\[|\]\]/g, ''));
  for (const c of r.cards) {
    await expect.poll(async () => plain(await page.getByTestId(`left-${c.id}`).textContent()), c.id).toBe(euros(c.first12.resteAVivre));
  }
  return r;
}

test('keyboard alone: every screen, the answer sentence and three cards, then other hours on the results', async ({ page }) => {
  const j = new Journey(page, 'fr', 'keyboard');
  await j.open();
  await j.answer(SINGLE);
  await expect(page.getByRole('article')).toHaveCount(3);
  await expectAnswer(j, SINGLE);

  // Other hours, from the results, still by keyboard: the answer follows.
  const h35 = page.getByRole('radio', { name: msg('fr', 'sim.job.hoursPreset').replace('{{hours}}', '35'), exact: true });
  await j.choose(h35);
  await expectAnswer(j, { ...SINGLE, hours: 35 });
  await expect(page.getByTestId('card-offer').getByRole('heading', { level: 3 })).toContainText('35');
});

test.describe('a touch phone, 360 × 740', () => {
  test.use({ viewport: { width: 360, height: 740 }, hasTouch: true, isMobile: true });

  test('a parent with a toddler in a crèche sees the sentence and three stacked cards', async ({ page }) => {
    const a: Answers = { ...SINGLE, children: [{ year: 2024, care: 'creche' }], hours: 20 };
    const j = new Journey(page, 'fr', 'touch');
    await j.open();
    await j.answer(a);
    await expectAnswer(j, a);
    const boxes = await page.getByRole('article').evaluateAll((els) => els.map((e) => e.getBoundingClientRect()));
    expect(boxes).toHaveLength(3);
    expect(boxes[1].top).toBeGreaterThanOrEqual(boxes[0].bottom); // stacked, not side by side
    expect(boxes[2].top).toBeGreaterThanOrEqual(boxes[1].bottom);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  });
});

test('the numbers shown equal the model’s for the same answers: every card, every line', async ({ page }) => {
  const a: Answers = { ...SINGLE, children: [{ year: 2016, care: 'none' }, { year: 2023, care: 'creche' }], hours: 28 };
  const j = new Journey(page, 'fr', 'pointer');
  await j.open();
  await j.answer(a);
  const r = await expectAnswer(j, a);
  for (const c of r.cards) {
    const card = page.getByTestId(`card-${c.id}`);
    const lines = await card.locator('summary').evaluateAll((els) => els.map((e) => e.textContent ?? ''));
    const benefits = Object.entries(c.first12.benefits);
    for (const [slug, v] of benefits) {
      const name = msg('fr', `sim.rows.${slug}`);
      const line = lines.map(plain).find((l) => l.startsWith(name));
      expect(line, `${c.id} ${slug}`).toBeDefined();
      expect(line).toContain(euros(v));
    }
    if (c.gain) await expect(card.locator('.gain')).toHaveText(new RegExp(euros(c.gain.first12.resteAVivre, true).replace(/[+]/g, '\\+')));
  }
});

test('bad input: an inline message in the current language next to the field, nothing else lost', async ({ page }) => {
  const j = new Journey(page, 'en', 'pointer');
  await j.open();
  const age = page.getByLabel(msg('en', 'sim.household.age.you'), { exact: true });
  await age.fill('34');
  await page.getByRole('button', { name: msg('en', 'sim.household.children.add') }).click();
  const year = page.locator('#f-household-children-0-birthYear');
  await year.fill('20l9');
  await expect(year).toHaveAttribute('aria-invalid', 'true');
  const described = await year.getAttribute('aria-describedby');
  const message = page.locator(`#${described?.split(' ').find((id) => id.endsWith('-error'))}`);
  await expect(message).toContainText(msg('en', 'errors.number-expected'));
  await expect(year).toHaveValue('20l9'); // kept as typed
  await expect(age).toHaveValue('34'); // nothing else lost

  await page.getByRole('button', { name: msg('en', 'sim.continue') }).click(); // refused: the error list takes the focus
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(msg('en', 'sim.steps.household'));
  // (the page has a second, empty alert region: the shared-link notice, $lib/share/SharedLinkNotice.svelte)
  await expect(page.locator('.error-summary[role=alert]')).toContainText(msg('en', 'errors.number-expected'));

  await year.fill('2019');
  await expect(year).not.toHaveAttribute('aria-invalid', 'true');
  await j.next();
  await j.next();
  const rent = page.getByLabel(msg('en', 'sim.home.rent.label'));
  await rent.fill('1 000 000');
  await rent.blur();
  await expect(rent).toHaveAttribute('aria-invalid', 'true');
  await expect(page.locator('#f-home-rent-error')).toContainText(msg('en', 'errors.too-big').split('{{')[0]);
  await rent.fill('450,50'); // French decimals are read
  await rent.blur();
  await expect(rent).not.toHaveAttribute('aria-invalid');
  // An empty rent for a tenant is refused on "Continue", next to the field.
  await rent.fill('');
  await page.getByRole('button', { name: msg('en', 'sim.continue') }).click();
  await expect(page.locator('#f-home-rent-error')).toHaveText(new RegExp(msg('en', 'errors.required')));
  await expect(rent).toHaveAttribute('aria-describedby', /f-home-rent-error/);
});

test('going back keeps every answer; progress says which step', async ({ page }) => {
  const j = new Journey(page, 'fr', 'pointer');
  await j.open();
  await expect(page.getByText(msg('fr', 'sim.progress').replace('{{current}}', '1').replace('{{total}}', '7'))).toBeVisible();
  await page.getByLabel(msg('fr', 'sim.household.age.you'), { exact: true }).fill('41');
  await page.getByRole('radio', { name: msg('fr', 'sim.household.couple.couple') }).check();
  await page.getByLabel(msg('fr', 'sim.household.age.partner')).fill('39');
  await j.next();
  await j.next();
  await page.getByLabel(msg('fr', 'sim.home.rent.label')).fill('512,30');
  await j.next();
  await expect(page.getByText(msg('fr', 'sim.progress').replace('{{current}}', '4').replace('{{total}}', '7'))).toBeVisible();
  for (let i = 0; i < 3; i++) await page.getByRole('button', { name: msg('fr', 'sim.back') }).click();
  await expect(page.getByLabel(msg('fr', 'sim.household.age.you'), { exact: true })).toHaveValue('41');
  await expect(page.getByLabel(msg('fr', 'sim.household.age.partner'))).toHaveValue('39');
  await expect(page.getByRole('radio', { name: msg('fr', 'sim.household.couple.couple') })).toBeChecked();
  await j.next();
  await j.next();
  await expect(page.getByLabel(msg('fr', 'sim.home.rent.label'))).toHaveValue('512,3');
  // Nothing is kept on the device.
  expect(await page.evaluate(() => localStorage.length + sessionStorage.length)).toBe(0);
  expect(page.url()).toMatch(/\/simulation\/$/);
});

test('a situation not modelled gets a plain "not calculated yet" screen, not a number', async ({ page }) => {
  const j = new Journey(page, 'fr', 'pointer');
  await j.open();
  await j.next();
  await page.getByLabel(msg('fr', 'sim.screening.aah')).check();
  await page.getByRole('button', { name: msg('fr', 'sim.continue') }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(msg('fr', 'sim.outOfScope.title'));
  await expect(page.getByText(msg('fr', 'simulation.out-of-scope.aah'))).toBeVisible();
  await expect(page.locator('.headline')).toHaveCount(0);
  await page.getByRole('button', { name: msg('fr', 'sim.outOfScope.change') }).click();
  await expect(page.getByLabel(msg('fr', 'sim.screening.aah'))).toBeChecked();
});

test('printing the results: the answer, the cards, the rules and the caveats, no navigation or charts', async ({ page }) => {
  const j = new Journey(page, 'fr', 'pointer');
  await j.open();
  await j.answer({ ...SINGLE, children: [{ year: 2022, care: 'creche' }] });
  await page.evaluate(() => window.dispatchEvent(new Event('beforeprint'))); // as the browser's print menu does
  await expect(page.locator('details.assumptions')).toHaveAttribute('open', '');
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.headline')).toBeVisible();
  await expect(page.getByRole('article')).toHaveCount(3);
  await expect(page.locator('.rules')).toBeVisible();
  await expect(page.getByRole('heading', { name: msg('fr', 'sim.print.heading') })).toBeVisible();
  await expect(page.getByRole('navigation', { name: msg('fr', 'languages.label') })).toBeHidden();
  await expect(page.locator('.charts')).toBeHidden();
  await expect(page.getByRole('button', { name: msg('fr', 'sim.results.print') })).toBeHidden();
  // One A4 page: count the pages of the PDF Chromium prints.
  const pdf = (await page.pdf({ format: 'A4' })).toString('latin1');
  expect(pdf.match(/\/Type\s*\/Page[^s]/g)).toHaveLength(1);
});

for (const lang of ['fr', 'fr-x-falc', 'en', 'ar'] as const) {
  test(`${lang}: the home page's start button opens the simulation in the same language`, async ({ page }) => {
    await page.goto(localizedHref('/', lang));
    await hydrated(page);
    await page.getByRole('link', { name: msg(lang, 'home.start') }).click();
    await expect(page).toHaveURL(localizedHref('/simulation/', lang));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(msg(lang, 'sim.steps.household'));
    const note = page.getByText(msg(lang, 'footer.unreviewed'));
    if (lang === 'fr') await expect(note).toHaveCount(0);
    else await expect(note).toBeVisible(); // translations not reviewed yet say so
  });
}
