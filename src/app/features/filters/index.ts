// The filters feature's public API: the app shell imports from here, not from the files inside.
export { ActorFilter } from './actor-filter.tsx';
export type { ActorFilterProps } from './actor-filter.tsx';
export { FilterSummary } from './filter-summary.tsx';
export type { FilterSummaryProps } from './filter-summary.tsx';
export { filterEvents, hasActiveFilters } from './filter-events.ts';
export type { EventFilters } from './filter-events.ts';
export { buildFilterIndex } from './filter-index.ts';
export type { FilterIndex, SearchableActor } from './filter-index.ts';
export { getActorOptions, getTypeOptions } from './filter-options.ts';
export type { ActorOption, TypeOption } from './filter-options.ts';
export { foldText, getSearchTerms } from './fold-text.ts';
export { MAX_SEARCH_LENGTH, SearchBox } from './search-box.tsx';
export type { SearchBoxProps } from './search-box.tsx';
export { getMatchPosition, getSearchMatches, stepSearchMatch } from './search-matches.ts';
export { TypeFilter } from './type-filter.tsx';
export type { TypeFilterProps } from './type-filter.tsx';
