/**
 * The built site refers to no other origin (PRODUCT.md "Private": after the page loads, nothing goes to another
 * origin). Reads build/ (npm test builds before the browser tests); no browser needed — the e2e fixtures watch the
 * requests a browser actually makes on the pages they visit; this test covers every built file, visited or not.
 *
 * The rule — "refers to" means "makes the browser contact it without the user choosing to":
 * - forbidden: a script, style, image, font, media, frame, worker, manifest, preload / prefetch / preconnect, form
 *   action, ping, or a fetch / XHR / beacon / WebSocket / EventSource / import() whose address is on another origin;
 *   a CSS url() or @import to another origin; a Content-Security-Policy that would allow any other origin;
 * - allowed: a link the user clicks (<a href="https://…">, https only, no `ping`) to an official page, and an address
 *   that is only text — a legal source or a local-help link the pages show (it must come from the app's own data:
 *   rules, local-help territories, locale files, page sources), an XML namespace or JSON-schema identifier (names,
 *   never fetched), and the links inside Svelte's and Workbox's own error and warning messages (NOT_REQUESTED).
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';

const BUILD = join(process.cwd(), 'build');
const SRC = join(process.cwd(), 'src');

function files(dir: string, ext: RegExp): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(join(dir, e.name), ext) : ext.test(e.name) ? [join(dir, e.name)] : []));
}

const rel = (f: string) => f.slice(BUILD.length + 1);
/** An address that leaves the origin: absolute http(s)/ws(s), or protocol-relative. */
const FOREIGN = /^\s*(?:(?:https?|wss?):)?\/\//i;
const URL_IN_TEXT = /(?:https?|wss?):\/\/[^\s"'`<>()\\{}|^]+/gi;
/** Addresses that are names or message text, never requested (see the header). */
const NOT_REQUESTED = [
  /^http:\/\/www\.w3\.org\//, // XML namespaces (svg, xhtml, MathML)
  /^https?:\/\/json-schema\.org\//, // $schema identifiers in zod's JSON-schema export
  /^https:\/\/svelte\.dev\/e\//, // Svelte's error and warning messages
  /^https:\/\/bit\.ly\/wb-precache$/, // Workbox's console warning about unrevisioned URLs
  /^http:\/\/\[\$$/ // zod's IPv6 check builds `http://[${address}]` for URL parsing, not a request
];

/** Every address the app's own data and page sources hold (shown to the user as text or links). */
function appAddresses(): Set<string> {
  const sources = [
    ...files(join(SRC, 'lib', 'local-help'), /\.(json|ts)$/),
    ...files(join(SRC, 'lib', 'i18n', 'locales'), /\.json$/),
    join(SRC, 'lib', 'engine', 'rules', 'compiled.json'),
    ...files(join(SRC, 'routes'), /\.(svelte|ts)$/),
    ...files(join(SRC, 'lib'), /\.svelte$/)
  ];
  const out = new Set<string>();
  for (const f of sources) for (const m of readFileSync(f, 'utf8').matchAll(URL_IN_TEXT)) out.add(clean(m[0]));
  return out;
}

/** Trailing punctuation a sentence or a minifier leaves after an address. */
const clean = (u: string) => u.replace(/[.,;:!?'"\]]+$/, '');

const HTML_URL_ATTRS = ['src', 'srcset', 'href', 'poster', 'data', 'action', 'formaction', 'ping', 'background', 'manifest', 'xlink:href', 'codebase', 'cite', 'longdesc', 'icon'];

test.describe('the built site refers to no other origin', () => {
  test.skip(!existsSync(join(BUILD, 'index.html')), 'build/ is missing: run npm run build first');

  test('HTML: a strict CSP on every page, and no attribute loads another origin (links to click excepted)', () => {
    const pages = files(BUILD, /\.html$/);
    expect(pages.length).toBeGreaterThan(5);
    const problems: string[] = [];
    for (const f of pages) {
      const html = readFileSync(f, 'utf8');
      // CSP: every source is 'self', 'none', data:, a hash, or 'unsafe-hashes' — no host, scheme or wildcard.
      const csp = /<meta http-equiv="content-security-policy" content="([^"]+)"/i.exec(html)?.[1];
      if (!csp) problems.push(`${rel(f)}: no Content-Security-Policy meta`);
      else {
        const directives = csp.split(';').map((d) => d.trim().split(/\s+/)).filter((d) => d[0]);
        if (!directives.some((d) => d[0] === 'default-src' && d.length === 2 && d[1] === "'self'")) problems.push(`${rel(f)}: default-src is not 'self' alone`);
        for (const [name, ...sources] of directives)
          for (const s of sources) if (!/^('self'|'none'|'unsafe-hashes'|'sha(256|384|512)-[A-Za-z0-9+/=]+'|data:)$/.test(s)) problems.push(`${rel(f)}: CSP ${name} allows ${s}`);
      }
      for (const tag of html.matchAll(/<([a-zA-Z][\w:-]*)\b([^>]*)>/g)) {
        const [, name, attrs] = tag;
        for (const a of attrs.matchAll(/([\w:-]+)\s*=\s*("([^"]*)"|'([^']*)')/g)) {
          const attr = a[1].toLowerCase();
          const value = a[3] ?? a[4] ?? '';
          if (attr === 'http-equiv' || attr === 'content') continue;
          const isLink = name.toLowerCase() === 'a' && attr === 'href';
          if (isLink) {
            if (/^\s*(javascript|http):/i.test(value)) problems.push(`${rel(f)}: <a href="${value}"> (only https links)`);
            continue;
          }
          if (!HTML_URL_ATTRS.includes(attr)) continue;
          const urls = attr === 'srcset' ? value.split(',').map((x) => x.trim().split(/\s+/)[0]) : [value];
          for (const u of urls) if (FOREIGN.test(u)) problems.push(`${rel(f)}: <${name} ${attr}="${u}">`);
        }
        if (name.toLowerCase() === 'meta' && /http-equiv\s*=\s*"refresh"/i.test(attrs) && /url=\s*(https?:)?\/\//i.test(attrs)) problems.push(`${rel(f)}: meta refresh to another origin`);
      }
      for (const style of html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)) problems.push(...cssProblems(rel(f), style[1]));
    }
    expect(problems).toEqual([]);
  });

  test('CSS: no url() or @import to another origin', () => {
    const css = files(BUILD, /\.css$/);
    expect(css.length).toBeGreaterThan(0);
    expect(css.flatMap((f) => cssProblems(rel(f), readFileSync(f, 'utf8')))).toEqual([]);
  });

  test('web app manifest: every address same-origin', () => {
    const manifests = files(BUILD, /\.webmanifest$/);
    expect(manifests.length).toBeGreaterThan(0);
    const problems: string[] = [];
    const visit = (x: unknown, path: string): void => {
      if (typeof x === 'string' && FOREIGN.test(x)) problems.push(`${path}: ${x}`);
      else if (x !== null && typeof x === 'object') for (const [k, v] of Object.entries(x)) visit(v, `${path}.${k}`);
    };
    for (const f of manifests) visit(JSON.parse(readFileSync(f, 'utf8')), rel(f));
    expect(problems).toEqual([]);
  });

  test('JS (app, service worker): no request to another origin; every other address is text the app shows', () => {
    const js = files(BUILD, /\.(js|mjs)$/);
    expect(js.length).toBeGreaterThan(10);
    const known = appAddresses();
    expect(known.size).toBeGreaterThan(10); // the scan of the app's data really finds its links
    const problems: string[] = [];
    let text = 0;
    for (const f of js) {
      const code = readFileSync(f, 'utf8');
      const call = /\b(fetch|import|importScripts|sendBeacon|EventSource|WebSocket|Worker|SharedWorker|open)\s*\(\s*(?:["'`]GET["'`]\s*,\s*)?["'`]((?:(?:https?|wss?):)?\/\/[^"'`]*)/g;
      for (const m of code.matchAll(call)) problems.push(`${rel(f)}: ${m[1]}("${m[2]}")`);
      for (const m of code.matchAll(/["'`]\/\/[a-z0-9-]+(\.[a-z0-9-]+)+/gi)) problems.push(`${rel(f)}: protocol-relative address ${m[0].slice(1)}`);
      for (const m of code.matchAll(URL_IN_TEXT)) {
        const u = clean(m[0]);
        if (/^wss?:/i.test(u)) problems.push(`${rel(f)}: WebSocket address ${u}`);
        else if (!NOT_REQUESTED.some((r) => r.test(u)) && !known.has(u)) problems.push(`${rel(f)}: ${u} is not an address of the app's data (a third-party resource?)`);
        else text++;
      }
    }
    expect(problems).toEqual([]);
    expect(text).toBeGreaterThan(0);
  });
});

function cssProblems(where: string, css: string): string[] {
  const out: string[] = [];
  for (const m of css.matchAll(/url\(\s*(["']?)([^"')]*)\1\s*\)/gi)) if (FOREIGN.test(m[2])) out.push(`${where}: url(${m[2]})`);
  for (const m of css.matchAll(/@import\s+(?:url\()?\s*["']?([^"'\s);]+)/gi)) if (FOREIGN.test(m[1])) out.push(`${where}: @import ${m[1]}`);
  return out;
}
