/** The shell: landmarks, links that lead somewhere, browser floor, small screens, touch targets, print, motion. */
import { LANGS, PAGES, expect, hydrated, localizedHref, msg, test } from './fixtures';

test('every link on every page leads to a page that exists', async ({ page, request, baseURL }) => {
  const seen = new Set<string>();
  for (const lang of LANGS) {
    for (const path of PAGES) {
      await page.goto(localizedHref(path, lang));
      const hrefs = await page.locator('a[href]').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
      for (const href of hrefs) {
        const url = new URL(href);
        if (url.origin !== new URL(baseURL ?? '').origin) continue; // external: not fetched
        if (url.hash && url.pathname === new URL(page.url()).pathname) {
          await expect(page.locator(url.hash)).toHaveCount(1);
          continue;
        }
        if (seen.has(url.pathname)) continue;
        seen.add(url.pathname);
        expect((await request.get(url.pathname)).status(), url.pathname).toBe(200);
      }
    }
  }
  expect(seen.size).toBe(PAGES.length * LANGS.length);
});

test('header, main and footer landmarks, a skip link that is visible when focused', async ({ page }) => {
  await page.goto('/');
  await hydrated(page);
  await expect(page.getByRole('banner')).toBeVisible();
  await expect(page.getByRole('main')).toBeVisible();
  await expect(page.getByRole('contentinfo')).toBeVisible();
  const footerNav = page.getByRole('navigation', { name: msg('fr', 'nav.footer') });
  await expect(footerNav.getByRole('link', { name: msg('fr', 'nav.how') })).toHaveAttribute('href', '/comment-ca-marche/');
  await expect(footerNav.getByRole('link', { name: msg('fr', 'nav.a11y') })).toHaveAttribute('href', '/accessibilite/');
  await expect(page.getByText(msg('fr', 'home.promise'))).toBeVisible();

  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: msg('fr', 'nav.skip') });
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  expect(await skip.evaluate((el) => getComputedStyle(el).outlineStyle)).toBe('solid');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('main')).toBeFocused();
});

test('an unsupported browser gets a message in its language instead of a silent page', async ({ page }) => {
  await page.addInitScript(() => {
    delete (Promise as unknown as { any?: unknown }).any; // as in Chrome < 85
  });
  await page.goto('/en/');
  await expect(page.getByText(msg('en', 'browser.unsupported'))).toBeVisible();
});

test('a supported browser does not see that message', async ({ page }) => {
  await page.goto('/en/');
  await hydrated(page);
  await expect(page.getByText(msg('en', 'browser.unsupported'))).toBeHidden();
});

for (const lang of ['fr', 'ar'] as const) {
  test(`${lang}: every page fits a 320 px wide screen without sideways scrolling`, async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 640 });
    for (const path of PAGES) {
      await page.goto(localizedHref(path, lang));
      await hydrated(page);
      expect(await page.evaluate(() => document.documentElement.scrollWidth), path).toBeLessThanOrEqual(320);
    }
  });
}

test('touch targets of the header, footer and buttons are at least 44 px', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  for (const lang of ['fr', 'ar'] as const) {
    await page.goto(localizedHref('/', lang));
    await hydrated(page);
    const boxes = await page
      .locator('header a, header label, footer a, a.button')
      .evaluateAll((els) => els.map((e) => [e.textContent?.trim(), e.getBoundingClientRect().height, e.getBoundingClientRect().width] as const));
    expect(boxes.length).toBeGreaterThan(7);
    for (const [name, h, w] of boxes) {
      expect(h, `${lang} ${name} height`).toBeGreaterThanOrEqual(44);
      expect(w, `${lang} ${name} width`).toBeGreaterThanOrEqual(44);
    }
  }
});

test('base text is at least 18 px with line-height 1.5', async ({ page }) => {
  await page.goto('/comment-ca-marche/');
  const [size, lh] = await page.locator('main p').first().evaluate((p) => {
    const s = getComputedStyle(p);
    return [parseFloat(s.fontSize), parseFloat(s.lineHeight)];
  });
  expect(size).toBeGreaterThanOrEqual(18);
  expect(lh / size).toBeCloseTo(1.5, 2);
});

test('printing hides the navigation chrome and keeps the content', async ({ page }) => {
  await page.goto('/comment-ca-marche/');
  await hydrated(page);
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.getByRole('navigation', { name: msg('fr', 'languages.label') })).toBeHidden();
  await expect(page.getByRole('navigation', { name: msg('fr', 'nav.footer') })).toBeHidden();
  await expect(page.getByRole('link', { name: msg('fr', 'nav.skip') })).toBeHidden();
});

test('reduced motion turns smooth scrolling off', async ({ page }) => {
  await page.goto('/');
  const behaviour = () => page.evaluate(() => getComputedStyle(document.documentElement).scrollBehavior);
  expect(await behaviour()).toBe('smooth');
  await page.emulateMedia({ reducedMotion: 'reduce' });
  expect(await behaviour()).toBe('auto');
});
