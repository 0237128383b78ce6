// The actor feature's public API: the app shell imports from here, not from the files inside.
export { ActorPanel } from './actor-panel.tsx';
export type { ActorPanelProps } from './actor-panel.tsx';
export { formatOffice, getActorKindLabel } from './actor-labels.ts';
