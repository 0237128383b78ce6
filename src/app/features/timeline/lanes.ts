// How the timeline splits events into horizontal lanes (vis-timeline "groups").
export type TimelineLanes = 'episode' | 'type' | 'actor';

/** The lane modes in the order the "Lanes" switch lists them, with their visible labels. */
export const LANE_OPTIONS: readonly { readonly value: TimelineLanes; readonly label: string }[] = [
  { value: 'episode', label: 'Episodes' },
  { value: 'type', label: 'Event types' },
  { value: 'actor', label: 'Actors' },
];

export function isTimelineLanes(value: string): value is TimelineLanes {
  return LANE_OPTIONS.some((option) => option.value === value);
}
