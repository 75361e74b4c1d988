/**
 * The browser half of `npm run bench` (issue 8): the built site (build/, `npm run build`) served by `vite preview`
 * on a port of its own, Chromium (/usr/bin/chromium, or CHROMIUM_PATH) driven by Playwright, the CPU slowed ×4
 * through the DevTools protocol (`Emulation.setCPUThrottlingRate`), as on an old phone or kiosk:
 *  (a) update: on the resident's results, the time from choosing other weekly hours to the answer sentence showing
 *      the new figure (click → the sentence's text has changed → the next frame);
 *  (b) first answer: the time from starting to load the resident's page with a shared simulation in the address
 *      (`#s=…`, tests/fixtures/share-link.txt) to the answer sentence being on screen (timeOrigin → the first frame
 *      it is visible), in a fresh browser profile each time (nothing cached, no service worker yet); one unmeasured
 *      load first warms the server.
 * Each part checks first that what it needs exists in the build and prints "not available yet" otherwise.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from '@playwright/test';

const PORT = Number(process.env.BENCH_PORT ?? 4181);
const ORIGIN = `http://127.0.0.1:${PORT}`;
const THROTTLE = 4;
const RUNS = 5;
const fr = JSON.parse(readFileSync('src/lib/i18n/locales/fr.json', 'utf8')) as { sim: { continue: string; home: { rent: { label: string } } } };
/** The answer sentence (results/Headline.svelte). */
const ANSWER = '.headline-main';

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const report = (label: string, xs: number[], target: number) =>
  console.log(`${label}: median ${median(xs).toFixed(0)} ms, best ${Math.min(...xs).toFixed(0)} ms over ${xs.length} runs (CPU ×${THROTTLE}; target ≤ ${target} ms)`);

async function startPreview(): Promise<ChildProcess> {
  // vite itself (not through npx), so that killing this process stops the server.
  const p = spawn(process.execPath, ['node_modules/vite/bin/vite.js', 'preview', '--port', String(PORT), '--strictPort', '--host', '127.0.0.1'], { stdio: 'ignore' });
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(`${ORIGIN}/`)).ok) return p;
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  p.kill();
  throw new Error(`vite preview did not start on port ${PORT}`);
}

async function throttledPage(browser: Browser): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 412, height: 915 } });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: THROTTLE });
  return page;
}

/** (b) One cold load of the shared link: ms from timeOrigin to the first frame with the answer on screen, or null. */
async function firstAnswer(browser: Browser, fragment: string): Promise<number | null> {
  const page = await throttledPage(browser);
  try {
    await page.goto(`${ORIGIN}/simulation/${fragment}`, { waitUntil: 'commit' });
    // A function, not a string: the site's CSP forbids the eval a string predicate needs (and no named inner
    // function, which tsx would wrap in a `__name` helper the page does not have).
    const at = await page.waitForFunction(
      (sel: string) => {
        const el = document.querySelector<HTMLElement>(sel);
        return el && el.textContent?.trim() && el.offsetParent !== null ? performance.now() : false;
      },
      ANSWER,
      { polling: 'raf', timeout: 30_000 }
    );
    return (await at.jsonValue()) as number;
  } catch (e) {
    if (process.env.BENCH_DEBUG) console.log(String(e));
    return null;
  } finally {
    await page.context().close();
  }
}

/** The answers with the fewest inputs (a tenant paying 500 €, everything else as the form's defaults). */
async function answerJourney(page: Page): Promise<void> {
  await page.goto(`${ORIGIN}/simulation/`);
  await page.locator('html[data-hydrated="true"]').waitFor({ state: 'attached' });
  const next = () => page.getByRole('button', { name: fr.sim.continue }).click();
  for (let i = 0; i < 12 && !(await page.locator(ANSWER).isVisible()); i++) {
    const rent = page.getByLabel(fr.sim.home.rent.label);
    if ((await rent.count()) && !(await rent.inputValue())) await rent.fill('500');
    await next();
    await page.waitForTimeout(100);
  }
  await page.locator(ANSWER).waitFor({ timeout: 30_000 });
}

/**
 * One hours change, in the page: click another preset, wait for the answer's text to change, then one frame.
 * Plain JavaScript text: tsx would wrap named functions in a `__name` helper the page does not have.
 */
const ONE_UPDATE = `(async ({ sel, i }) => {
  const radios = [...document.querySelectorAll('input[name="r-hours-preset"]')].slice(0, 5);
  const current = radios.findIndex((r) => r.checked);
  const target = radios[(current + 1 + (i % 3)) % radios.length];
  const before = document.querySelector(sel)?.textContent;
  const t = performance.now();
  target.click();
  await new Promise((resolve) => {
    const obs = new MutationObserver(() => check());
    function check() {
      if (document.querySelector(sel)?.textContent === before) return;
      obs.disconnect();
      requestAnimationFrame(() => resolve());
    }
    obs.observe(document.body, { subtree: true, childList: true, characterData: true });
    check();
  });
  return performance.now() - t;
})`;

/** (a) Updates after choosing other hours on the results page: ms from the click to the frame after the new text. */
async function updates(page: Page): Promise<number[]> {
  const out: number[] = [];
  for (let i = 0; i < RUNS + 1; i++) {
    const ms = (await page.evaluate(`${ONE_UPDATE}(${JSON.stringify({ sel: ANSWER, i })})`)) as number;
    if (i > 0) out.push(ms); // the first change also loads lazy chunks: warm-up
  }
  return out;
}

export async function browserBench(): Promise<void> {
  if (!existsSync('build/index.html')) {
    console.log('browser: build/ is missing — run `npm run build` first (update time and first answer not measured)');
    return;
  }
  const journey = existsSync('build/simulation/index.html');
  const fixture = join('tests', 'fixtures', 'share-link.txt');
  const server = await startPreview();
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'] });
  try {
    // (b) first answer from a shared link.
    let shared = false;
    if (journey && existsSync(fixture)) {
      const fragment = readFileSync(fixture, 'utf8').trim();
      // The first load warms the server up (and tells whether the page opens shared links at all); not counted.
      const first = await firstAnswer(browser, fragment);
      if (first === null) console.log('first answer from a shared link: not available yet (the resident page does not open #s= links; BENCH_DEBUG=1 says why)');
      else {
        shared = true;
        const xs: number[] = [];
        for (let i = 0; i < RUNS; i++) xs.push((await firstAnswer(browser, fragment)) ?? NaN);
        report('first answer from a shared link (cold load of /simulation/#s=…)', xs, 2000);
      }
    } else console.log('first answer from a shared link: not available yet (no resident page or no share-link fixture in this build)');

    // (a) update after the hours change.
    if (!journey) {
      console.log('update after the hours change: not available yet (no resident page in this build)');
      return;
    }
    const page = await throttledPage(browser);
    try {
      if (shared) {
        await page.goto(`${ORIGIN}/simulation/${readFileSync(fixture, 'utf8').trim()}`);
        await page.locator(ANSWER).waitFor({ timeout: 30_000 });
      } else await answerJourney(page);
    } catch (e) {
      console.log(`update after the hours change: could not reach the results (${String(e).split('\n')[0]}) — is build/ being rebuilt?`);
      return;
    }
    if ((await page.locator('input[name="r-hours-preset"]').count()) < 5) {
      console.log('update after the hours change: not available yet (no hours choice on the results)');
      return;
    }
    report(`update after the hours change (results of ${shared ? 'the shared link' : 'a 500 € tenant, default answers'})`, await updates(page), 300);
  } finally {
    await browser.close();
    server.kill();
  }
}
