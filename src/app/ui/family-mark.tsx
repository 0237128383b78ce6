// The mark of an event-type family: a shape AND a colour, so the family reads without colour too
// (the legend names each shape). The same shapes are drawn on the timeline by event-marks.css.
// A planned event's mark is hollow.
import type { EventFamily } from '../../domain/event-types.ts';
import './ui.css';

/** Outline of each family's shape in a 12×12 box. */
export const FAMILY_SHAPES: Readonly<Record<EventFamily, string>> = {
  consult: 'M6 0.8a5.2 5.2 0 1 1 0 10.4a5.2 5.2 0 1 1 0-10.4z', // circle: people meeting
  statement: 'M1.2 1.2h9.6v9.6h-9.6z', // square: words on record
  proposal: 'M6 0.4L11.6 6L6 11.6L0.4 6z', // diamond: something put forward
  decision: 'M6 0.8L11.4 11H0.6z', // triangle up: adopted, ruled
  opposition: 'M2.4 0.6L6 4.2L9.6 0.6L11.4 2.4L7.8 6L11.4 9.6L9.6 11.4L6 7.8L2.4 11.4L0.6 9.6L4.2 6L0.6 2.4z', // cross: blocked
  pressure: 'M0.6 1H11.4L6 11.2z', // triangle down: pressure applied
  force: 'M6 0.3L7.6 4.2L11.7 4.4L8.5 7L9.6 11.2L6 8.8L2.4 11.2L3.5 7L0.3 4.4L4.4 4.2z', // star: force
};

export interface FamilyMarkProps {
  readonly family: EventFamily;
  readonly planned?: boolean;
}

export function FamilyMark({ family, planned = false }: FamilyMarkProps) {
  const classes = `family-mark family-mark--${family}${planned ? ' family-mark--planned' : ''}`;
  return (
    <svg className={classes} viewBox="0 0 12 12" width="12" height="12" aria-hidden="true" focusable="false">
      <path d={FAMILY_SHAPES[family]} />
    </svg>
  );
}
