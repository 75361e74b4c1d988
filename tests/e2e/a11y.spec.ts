/** axe on every page in every language: no violation (WCAG A/AA and best practices), and AAA text contrast. */
import AxeBuilder from '@axe-core/playwright';
import { LANGS, PAGES, expect, hydrated, localizedHref, test } from './fixtures';

for (const lang of LANGS) {
  test(`${lang}: axe finds no violation on any page`, async ({ page }) => {
    test.setTimeout(120_000); // two axe runs on each of the 6 pages (the counsellor's is large), on a 2-core machine
    for (const path of PAGES) {
      await page.goto(localizedHref(path, lang));
      await hydrated(page); // scan the interactive page, with the "remember" checkbox
      const { violations } = await new AxeBuilder({ page }).analyze();
      expect(violations.map((v) => `${path} ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
      // The palette aims higher than AA: text contrast ≥ 7:1 (WCAG 1.4.6).
      const enhanced = await new AxeBuilder({ page }).withRules(['color-contrast-enhanced']).analyze();
      expect(enhanced.violations.map((v) => `${path} ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    }
  });
}
