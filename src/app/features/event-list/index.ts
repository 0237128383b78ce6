// The event-list feature's public API: the app shell imports from here, not from the files inside.
export { EventList } from './event-list.tsx';
export type { EventListProps } from './event-list.tsx';
export { sortEventsByDate } from './sort-events.ts';
