// The event feature's public API: the app shell imports from here, not from the files inside.
export { EventPanel } from './event-panel.tsx';
export type { EventPanelProps } from './event-panel.tsx';
export type { EventPosition } from './event-nav.tsx';
