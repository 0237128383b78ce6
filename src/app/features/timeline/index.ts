// The timeline feature's public surface: what the app shell composes.
export { TimelineView } from './timeline-view.tsx';
export type { TimelineViewProps } from './timeline-view.tsx';
export type { TimelineLanes } from './lanes.ts';
export { LANE_OPTIONS, isTimelineLanes } from './lanes.ts';
export type { TimelineWindow } from './timeline-data.ts';
export { toTimelineItems } from './to-timeline-items.ts';
