/**
 * Shared e2e fixtures. Every test using `test` from here fails when, during the test:
 * - a Content-Security-Policy violation is reported (listener installed before any page script runs);
 * - a page throws, or logs a console error or warning;
 * - the browser requests anything from another origin than the local server.
 */
import { readFileSync } from 'node:fs';
import { test as base, expect, type Page } from '@playwright/test';
import { LANGS, localizedHref, type Lang } from '../../src/lib/i18n/langs';

export { expect, LANGS, localizedHref, type Lang };

/** Every page of the site, language-neutral (each exists in every language). */
export const PAGES = ['/', '/comment-ca-marche/', '/accessibilite/', '/simulation/', '/conseiller/', '/borne/'] as const;

type Tree = { [k: string]: string | Tree };
const cache = new Map<Lang, Tree>();
/** A message from the locale files, to compare the page with (the tests never hard-code UI text). */
export function msg(lang: Lang, key: string): string {
  if (!cache.has(lang)) {
    const file = new URL(`../../src/lib/i18n/locales/${lang}.json`, import.meta.url);
    cache.set(lang, JSON.parse(readFileSync(file, 'utf8')) as Tree);
  }
  let node: string | Tree | undefined = cache.get(lang);
  for (const part of key.split('.')) node = typeof node === 'object' ? node[part] : undefined;
  if (typeof node !== 'string') throw new Error(`No message ${key} in ${lang}`);
  return node;
}

export type Watch = { console: string[]; violations: string[]; requests: string[]; pageErrors: string[] };

export const test = base.extend<{ watch: Watch }>({
  watch: [
    async ({ page, context, baseURL }, use) => {
      const w: Watch = { console: [], violations: [], requests: [], pageErrors: [] };
      page.on('console', (m) => {
        if (m.type() === 'error' || m.type() === 'warning') w.console.push(`${m.type()}: ${m.text()}`);
      });
      page.on('pageerror', (e) => w.pageErrors.push(String(e)));
      context.on('request', (r) => w.requests.push(r.url()));
      await context.exposeBinding('__reportCsp', (_source, v: string) => void w.violations.push(v));
      await context.addInitScript(() => {
        document.addEventListener('securitypolicyviolation', (e) => {
          const report = (window as unknown as { __reportCsp: (v: string) => void }).__reportCsp;
          report(`${e.violatedDirective} blocked=${e.blockedURI} src=${e.sourceFile}:${e.lineNumber}`);
        });
      });
      await use(w);
      const origin = new URL(baseURL ?? 'http://127.0.0.1:4173').origin;
      expect(w.violations, 'CSP violations').toEqual([]);
      expect(w.pageErrors, 'page errors').toEqual([]);
      expect(w.console, 'console errors and warnings').toEqual([]);
      const foreign = w.requests.filter((u) => !u.startsWith(`${origin}/`) && !u.startsWith('data:'));
      expect(foreign, 'requests to another origin').toEqual([]);
    },
    { auto: true }
  ]
});

/** Wait until the app has hydrated (the root layout marks <html> on mount). */
export async function hydrated(page: Page): Promise<void> {
  await expect(page.locator('html[data-hydrated="true"]')).toHaveCount(1);
}
