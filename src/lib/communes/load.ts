import { parseCommunesTable } from './table';
import { COMMUNES_URL } from './table-url';
import { CommunesError, type LoadResult } from './types';

/** Just what the loader needs from `fetch` (a test passes its own). */
export type FetchLike = (url: string) => Promise<Response>;

let pending: Promise<LoadResult> | undefined;

/**
 * Fetches the whole commune table once from its fixed same-origin address (never built from user input)
 * and builds the search index. Never throws: a network failure or a corrupt file is a typed error, and
 * the next call tries again.
 */
export function loadCommunes(fetchFn: FetchLike = (u) => fetch(u), url: string = COMMUNES_URL): Promise<LoadResult> {
  pending ??= fetchTable(fetchFn, url).then((result) => {
    if (!result.ok) pending = undefined;
    return result;
  });
  return pending;
}

async function fetchTable(fetchFn: FetchLike, url: string): Promise<LoadResult> {
  let response: Response;
  try {
    response = await fetchFn(url);
  } catch (e) {
    return fail('communes.fetch-failed', `could not fetch ${url}: ${String(e)}`);
  }
  if (!response.ok) return fail('communes.fetch-failed', `could not fetch ${url}: HTTP ${response.status}`);
  let json: unknown;
  try {
    json = await response.json();
  } catch {
    return fail('communes.not-json', `${url} is not JSON`);
  }
  return parseCommunesTable(json);
}

const fail = (code: CommunesError['code'], message: string): LoadResult => ({
  ok: false,
  error: new CommunesError(code, message)
});
