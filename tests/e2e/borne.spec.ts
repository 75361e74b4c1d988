/**
 * The kiosk (issue 7): after a completed simulation and the inactivity timeout, nothing of the visitor is left —
 * Web Storage, IndexedDB, cookies, fields, the back button — and every field said autocomplete="off"; the countdown
 * appears at 90 s, "Continuer" keeps the answers, no answer wipes at 105 s. Time is Playwright's clock, not waited.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { COUNTDOWN_MS, IDLE_MS, Kiosk, msg } from './borne-kiosk';
import { firstMatch, type Answers } from './simulation-journey';

const caen = firstMatch('Caen');
const A: Answers = { age: 47, children: [{ year: 2019, care: 'none' }], commune: { query: 'Caen', code: caen.code }, rent: 537, charges: 41, situation: 'rsa', hours: 24 };

/** Every form control of the screen refuses autocomplete, and so does every form. */
async function expectNoAutocomplete(page: Page, where: string) {
  const controls = await page.locator('input, select, textarea').evaluateAll((els) => els.map((e) => [e.id || e.getAttribute('name') || e.outerHTML.slice(0, 60), e.getAttribute('autocomplete')]));
  for (const [id, ac] of controls) expect(ac, `${where}: ${id}`).toBe('off');
  for (const ac of await page.locator('form').evaluateAll((fs) => fs.map((f) => f.getAttribute('autocomplete')))) expect(ac, `${where}: form`).toBe('off');
  return controls.length;
}

/** Something of this site in every store the browser keeps: the wipe must remove it. */
async function seed(page: Page) {
  await page.evaluate(async () => {
    localStorage.setItem('reprise.test', 'visitor 1');
    sessionStorage.setItem('reprise.test', 'visitor 1');
    document.cookie = 'reprise_test=visitor1; path=/';
    await new Promise<void>((resolve, reject) => {
      const open = indexedDB.open('reprise-test', 1);
      open.onupgradeneeded = () => open.result.createObjectStore('answers');
      open.onerror = () => reject(open.error);
      open.onsuccess = () => {
        const tx = open.result.transaction('answers', 'readwrite');
        tx.objectStore('answers').put({ rent: 537 }, 'visitor-1');
        tx.oncomplete = () => {
          open.result.close();
          resolve();
        };
      };
    });
  });
}

async function stores(page: Page) {
  return page.evaluate(async () => ({
    local: localStorage.length,
    session: Object.keys(sessionStorage),
    databases: (await indexedDB.databases()).map((d) => d.name),
    cookie: document.cookie
  }));
}

test('after a completed simulation and the timeout, nothing of the visitor is left, and Back shows nothing', async ({ page }) => {
  test.setTimeout(90_000);
  const k = new Kiosk(page, 'fr', 'pointer');
  await k.open();
  await seed(page);
  expect(await stores(page)).toEqual({ local: 1, session: ['reprise.test'], databases: ['reprise-test'], cookie: 'reprise_test=visitor1' });
  const depth = await page.evaluate(() => history.length);

  await k.begin();
  let fields = 0;
  await k.answer(A, async (step) => {
    fields += await expectNoAutocomplete(page, step);
  });
  expect(fields).toBeGreaterThan(20); // the check saw the journey's fields, results included
  await expect(page.getByTestId('left-offer')).toBeVisible();

  await k.lastInput();
  await page.clock.fastForward(IDLE_MS);
  await expect(k.dialog()).toBeVisible();
  await page.clock.fastForward(COUNTDOWN_MS);
  await page.clock.resume(); // the start screen loads with time running
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(msg('fr', 'borne.start.title'));
  await expect(page.locator('html[data-hydrated="true"]')).toHaveCount(1);

  expect(await stores(page)).toEqual({ local: 0, session: [], databases: [], cookie: '' });
  expect(await page.evaluate(() => history.length), 'the visit added no history entry').toBe(depth);
  await expect(page.locator('input, select, textarea')).toHaveCount(0);

  // The next person's screens hold nothing of the previous one.
  await k.begin();
  await expectNoAutocomplete(page, 'after the wipe');
  for (const v of await page.locator('input[type=text]').evaluateAll((els) => els.map((e) => (e as HTMLInputElement).value))) expect(v).toBe('');
  await expect(page.getByRole('button', { name: msg('fr', 'sim.household.children.remove').replace('{{n}}', '1') })).toHaveCount(0);
  await k.next();
  await k.next();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(msg('fr', 'sim.steps.home'));
  await expect(page.getByRole('combobox', { name: msg('fr', 'sim.home.commune.label') })).toHaveValue('');
  await expect(page.getByLabel(msg('fr', 'sim.home.rent.label'))).toHaveValue('');

  // Back: never the previous person's answers.
  await page.goBack();
  await page.waitForLoadState();
  const typed = await page.locator('input').evaluateAll((els) => els.map((e) => (e as HTMLInputElement).value).filter(Boolean));
  expect(typed).toEqual([]);
  await expect(page.getByText(caen.name)).toHaveCount(0);
  await expect(page.getByTestId('left-offer')).toHaveCount(0);
});

test('the question comes at 90 s with a 15 s countdown; "Continuer" keeps the answers; no answer wipes at 105 s', async ({ page }) => {
  test.setTimeout(90_000);
  const k = new Kiosk(page, 'fr', 'pointer');
  await k.open();
  await k.begin();
  await k.answer(A);
  const left = await page.getByTestId('left-offer').textContent();

  await k.lastInput();
  await page.clock.fastForward(IDLE_MS - 1_000);
  await expect(k.dialog()).toHaveCount(0);
  await page.clock.fastForward(1_000);
  const dialog = k.dialog();
  await expect(dialog).toBeVisible();
  await expect(dialog).toHaveAccessibleDescription(new RegExp(msg('fr', 'borne.idle.text').replace(/[.?*()]/g, '\\$&')));
  await expect(dialog.getByText(msg('fr', 'borne.idle.left').replace('{{seconds}}', '15'))).toBeVisible();
  const cont = dialog.getByRole('button', { name: msg('fr', 'borne.idle.continue') });
  await expect(cont).toBeFocused();
  // The countdown is visible every second; a screen reader hears it at 10 s and 5 s only.
  const live = dialog.locator('[aria-live]');
  await page.clock.runFor(1_000);
  await expect(dialog.getByText(msg('fr', 'borne.idle.left').replace('{{seconds}}', '14'))).toBeVisible();
  await expect(live).toHaveText('');
  await page.clock.runFor(4_000);
  await expect(live).toHaveText(msg('fr', 'borne.idle.left').replace('{{seconds}}', '10'));
  await page.clock.runFor(1_000);
  await expect(live).toHaveText('');

  await cont.click();
  await expect(k.dialog()).toHaveCount(0);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(msg('fr', 'sim.results.title'));
  await expect(page.getByTestId('left-offer')).toHaveText(left ?? '');

  // Activity keeps the kiosk awake; then 90 s of nothing, and 15 more: wiped.
  await page.clock.fastForward(IDLE_MS - 10_000);
  await page.mouse.move(40, 40);
  await page.clock.fastForward(20_000);
  await expect(k.dialog()).toHaveCount(0);
  await page.clock.fastForward(IDLE_MS - 20_000);
  await expect(k.dialog()).toBeVisible();
  await page.clock.fastForward(COUNTDOWN_MS - 1_000);
  await expect(page.getByTestId('left-offer')).toHaveText(left ?? '');
  await page.clock.fastForward(1_000);
  await page.clock.resume();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(msg('fr', 'borne.start.title'));
  await expect(page).toHaveURL(k.url);
});

test('"Effacer et recommencer" on any screen wipes the same way; Escape in the question continues', async ({ page }) => {
  const k = new Kiosk(page, 'fr', 'pointer', '?impression=1');
  await k.open();
  await k.begin();
  await k.type(page.getByLabel(msg('fr', 'sim.household.age.you'), { exact: true }), '52');
  await seed(page);
  await k.lastInput();
  await page.clock.fastForward(IDLE_MS);
  await expect(k.dialog()).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(k.dialog()).toHaveCount(0);
  await expect(page.getByLabel(msg('fr', 'sim.household.age.you'), { exact: true })).toHaveValue('52');
  await page.clock.resume();

  await page.getByRole('button', { name: msg('fr', 'borne.restart'), exact: true }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(msg('fr', 'borne.start.title'));
  await expect(page).toHaveURL(k.url); // the installation setting survives the wipe
  expect(await stores(page)).toEqual({ local: 0, session: [], databases: [], cookie: '' });
  await k.begin();
  await expect(page.getByLabel(msg('fr', 'sim.household.age.you'), { exact: true })).toHaveValue('');
});

test('the language switch stores nothing and adds no history entry; the timeout returns to the installed language', async ({ page }) => {
  const k = new Kiosk(page, 'fr', 'pointer', '?impression=1');
  await k.open();
  const depth = await page.evaluate(() => history.length);
  // An untouched start screen is left alone: no question, no reload, however long it waits.
  await k.lastInput();
  await page.clock.fastForward(10 * 60_000);
  await expect(k.dialog()).toHaveCount(0);
  await page.clock.resume();

  await page.getByRole('navigation', { name: msg('fr', 'languages.label') }).getByRole('link', { name: 'English' }).click();
  await expect(page).toHaveURL('/en/borne/?impression=1');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(msg('en', 'borne.start.title'));
  await expect(page.getByRole('checkbox')).toHaveCount(0); // no "remember my language"
  expect(await page.evaluate(() => [history.length, localStorage.length])).toEqual([depth, 0]);

  await k.lastInput();
  await page.clock.fastForward(IDLE_MS);
  await expect(page.getByRole('alertdialog', { name: msg('en', 'borne.idle.title') })).toBeVisible();
  await page.clock.fastForward(COUNTDOWN_MS);
  await page.clock.resume();
  await expect(page).toHaveURL(k.url);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(msg('fr', 'borne.start.title'));
  expect(await page.evaluate(() => history.length)).toBe(depth);
});
