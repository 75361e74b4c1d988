/**
 * Fuzzing issue 7's loaders: the link fragment (`decodeShare`, src/lib/share/codec.ts) and the saved file
 * (`readSavedFile`, src/lib/share/file.ts). tests/unit/share.test.ts covers truncation, one-character changes, garbage
 * and huge input; here every link has a RIGHT checksum (what a careful forger or a bug produces) around a payload
 * mutated anywhere in its positional layout, and saved files are valid files mutated anywhere — 1 000 of each.
 * Expected: the document (whose state then passes the form's schema) or a stable error — never an exception, a hang
 * or a polluted prototype.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { LAYOUT_ID, SHARE_VERSION, decodeShare, encodeShare } from '$lib/share/codec';
import { decodeText, encodeText, uint32ToBase64url } from '$lib/share/base64url';
import { fnv1a } from '$lib/share/pack';
import { docOf, offerOf, offerState } from '$lib/share/doc';
import { shareFixtureDoc } from '$lib/share/fixture';
import { fileText, readSavedFile, savedFile } from '$lib/share/file';
import { validateState } from '$lib/simulation/validate';
import { fcOptions } from '../support/arbitraries';
import { parentCaen, singleZ2 } from '../unit/simulation/fixtures';
import { randomState } from '../unit/simulation/random-state';
import { TEN_MB, deep, mutated, prototypeClean, timed } from './hostile';

/** Generous: these run 1 000 cases; a machine busy with other work must not turn them red (speed is `npm run bench`'s job). */
const SLOW = { timeout: 300_000 };

const RUNS = 1000;
const RELEASE = '2026.11';

const docs = fc.oneof(
  fc.constant(null).map(() => shareFixtureDoc()),
  fc.constant(null).map(() => docOf(parentCaen(), [])),
  fc.integer({ min: 1, max: 300 }).map((seed) => {
    const s = randomState(seed, '2026-09');
    const other = offerOf(s);
    other.job.hoursPerWeek = 35;
    return docOf(s, [other]);
  }),
  fc.constant(null).map(() => docOf(singleZ2(24, 1400, '2026-09', '2026-10'), []))
);

/** JSON text of any value the mutations make (bigint as text; NaN, functions and symbols as JSON drops them). */
const json = (x: unknown) => JSON.stringify(x, (_k, v: unknown) => (typeof v === 'bigint' ? v.toString() : v));

/** A link around any payload text, with the right version, layout and checksum. */
function forged(payloadJson: string): string {
  const body = `${SHARE_VERSION}.${LAYOUT_ID}.${encodeText(payloadJson)}`;
  return `${body}.${uint32ToBase64url(fnv1a(body))}`;
}

/** The positional payload a valid link carries (decoded from a real link, not rebuilt by hand). */
const payloads = docs.map((d) => JSON.parse(decodeText(encodeShare(d, RELEASE).split('.')[2])!) as unknown);

function checkLink(value: string): void {
  const [r, ms] = timed(() => decodeShare(value));
  expect(ms, 'decodeShare time (ms)').toBeLessThan(1000);
  if (r.ok) {
    expect(validateState(r.doc.state).ok).toBe(true);
    for (const o of r.doc.offers) expect(offerState.safeParse(o).success).toBe(true);
    expect(typeof r.rules).toBe('string');
  } else expect(['version', 'damaged', 'invalid']).toContain(r.error);
  expect(prototypeClean()).toEqual([]);
}

function checkFile(text: unknown): void {
  const [r, ms] = timed(() => readSavedFile(text));
  expect(ms, 'readSavedFile time (ms)').toBeLessThan(1000);
  if (r.ok) {
    expect(validateState(r.doc.state).ok).toBe(true);
    for (const o of r.doc.offers) expect(offerState.safeParse(o).success).toBe(true);
  } else expect(['too-big', 'not-json', 'not-reprise', 'version', 'invalid']).toContain(r.error);
  expect(prototypeClean()).toEqual([]);
}

describe('shared link (#s=…): forged links with a right checksum', SLOW, () => {
  it('the positional payload of a valid link with 1–4 hostile mutations anywhere', () => {
    fc.assert(fc.property(mutated(payloads), (p) => checkLink(forged(json(p)))), fcOptions(RUNS));
  });

  it('any JSON text, deep nesting and prototype keys as the payload', () => {
    const texts = fc.oneof(
      fc.json(),
      fc.string({ unit: 'binary', maxLength: 200 }),
      fc.constantFrom('['.repeat(3000) + ']'.repeat(3000), '{"__proto__": {"polluted": 1}}', '[["__proto__", {"polluted": 1}]]', json(deep(1000, 'object')), 'null', '[]', '1e400', '-0')
    );
    fc.assert(fc.property(texts, (t) => checkLink(forged(t))), fcOptions(RUNS));
  });
});

describe('saved file: hostile files', SLOW, () => {
  const files = docs.map((d) => JSON.parse(fileText(savedFile(d, RELEASE, new Date('2026-11-16T10:00:00Z')))) as unknown);

  it('valid saved files with 1–4 hostile mutations anywhere', () => {
    fc.assert(fc.property(mutated(files), (f) => checkFile(json(f))), fcOptions(RUNS));
  });

  it('not JSON, not ours, 10 MB, deep nesting, prototype keys, any value', () => {
    const inputs = fc.oneof(
      fc.anything({ withBigInt: true, withNullPrototype: true, maxDepth: 3 }),
      fc.string({ unit: 'binary', maxLength: 300 }),
      fc.json(),
      fc.constantFrom(TEN_MB, '['.repeat(100_000), '{"app": "reprise", "version": 1, "__proto__": {"polluted": 1}}', '{"app": "reprise", "version": 1, "state": {"__proto__": {"polluted": 1}}}', `{"app": "reprise", "version": 1, "state": ${'{"a":'.repeat(5000)}1${'}'.repeat(5000)}}`)
    );
    fc.assert(fc.property(inputs, checkFile), fcOptions(RUNS));
  });
});
