/**
 * Kiosks lose Wi-Fi: after one load of the kiosk as installed (/borne/?impression=1), with the network cut, the
 * kiosk starts again and completes a simulation — the engine, the rules, the commune table (search included) and
 * the chart code come from the service worker's precache — and a wipe still returns to the start.
 */
import { expect, hydrated, test } from './fixtures';
import { Kiosk, msg } from './borne-kiosk';
import { euros, expected, firstMatch, plain, TODAY, type Answers } from './simulation-journey';

const herouville = firstMatch('Herouville St Clair');
const A: Answers = { age: 36, commune: { query: 'Herouville St Clair', code: herouville.code }, rent: 498, situation: 'rsa', hours: 28 };

test('after one load, offline: the kiosk starts, searches a commune, completes a simulation and wipes', async ({ page, context }) => {
  test.setTimeout(90_000);
  const k = new Kiosk(page, 'fr', 'pointer', '?impression=1');
  await page.clock.setFixedTime(TODAY); // the model's month; timers run for real (nothing waits on them here)
  await page.goto(k.url);
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  await page.reload();
  await expect.poll(() => page.evaluate(() => !!navigator.serviceWorker.controller)).toBe(true);

  await context.setOffline(true);
  await page.reload();
  await hydrated(page);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(msg('fr', 'borne.start.title'));
  await k.begin();
  await k.answer(A);
  const r = expected(A);
  for (const c of r.cards) {
    await expect.poll(async () => plain(await page.getByTestId(`left-${c.id}`).textContent()), c.id).toBe(euros(c.first12.resteAVivre));
  }
  await expect(page.locator('canvas')).toHaveCount(3);
  await expect(page.getByRole('button', { name: msg('fr', 'sim.results.print') })).toBeVisible(); // the installed setting, offline too

  await page.getByRole('button', { name: msg('fr', 'borne.restart'), exact: true }).click();
  await expect(page).toHaveURL(k.url);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(msg('fr', 'borne.start.title'));
  await hydrated(page);
  await context.setOffline(false);
});
