// The episode-nav feature's public surface: the overview strip the app shell composes.
export { EpisodeNav } from './episode-nav.tsx';
export type { EpisodeNavProps } from './episode-nav.tsx';
