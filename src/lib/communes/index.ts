export { loadCommunes, type FetchLike } from './load';
export { searchCommunes, type SearchOptions } from './search';
export { parseCommunesTable } from './table';
export { COMMUNES_URL } from './table-url';
export * from './types';
