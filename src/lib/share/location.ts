/**
 * The browser side of a shared link: read `#s=…` once, then take it out of the address bar (and of this history
 * entry) so the household does not linger where the next person at a shared computer could find it.
 * `history.state` is kept as it is: SvelteKit's router keeps its own bookkeeping there.
 */
import { decodeShare, readFragment, shareFragment, type ShareResult } from './codec';
import type { SimulationDoc } from './doc';

/** The shared simulation in the address, if any (removed from the address as soon as read). */
export function takeSharedLink(): ShareResult | null {
  const value = readFragment(location.hash);
  if (value === null) return null;
  history.replaceState(history.state, '', location.pathname + location.search);
  return decodeShare(value);
}

/** A full link to `path` (this origin) carrying the document in its fragment. */
export function shareLink(path: string, doc: SimulationDoc, rules: string): string {
  return `${location.origin}${path}${shareFragment(doc, rules)}`;
}
