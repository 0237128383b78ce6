// The mark of an event-type family: a shape AND a colour, so the family reads without colour too
// (the legend names each shape). The shapes are CSS clip paths shared with the timeline's dots
// (src/app/styles/event-marks.css), so list, legend, panel and timeline draw the same marks.
// A planned event's mark is striped.
import type { EventFamily } from '../../domain/event-types.ts';
import './ui.css';

export interface FamilyMarkProps {
  readonly family: EventFamily;
  readonly planned?: boolean;
}

export function FamilyMark({ family, planned = false }: FamilyMarkProps) {
  const classes = `family-mark family-mark--${family}${planned ? ' family-mark--planned' : ''}`;
  return <span className={classes} aria-hidden="true" />;
}
