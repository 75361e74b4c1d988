export { helpFor, selectHelp, normaliseDepartement, type HelpEntry, type HelpOptions } from './help-for';
export { topicsFor, FINDINGS, type Finding } from './topics';
export { TOPICS, ASKED, type Topic, type Entry, type Source, type WhereToFindItem } from './schema';
export { DESCRIPTIONS_FR, WHERE_TO_FIND, TERRITORIES, NATIONAL } from './data';
