// The timeline feature's public surface: what the app shell composes.
export { TimelineView } from './timeline-view.tsx';
export type { TimelineViewProps } from './timeline-view.tsx';
export type { TimelineLanes } from './lanes.ts';
export { LANE_OPTIONS, isTimelineLanes } from './lanes.ts';
export type { TimelineWindow } from './timeline-data.ts';
export { toTimelineItems } from './to-timeline-items.ts';
export { getEventQuietPeriods } from './event-quiet-periods.ts';
export type { QuietPeriod } from './quiet-periods.ts';
