/**
 * A simulation in a link's fragment (`#s=…`): the part after `#` never leaves the browser (it is not sent to the
 * server), and the app writes it only when the person presses "Partager".
 *
 *   s=1.<layout>.<data>.<check>
 *
 * - `1`: the version of this format (SHARE_VERSION).
 * - `<layout>`: 4 characters of the hash of the form's shape (./pack.ts `shapeOf`): a link made with another shape
 *   of the form is refused as "made by another version" instead of being read wrongly.
 * - `<data>`: base64url of the UTF-8 JSON of the positional layout of `{ rules, state, offers }` (no keys: ~4 times
 *   smaller than the JSON of the form). No compression: CompressionStream is missing from Safari 15, our floor.
 * - `<check>`: FNV-1a of everything before it (6 characters): a link cut short or mistyped is caught before
 *   anything is read. It is a checksum, not a signature: whatever passes it is still validated by the form's schema.
 *
 * `decodeShare` never throws: it returns the document or `{ ok: false, error }` ('version', 'damaged', 'invalid').
 */
import { z } from '../engine/zod';
import { formState } from '../simulation/state';
import { decodeText, encodeText, uint32ToBase64url } from './base64url';
import { MAX_OFFERS, offerState, type SimulationDoc } from './doc';
import { LayoutError, fnv1a, pack, shapeOf, unpack } from './pack';

export const SHARE_VERSION = 1;
/** The fragment parameter: `#s=…`. */
export const SHARE_PARAM = 's';
/** Longer than any real link (~1 kB with four offers and twelve children): refused before any work. */
export const MAX_LINK_LENGTH = 16_000;

const payload = z.object({
  rules: z.string().max(32),
  state: formState,
  offers: z.array(offerState).max(MAX_OFFERS - 1)
});

/** The layout's fingerprint: 4 base64url characters (24 bits of the hash of the payload's shape). */
export const LAYOUT_ID = uint32ToBase64url(fnv1a(shapeOf(payload)) % 2 ** 24).slice(2);

export type ShareError = 'version' | 'damaged' | 'invalid';
export type ShareResult = { ok: true; doc: SimulationDoc; rules: string } | { ok: false; error: ShareError };

const checksum = (text: string): string => uint32ToBase64url(fnv1a(text));

/** The value of `s` for a document and the rules release it was computed with. */
export function encodeShare(doc: SimulationDoc, rules: string): string {
  const body = `${SHARE_VERSION}.${LAYOUT_ID}.${encodeText(JSON.stringify(pack(payload, { rules, state: doc.state, offers: doc.offers })))}`;
  return `${body}.${checksum(body)}`;
}

/** The fragment of a link: `#s=…`. */
export function shareFragment(doc: SimulationDoc, rules: string): string {
  return `#${SHARE_PARAM}=${encodeShare(doc, rules)}`;
}

/** The value of `s` in a location's hash ('#s=…'), or null when the hash holds no shared simulation. */
export function readFragment(hash: string): string | null {
  if (!hash.startsWith(`#${SHARE_PARAM}=`)) return null;
  return hash.slice(SHARE_PARAM.length + 2);
}

const fail = (error: ShareError): ShareResult => ({ ok: false, error });

export function decodeShare(value: unknown): ShareResult {
  if (typeof value !== 'string' || value.length > MAX_LINK_LENGTH) return fail('damaged');
  const parts = value.split('.');
  if (!/^\d{1,3}$/.test(parts[0] ?? '')) return fail('damaged');
  if (Number(parts[0]) !== SHARE_VERSION) return fail('version');
  if (parts.length !== 4) return fail('damaged');
  const [version, layout, data, check] = parts;
  if (checksum(`${version}.${layout}.${data}`) !== check) return fail('damaged');
  if (layout !== LAYOUT_ID) return fail('version');
  const json = decodeText(data);
  if (json === null) return fail('damaged');
  let raw: unknown;
  try {
    raw = unpack(payload, JSON.parse(json));
  } catch (e) {
    if (e instanceof LayoutError || e instanceof SyntaxError) return fail('damaged');
    throw e;
  }
  // The layout fitted: now the values (the form's schema, each offer's, the release's length), all in one parse.
  const p = payload.safeParse(raw);
  if (!p.success) return fail('invalid');
  const { rules, state, offers } = p.data;
  return { ok: true, doc: { state, offers }, rules };
}
