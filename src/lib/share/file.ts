/**
 * A simulation saved as a JSON file on the device ("Enregistrer") and opened again ("Ouvrir"):
 *
 *   { "app": "reprise", "version": 1, "savedAt": "2026-11-16T10:00:00.000Z", "rules": "2026.11",
 *     "state": <FormState, first offer>, "offers": [<offers 2 to 4>] }
 *
 * Keyed JSON (readable, and an answer added to the form later only makes older files fall back to its default).
 * Reading never throws: a file that is not ours, too big, or of another version gives `{ ok: false, error }`; a
 * file of ours with some wrong answers keeps every valid one (`repairState`) and lists what was replaced.
 */
import { z } from '../engine/zod';
import { STATE_VERSION } from '../simulation/state';
import { repairState } from '../simulation/validate';
import type { FieldError } from '../simulation/types';
import { MAX_OFFERS, offerState, type OfferState, type SimulationDoc } from './doc';

export const FILE_APP = 'reprise';
export const FILE_VERSION = 1;
/** A real file is ~5 kB; anything much larger is not one of ours. */
export const FILE_MAX_BYTES = 256 * 1024;

export interface SavedFile extends SimulationDoc {
  app: typeof FILE_APP;
  version: typeof FILE_VERSION;
  savedAt: string;
  rules: string;
}

export type FileError = 'too-big' | 'not-json' | 'not-reprise' | 'version' | 'invalid';
export type FileResult =
  | { ok: true; doc: SimulationDoc; rules: string | null; savedAt: string | null; replaced: FieldError[]; droppedOffers: number }
  | { ok: false; error: FileError };

export function savedFile(doc: SimulationDoc, rules: string, savedAt: Date): SavedFile {
  return { app: FILE_APP, version: FILE_VERSION, savedAt: savedAt.toISOString(), rules, state: doc.state, offers: doc.offers };
}

/** `reprise-simulation-2026-11-16.json` (the device's local date). */
export function fileName(savedAt: Date): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `reprise-simulation-${savedAt.getFullYear()}-${p(savedAt.getMonth() + 1)}-${p(savedAt.getDate())}.json`;
}

export function fileText(file: SavedFile): string {
  return `${JSON.stringify(file, null, 2)}\n`;
}

const envelope = z.object({
  app: z.literal(FILE_APP),
  version: z.number(),
  savedAt: z.string().max(40).nullable().optional(),
  rules: z.string().max(32).nullable().optional(),
  state: z.record(z.string(), z.unknown()),
  offers: z.array(z.unknown()).max(64).optional()
});

export function readSavedFile(text: unknown): FileResult {
  if (typeof text !== 'string') return { ok: false, error: 'not-json' };
  if (text.length > FILE_MAX_BYTES) return { ok: false, error: 'too-big' };
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return { ok: false, error: 'not-json' };
  }
  const app = (raw as { app?: unknown } | null)?.app;
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw) || app !== FILE_APP) return { ok: false, error: 'not-reprise' };
  const e = envelope.safeParse(raw);
  if (!e.success) return { ok: false, error: 'invalid' };
  if (e.data.version !== FILE_VERSION || e.data.state.version !== STATE_VERSION) return { ok: false, error: 'version' };
  const { state, errors } = repairState(e.data.state);
  const offers: OfferState[] = [];
  let dropped = 0;
  for (const o of e.data.offers ?? []) {
    const p = offerState.safeParse(o);
    if (p.success && offers.length < MAX_OFFERS - 1) offers.push(p.data);
    else dropped++;
  }
  return { ok: true, doc: { state, offers }, rules: e.data.rules ?? null, savedAt: e.data.savedAt ?? null, replaced: errors, droppedOffers: dropped };
}
