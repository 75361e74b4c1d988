/**
 * The share link codec (src/lib/share/codec.ts): what goes in comes back exactly; anything else — another version,
 * a link cut short or retyped, garbage, a huge string, `__proto__` keys, values out of range — is refused with a
 * stable error, never an exception, and never touches Object.prototype.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { formState, defaultState, defaultChild } from '$lib/simulation/state';
import { LAYOUT_ID, SHARE_VERSION, decodeShare, encodeShare, readFragment, shareFragment } from '$lib/share/codec';
import { decodeText, encodeText, uint32ToBase64url } from '$lib/share/base64url';
import { fnv1a } from '$lib/share/pack';
import { MAX_OFFERS, allOffers, docOf, offerOf, offerState, type SimulationDoc } from '$lib/share/doc';
import { shareFixtureDoc } from '$lib/share/fixture';
import { arbitraryOf } from './share-arbitrary';

const docArb: fc.Arbitrary<SimulationDoc> = fc.record({
  state: arbitraryOf(formState),
  offers: fc.array(arbitraryOf(offerState), { maxLength: MAX_OFFERS - 1 })
}) as fc.Arbitrary<SimulationDoc>;
const releaseArb = fc.string({ minLength: 1, maxLength: 32 });

/** A link whose checksum is right for whatever body we write (what a careful forger, or a bug, would produce). */
function forged(version: string, layout: string, json: string): string {
  const body = `${version}.${layout}.${encodeText(json)}`;
  return `${body}.${uint32ToBase64url(fnv1a(body))}`;
}

const protoClean = () => expect(Object.keys(Object.prototype)).toEqual([]);

describe('share link: round trip', () => {
  it('the generated states are valid (the generator follows the schema)', () => {
    fc.assert(fc.property(docArb, (doc) => formState.safeParse(doc.state).success), { numRuns: 200, seed: 7 });
  });

  it('random valid documents come back exactly, with the rules release, in URL-safe characters', () => {
    fc.assert(
      fc.property(docArb, releaseArb, (doc, rules) => {
        const link = encodeShare(doc, rules);
        expect(link).toMatch(/^[0-9A-Za-z_\-.]+$/);
        const back = decodeShare(link);
        expect(back).toEqual({ ok: true, doc, rules });
      }),
      { numRuns: 500, seed: 20261116 }
    );
  });

  it('the fragment form: #s=… read back from a location hash', () => {
    const doc = shareFixtureDoc();
    const fragment = shareFragment(doc, '2026.11');
    expect(fragment.startsWith('#s=1.')).toBe(true);
    expect(readFragment(fragment)).toBe(encodeShare(doc, '2026.11'));
    expect(readFragment('')).toBeNull();
    expect(readFragment('#contenu')).toBeNull();
    expect(readFragment('#s')).toBeNull();
  });

  it('the layout is positional: the default state, packed by hand, is what the link carries', () => {
    const s = defaultState();
    const link = encodeShare({ state: s, offers: [] }, 'R');
    const [version, layout, data] = link.split('.');
    expect(version).toBe(String(SHARE_VERSION));
    expect(layout).toBe(LAYOUT_ID);
    const packed = JSON.parse(decodeText(data)!) as unknown[];
    // [rules, state, offers]; state = [version, month, household, screening, home, job, commute, notClaimed, …]
    expect(packed[0]).toBe('R');
    expect(packed[2]).toEqual([]);
    const st = packed[1] as unknown[];
    expect(st[0]).toBe(1); // version
    expect(st[1]).toBeNull(); // month: "this month"
    const household = st[2] as unknown[];
    expect(household[0]).toBe(0); // couple: false
    // adult: [age null, situation 'nothing' = option 0, are: [daily = 0, null, null, rightsKind 'unknown' = 2, null, null, assAfter 'unknown' = 2], job: [basis 'net' = 1, null, null]]
    expect((household[1] as unknown[])[0]).toEqual([null, 0, [0, null, null, 2, null, null, 2], [1, null, null]]);
    expect(st[5]).toEqual([0, 0, null, 24, [0, 0, null], null, null, [1, 0, 0, 0, 0]]); // job: me, CDI, 24 h, SMIC gross, day
  });

  it('is compact: the fixture (2 offers) under 700 characters; 4 offers and 12 children under 4 000', () => {
    expect(encodeShare(shareFixtureDoc(), '2026.11').length).toBeLessThan(700);
    const s = defaultState();
    s.month = '2026-11';
    for (let i = 0; i < 12; i++) s.household.children.push(defaultChild(2015 + (i % 10)));
    const o = offerOf(s);
    const doc = docOf(s, [o, o, o, o]);
    const link = encodeShare(doc, '2026.11');
    expect(link.length).toBeLessThan(4000);
    const back = decodeShare(link);
    expect(back.ok && allOffers(back.doc)).toEqual([o, o, o, o]);
  });
});

describe('share link: refused', () => {
  const good = encodeShare(shareFixtureDoc(), '2026.11');

  it('another version of the format, or another layout of the form (with a right checksum)', () => {
    expect(decodeShare(`2${good.slice(1)}`)).toEqual({ ok: false, error: 'version' });
    expect(decodeShare(`99.${good.split('.').slice(1).join('.')}`)).toEqual({ ok: false, error: 'version' });
    const [, , data] = good.split('.');
    const other = forged('1', LAYOUT_ID === 'AAAA' ? 'AAAB' : 'AAAA', decodeText(data)!);
    expect(decodeShare(other)).toEqual({ ok: false, error: 'version' });
  });

  it('every truncation of a link is refused as damaged', () => {
    for (let n = 0; n < good.length; n++) {
      const r = decodeShare(good.slice(0, n));
      expect(r.ok, `cut at ${n}`).toBe(false);
      if (!r.ok && n > 1) expect(r.error, `cut at ${n}`).toBe('damaged');
    }
  });

  it('every one-character change is refused (the checksum catches it)', () => {
    const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_.';
    for (let i = 0; i < good.length; i++) {
      const c = alphabet[(alphabet.indexOf(good[i]) + 1 + (i % 7)) % alphabet.length];
      const r = decodeShare(good.slice(0, i) + c + good.slice(i + 1));
      expect(r.ok, `position ${i}`).toBe(false);
    }
  });

  it('garbage of any kind: a stable error, no exception', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: 'binary' }), fc.anything()), (x) => {
        const r = decodeShare(x);
        expect(r.ok).toBe(false);
        if (!r.ok) expect(['version', 'damaged', 'invalid']).toContain(r.error);
      }),
      { numRuns: 1000, seed: 3 }
    );
  });

  it('a huge input is refused at once', () => {
    const huge = `1.${LAYOUT_ID}.${'A'.repeat(10_000_000)}.AAAAAA`;
    const t0 = performance.now();
    expect(decodeShare(huge)).toEqual({ ok: false, error: 'damaged' });
    expect(performance.now() - t0).toBeLessThan(50);
  });

  it('well-formed data of the wrong shape (keyed JSON, __proto__, deep nesting): damaged, prototype untouched', () => {
    const keyed = JSON.stringify({ rules: 'x', state: defaultState(), offers: [] });
    expect(decodeShare(forged('1', LAYOUT_ID, keyed))).toEqual({ ok: false, error: 'damaged' });
    const proto = '{"__proto__":{"polluted":true},"constructor":{"prototype":{"polluted":true}}}';
    expect(decodeShare(forged('1', LAYOUT_ID, proto))).toEqual({ ok: false, error: 'damaged' });
    expect(decodeShare(forged('1', LAYOUT_ID, `["x",${proto},[]]`))).toEqual({ ok: false, error: 'damaged' });
    expect(decodeShare(forged('1', LAYOUT_ID, `${'['.repeat(5000)}${']'.repeat(5000)}`))).toEqual({ ok: false, error: 'damaged' });
    expect(decodeShare(forged('1', LAYOUT_ID, '{not json'))).toEqual({ ok: false, error: 'damaged' });
    protoClean();
  });

  it('values out of range or of the wrong type in the right layout: invalid', () => {
    const [, , data] = good.split('.');
    const packed = JSON.parse(decodeText(data)!) as [string, unknown[], unknown[]];
    /** The fixture's link with the packed job's field `i` set to `v` (job = state field 5). */
    const withJob = (i: number, v: unknown, literal?: string): string => {
      const copy = JSON.parse(JSON.stringify(packed)) as [string, unknown[][], unknown[]];
      copy[1][5][i] = v;
      const json = JSON.stringify(copy);
      return forged('1', LAYOUT_ID, literal ? json.replace(JSON.stringify(v), literal) : json);
    };
    expect(decodeShare(withJob(3, 24)).ok).toBe(true); // the unchanged value passes: the helper itself is right
    expect(decodeShare(withJob(3, 999))).toEqual({ ok: false, error: 'invalid' }); // 999 h a week
    expect(decodeShare(withJob(3, '24'))).toEqual({ ok: false, error: 'invalid' });
    expect(decodeShare(withJob(3, 'HUGE', '1e400'))).toEqual({ ok: false, error: 'invalid' }); // JSON reads it as Infinity
    expect(decodeShare(withJob(1, 7))).toEqual({ ok: false, error: 'damaged' }); // there is no 8th contract
    expect(decodeShare(withJob(5, '2026-13'))).toEqual({ ok: false, error: 'invalid' });
    // The other offers and the rules release are checked too: 999 h a week in the second offer (offer = [job, commute,
    // care], hours = job field 3), a release name longer than 32 characters.
    const offer = JSON.parse(JSON.stringify(packed)) as [string, unknown[], unknown[][][]];
    expect(offer[2][0][0][3]).toBe(35);
    offer[2][0][0][3] = 999;
    expect(decodeShare(forged('1', LAYOUT_ID, JSON.stringify(offer)))).toEqual({ ok: false, error: 'invalid' });
    expect(decodeShare(forged('1', LAYOUT_ID, JSON.stringify(['x'.repeat(33), packed[1], packed[2]])))).toEqual({ ok: false, error: 'invalid' });
    // 12 more offers where at most 3 fit
    const many = JSON.stringify([packed[0], packed[1], Array(12).fill(packed[2][0])]);
    expect(decodeShare(forged('1', LAYOUT_ID, many)).ok).toBe(false);
  });
});
