/**
 * The saved file (src/lib/share/file.ts): what "Enregistrer" writes, "Ouvrir" reads back exactly; a file that is
 * not ours, too big, of another version or not JSON is refused with a stable error; a file of ours with a few wrong
 * answers keeps every valid one and says which were replaced. Never an exception, never a polluted prototype.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { formState } from '$lib/simulation/state';
import { FILE_MAX_BYTES, fileName, fileText, readSavedFile, savedFile } from '$lib/share/file';
import { MAX_OFFERS, offerState, type SimulationDoc } from '$lib/share/doc';
import { shareFixtureDoc } from '$lib/share/fixture';
import { arbitraryOf } from './share-arbitrary';

const docArb = fc.record({
  state: arbitraryOf(formState),
  offers: fc.array(arbitraryOf(offerState), { maxLength: MAX_OFFERS - 1 })
}) as fc.Arbitrary<SimulationDoc>;

const AT = new Date(2026, 10, 16, 10, 30); // 16 November 2026, local time
const text = (doc: SimulationDoc) => fileText(savedFile(doc, '2026.11', AT));
const json = (x: unknown) => JSON.stringify(x);

describe('saved file', () => {
  it('is named after the local date and holds app, version, date, rules and the answers', () => {
    expect(fileName(AT)).toBe('reprise-simulation-2026-11-16.json');
    expect(fileName(new Date(2027, 0, 5, 23, 59))).toBe('reprise-simulation-2027-01-05.json');
    const f = JSON.parse(text(shareFixtureDoc())) as Record<string, unknown>;
    expect(Object.keys(f)).toEqual(['app', 'version', 'savedAt', 'rules', 'state', 'offers']);
    expect(f.app).toBe('reprise');
    expect(f.version).toBe(1);
    expect(f.savedAt).toBe(AT.toISOString());
    expect(f.rules).toBe('2026.11');
  });

  it('random valid documents come back exactly', () => {
    fc.assert(
      fc.property(docArb, (doc) => {
        expect(readSavedFile(text(doc))).toEqual({ ok: true, doc, rules: '2026.11', savedAt: AT.toISOString(), replaced: [], droppedOffers: 0 });
      }),
      { numRuns: 300, seed: 11 }
    );
  });

  it('refuses what is not one of our files', () => {
    expect(readSavedFile('')).toEqual({ ok: false, error: 'not-json' });
    expect(readSavedFile('{"app":"reprise",')).toEqual({ ok: false, error: 'not-json' });
    expect(readSavedFile(42)).toEqual({ ok: false, error: 'not-json' });
    expect(readSavedFile('null')).toEqual({ ok: false, error: 'not-reprise' });
    expect(readSavedFile('[1,2]')).toEqual({ ok: false, error: 'not-reprise' });
    expect(readSavedFile(json({ app: 'autre', version: 1, state: {} }))).toEqual({ ok: false, error: 'not-reprise' });
    expect(readSavedFile(json({ app: 'reprise', version: 1, state: 'x' }))).toEqual({ ok: false, error: 'invalid' });
    expect(readSavedFile(json({ app: 'reprise', version: 1 }))).toEqual({ ok: false, error: 'invalid' });
  });

  it('refuses another version of the file or of the form', () => {
    const f = JSON.parse(text(shareFixtureDoc())) as { version: number; state: { version: number } };
    expect(readSavedFile(json({ ...f, version: 2 }))).toEqual({ ok: false, error: 'version' });
    expect(readSavedFile(json({ ...f, state: { ...f.state, version: 2 } }))).toEqual({ ok: false, error: 'version' });
  });

  it('refuses a file too big before reading it', () => {
    const big = json({ app: 'reprise', version: 1, state: {}, pad: 'x'.repeat(FILE_MAX_BYTES) });
    const t0 = performance.now();
    expect(readSavedFile(big)).toEqual({ ok: false, error: 'too-big' });
    expect(performance.now() - t0).toBeLessThan(20);
    expect(readSavedFile('é'.repeat(5 * 1024 * 1024))).toEqual({ ok: false, error: 'too-big' });
  });

  it('keeps every valid answer of a damaged state, says which were replaced, drops a bad offer', () => {
    const f = JSON.parse(text(shareFixtureDoc())) as { state: { home: Record<string, unknown>; job: Record<string, unknown> }; offers: unknown[] };
    f.state.home.rent = -5; // a rent below 0
    f.state.job.hoursPerWeek = 'beaucoup';
    f.offers.push({ job: 'x' });
    const r = readSavedFile(json(f));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.replaced.map((e) => e.path).sort()).toEqual(['home.rent', 'job.hoursPerWeek']);
    expect(r.doc.state.home.rent).toBeNull(); // the default: not given
    expect(r.doc.state.job.hoursPerWeek).toBe(24); // the default state's 24 h
    expect(r.doc.state.home.charges).toBe(60); // kept
    expect(r.doc.state.household.children).toHaveLength(1); // kept
    expect(r.doc.offers).toHaveLength(1);
    expect(r.droppedOffers).toBe(1);
  });

  it('__proto__ and constructor keys anywhere: ignored, prototype untouched', () => {
    const f = text(shareFixtureDoc()).replace('"state": {', '"state": {"__proto__": {"polluted": true}, "constructor": {"prototype": {"polluted": true}},');
    const withProto = `{"__proto__": {"polluted": true}, ${f.trim().slice(1)}`;
    const r = readSavedFile(withProto);
    expect(r.ok).toBe(true);
    expect(r.ok && r.doc).toEqual(shareFixtureDoc());
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.keys(Object.prototype)).toEqual([]);
  });
});
