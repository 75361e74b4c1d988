/**
 * Private and light (PRODUCT.md "Private", "Fast and light"): during a whole simulation every request is a file of
 * the built site on the same origin, at an address that does not depend on anything typed or chosen (the commune
 * table has one fixed address); nothing is stored; chart code is fetched only when the results are shown.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { COMMUNES_URL } from '../../src/lib/communes/table-url';
import { expect, test } from './fixtures';
import { Journey, firstMatch, type Answers } from './simulation-journey';

const herouville = firstMatch('Herouville St Clair');
const A: Answers = { age: 37, children: [{ year: 2022, care: 'creche' }], commune: { query: 'Herouville St Clair', code: herouville.code }, rent: 613, charges: 58, situation: 'rsa', hours: 28 };
const TYPED = ['37', '2022', 'herouville', 'Herouville', 'Hérouville', herouville.code, '613', '58'];

/**
 * The path without the content hashes Vite and the commune script put in file names ("799C58dd.js" would "carry" 58):
 * those files exist before anything is typed (checked by `builtFile`), so a typed value inside a hash is a coincidence.
 */
function withoutHashes(pathname: string): string {
  return decodeURIComponent(pathname).replace(/([./-])(?=[A-Za-z_-]*\d)[A-Za-z0-9_-]{8,10}(?=\.(?:js|css|json|webmanifest)$)/, '$1#');
}

/** The built file a same-origin URL serves (directories serve their index.html). */
function builtFile(pathname: string): string {
  const p = join(process.cwd(), 'build', decodeURIComponent(pathname));
  return pathname.endsWith('/') ? join(p, 'index.html') : p;
}

test('every request is a built same-origin file, none carries what was typed, the commune table has a fixed address', async ({
  page,
  context,
  baseURL
}) => {
  const urls: string[] = [];
  context.on('request', (r) => urls.push(r.url()));
  const j = new Journey(page, 'fr', 'pointer');
  await j.open();
  await j.answer(A);
  await expect(page.locator('canvas')).toHaveCount(3);

  const origin = new URL(baseURL ?? 'http://127.0.0.1:4173').origin;
  expect(urls.length).toBeGreaterThan(10);
  for (const u of urls) {
    const url = new URL(u);
    expect(url.origin, u).toBe(origin);
    expect(url.search, u).toBe('');
    expect(url.hash, u).toBe('');
    expect(existsSync(builtFile(url.pathname)), `${u} is a built file`).toBe(true);
    for (const typed of TYPED) expect(withoutHashes(url.pathname).includes(typed), `${u} carries "${typed}"`).toBe(false);
  }
  // The page's search and the service worker's precache ask for the table at the same fixed address, and only that one.
  const tables = new Set(urls.filter((u) => u.includes('/data/')));
  expect([...tables]).toEqual([`${origin}${COMMUNES_URL}`]);

  expect(await page.evaluate(() => localStorage.length + sessionStorage.length)).toBe(0);
  expect(await context.cookies()).toEqual([]);
  expect(page.url()).toBe(`${origin}/simulation/`);
});

test('chart code is not loaded by the questions, only by the results', async ({ page }) => {
  const scripts: { url: string; chart: boolean }[] = [];
  page.on('response', async (r) => {
    if (!r.url().endsWith('.js')) return;
    const body = await r.text().catch(() => '');
    scripts.push({ url: r.url(), chart: body.includes('Failed to create chart') });
  });
  const j = new Journey(page, 'fr', 'pointer');
  await j.open();
  let beforeResults = 0;
  await j.answer({ ...A, children: [] }, async (step) => {
    if (step === 'sim.steps.commute') {
      await page.waitForLoadState('networkidle');
      beforeResults = scripts.length;
      expect(scripts.filter((s) => s.chart)).toEqual([]);
    }
  });
  await expect(page.locator('canvas')).toHaveCount(3);
  await expect.poll(() => scripts.slice(beforeResults).some((s) => s.chart)).toBe(true);
});
