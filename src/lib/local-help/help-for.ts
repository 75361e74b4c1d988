/**
 * Who can help with what the simulation revealed: the department's own entries (when a file exists for it)
 * followed by the national ones, which are always available. Pure: same inputs, same list.
 */
import { NATIONAL, TERRITORIES } from './data';
import { departementRe, type Entry, type TerritoryFile, type Topic } from './schema';

export type HelpEntry = Entry & { scope: 'local' | 'national' };

export interface HelpOptions {
  /** INSEE code of the resident's commune: drops local entries that serve other communes only. */
  commune?: string;
}

const serves = (e: Entry, commune: string | undefined): boolean =>
  commune === undefined || e.area === undefined || e.area === 'department' || e.area.communes.includes(commune);

const matches = (e: Entry, topics: ReadonlySet<Topic>): boolean => e.topics.some((t) => topics.has(t));

/** Normalises a department code as typed or derived ('14', '2a' → '2A'); undefined when it is not one. */
export function normaliseDepartement(code: string): string | undefined {
  const c = code.trim().toUpperCase();
  return departementRe.test(c) ? c : undefined;
}

/** The selection over explicit data (used by helpFor and by tests with fixtures). */
export function selectHelp(
  local: TerritoryFile | undefined,
  national: TerritoryFile,
  topics: readonly Topic[],
  options: HelpOptions = {}
): HelpEntry[] {
  const wanted = new Set(topics);
  if (wanted.size === 0) return [];
  const pick = (file: TerritoryFile | undefined, scope: HelpEntry['scope']): HelpEntry[] =>
    (file?.entries ?? [])
      .filter((e) => matches(e, wanted) && (scope === 'national' || serves(e, options.commune)))
      .map((e) => ({ ...e, scope }));
  return [...pick(local, 'local'), ...pick(national, 'national')];
}

/** Help entries for a department and the topics the simulation revealed: local first, then national. */
export function helpFor(departement: string, topics: readonly Topic[], options: HelpOptions = {}): HelpEntry[] {
  const code = normaliseDepartement(departement);
  return selectHelp(code === undefined ? undefined : TERRITORIES[code], NATIONAL, topics, options);
}
