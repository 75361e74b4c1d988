/** Kiosks lose Wi-Fi: a page loaded once keeps working with no network (service worker precache). */
import { expect, hydrated, msg, test } from './fixtures';

async function controlled(page: import('@playwright/test').Page) {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  await page.reload();
  await expect.poll(() => page.evaluate(() => !!navigator.serviceWorker.controller)).toBe(true);
}

test('after one load, a reload with the network cut still shows the page, and other pages open', async ({
  page,
  context
}) => {
  await page.goto('/');
  await controlled(page);
  await context.setOffline(true);
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(msg('fr', 'home.heading'));
  await hydrated(page);

  // another page, in another language, never visited: from the precache
  await page.goto('/ar/accessibilite/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(msg('ar', 'a11y.title'));
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await hydrated(page);
  // and the language switch still works offline (client navigation, locale chunk from the precache)
  await page.getByRole('link', { name: 'English' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(msg('en', 'a11y.title'));
  await context.setOffline(false);
});

test('a first visit on a sub-page installs the service worker for the whole site', async ({ page, context }) => {
  await page.goto('/en/comment-ca-marche/');
  await controlled(page);
  expect(await page.evaluate(async () => (await navigator.serviceWorker.ready).scope)).toBe(new URL('/', page.url()).href);
  await context.setOffline(true);
  await page.goto('/fr-x-falc/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(msg('fr-x-falc', 'home.heading'));
  await context.setOffline(false);
});
