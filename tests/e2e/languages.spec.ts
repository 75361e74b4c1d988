/** Every page exists in 4 languages, each already in its language and direction before any script runs. */
import { LANGS, PAGES, expect, hydrated, localizedHref, msg, test } from './fixtures';

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const H1: Record<(typeof PAGES)[number], string> = {
  '/': 'home.heading',
  '/comment-ca-marche/': 'how.title',
  '/accessibilite/': 'a11y.title',
  '/simulation/': 'sim.steps.household', // the first question is the page's heading
  '/conseiller/': 'conseiller.heading',
  '/borne/': 'borne.start.title' // the kiosk's start screen
};

test.describe('prerendered HTML, before any script', () => {
  for (const lang of LANGS) {
    test(`${lang}: every page is served in ${lang}, with its direction`, async ({ request }) => {
      for (const path of PAGES) {
        const res = await request.get(localizedHref(path, lang));
        expect(res.status()).toBe(200);
        const html = await res.text();
        const dir = lang === 'ar' ? 'rtl' : 'ltr';
        expect(html).toContain(`<html lang="${lang}" dir="${dir}">`);
        expect(html).toMatch(new RegExp(`<h1[^>]*>${escapeRegExp(msg(lang, H1[path]))}</h1>`));
        expect(html).toContain(`<noscript><p class="notice notice--warn">${msg(lang, 'browser.noscript')}</p></noscript>`);
        expect(html).toContain('http-equiv="content-security-policy"');
      }
    });
  }

  test('with JavaScript off, the Arabic home is Arabic, right to left, and says JavaScript is needed', async ({
    browser
  }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto('/ar/');
    await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
    await expect(page.locator('html')).toHaveAttribute('lang', 'ar');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(msg('ar', 'home.heading'));
    const noscript = page.locator('noscript p');
    await expect(noscript).toHaveText(msg('ar', 'browser.noscript'));
    await expect(noscript).toBeVisible();
    await expect(page.getByText(msg('ar', 'browser.unsupported'))).toBeHidden();
    // the layout mirrors: the language switch sits on the left of the header in right-to-left
    const brand = await page.getByRole('link', { name: msg('ar', 'app.name') }).boundingBox();
    const viewport = page.viewportSize();
    expect(brand && viewport && brand.x > viewport.width / 2).toBe(true);
    await context.close();
  });
});

test.describe('language switch', () => {
  test('goes to the same page in another language and updates <html lang dir>, storing nothing', async ({
    page,
    context
  }) => {
    await page.goto('/comment-ca-marche/');
    await hydrated(page);
    const nav = page.getByRole('navigation', { name: msg('fr', 'languages.label') });
    await nav.getByRole('link', { name: 'العربية' }).click();
    await expect(page).toHaveURL('/ar/comment-ca-marche/');
    await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
    await expect(page.locator('html')).toHaveAttribute('lang', 'ar');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(msg('ar', 'how.title'));
    await expect(page).toHaveTitle(msg('ar', 'app.pageTitle').replace('{{page}}', msg('ar', 'how.title')));

    await page.getByRole('navigation', { name: msg('ar', 'languages.label') }).getByRole('link', { name: 'English' }).click();
    await expect(page).toHaveURL('/en/comment-ca-marche/');
    await expect(page.locator('html')).toHaveAttribute('dir', 'ltr');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(msg('en', 'how.title'));

    expect(await page.evaluate(() => localStorage.length)).toBe(0);
    expect(await page.evaluate(() => document.cookie)).toBe('');
    expect(await context.cookies()).toEqual([]);
  });

  test('remembers the language on this device only when asked, and forgets it', async ({ page, context }) => {
    await page.goto('/en/');
    await hydrated(page);
    const box = page.getByRole('checkbox', { name: msg('en', 'languages.remember') });
    await box.check();
    expect(await page.evaluate(() => localStorage.getItem('reprise.lang'))).toBe('en');

    await page.goto('/accessibilite/'); // a French address: opened in the remembered language
    await expect(page).toHaveURL('/en/accessibilite/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(msg('en', 'a11y.title'));

    await page.getByRole('checkbox', { name: msg('en', 'languages.remember') }).uncheck();
    expect(await page.evaluate(() => localStorage.length)).toBe(0);
    await page.goto('/accessibilite/');
    await hydrated(page);
    await expect(page).toHaveURL('/accessibilite/');
    expect(await context.cookies()).toEqual([]);
  });
});
