/**
 * The shared-simulation fixture of the benchmark (issue 8): tests/fixtures/share-link.txt is what
 * `shareFixtureFragment(release)` gives today, it opens to the fixture's answers, and those give a result.
 * When the form's shape or the rules release changes, regenerate it:
 *   UPDATE_SHARE_FIXTURE=1 npx vitest run tests/unit/share-fixture.test.ts
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { rules } from '$lib/engine/rules/load';
import { simulate } from '$lib/simulation/simulate';
import { decodeShare, readFragment } from '$lib/share/codec';
import { shareFixtureDoc, shareFixtureFragment } from '$lib/share/fixture';
import { withOffer } from '$lib/share/doc';

const FILE = join(__dirname, '../fixtures/share-link.txt');
const R = rules();

describe('share-link fixture', () => {
  const fragment = shareFixtureFragment(R.release);
  if (process.env.UPDATE_SHARE_FIXTURE) writeFileSync(FILE, `${fragment}\n`);

  it('tests/fixtures/share-link.txt is current (else regenerate it, see the header)', () => {
    expect(readFileSync(FILE, 'utf8').trim()).toBe(fragment);
  });

  it('opens to the fixture answers, made with this rules release', () => {
    const r = decodeShare(readFragment(readFileSync(FILE, 'utf8').trim()));
    expect(r).toEqual({ ok: true, doc: shareFixtureDoc(), rules: R.release });
  });

  it('both offers of the fixture give a result (the benchmark waits for its answer sentence)', () => {
    const doc = shareFixtureDoc();
    expect(simulate(doc.state, R, '2026-11').kind).toBe('result');
    expect(simulate(withOffer(doc.state, doc.offers[0]), R, '2026-11').kind).toBe('result');
  });
});
