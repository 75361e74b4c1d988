/**
 * Pseudo-locale run: an init script asks the app to wrap every translated string in ⟦…⟧ (enablePseudo, never
 * reachable from the UI). Any visible text, title or accessible attribute without the marker did not come from
 * the locale files.
 */
import { LANGS, PAGES, expect, hydrated, localizedHref, test } from './fixtures';

for (const lang of LANGS) {
  test(`${lang}: no visible text outside the locale files`, async ({ page }) => {
    await page.addInitScript(() => {
      window.__REPRISE_PSEUDO__ = true;
    });
    for (const path of PAGES) {
      await page.goto(localizedHref(path, lang));
      await hydrated(page);
      await expect.poll(() => page.title()).toMatch(/^⟦/);
      const bare = await page.evaluate(() => {
        // letters outside every ⟦…⟧ (markers nest: an interpolated value inside a marked sentence)
        const hasWords = (s: string) => {
          let depth = 0;
          for (const c of s) {
            if (c === '⟦') depth++;
            else if (c === '⟧') depth = Math.max(0, depth - 1);
            else if (depth === 0 && /\p{L}/u.test(c)) return true;
          }
          return false;
        };
        const out: string[] = [];
        const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
        for (let n = walker.nextNode(); n; n = walker.nextNode()) {
          const el = n.parentElement;
          if (!el || el.closest('script, style, noscript, #svelte-announcer')) continue;
          if (!el.checkVisibility({ checkOpacity: true, checkVisibilityCSS: true })) continue;
          if (hasWords(n.textContent ?? '')) out.push(`text: ${n.textContent}`);
        }
        for (const el of document.querySelectorAll('[aria-label], [title], [alt], [placeholder]')) {
          for (const a of ['aria-label', 'title', 'alt', 'placeholder']) {
            const v = el.getAttribute(a);
            if (v && hasWords(v)) out.push(`${a}: ${v}`);
          }
        }
        if (hasWords(document.title)) out.push(`title: ${document.title}`);
        return out;
      });
      expect(bare, path).toEqual([]);
    }
  });
}
