// Hidden quiet periods as vis-timeline sees them: the `hiddenDates` option, and a break mark
// over each gap's visible margins (a background item across every lane, styled in
// timeline.css) that says how long nothing happened.
import { escapeHtml } from './escape-html.ts';
import { toIsoDay } from './iso-day.ts';
import type { QuietPeriod } from './quiet-periods.ts';
import { formatQuietLength } from './quiet-periods.ts';
import type { TimelineItemData } from './timeline-data.ts';

export const BREAK_ITEM_PREFIX = 'break:';

export function toHiddenDates(periods: readonly QuietPeriod[]): { start: Date; end: Date }[] {
  return periods.map(({ hidden }) => ({ start: new Date(hidden.start), end: new Date(hidden.end) }));
}

/** One break mark per period, from the gap's first empty day to the day events resume. */
export function getBreakItems(periods: readonly QuietPeriod[]): TimelineItemData[] {
  return periods.map(({ gap }, i) => {
    const length = formatQuietLength(gap);
    return {
      id: `${BREAK_ITEM_PREFIX}${i}`,
      type: 'background',
      start: toIsoDay(new Date(gap.start)),
      end: toIsoDay(new Date(gap.end)),
      content: escapeHtml(length),
      title: escapeHtml(`Nothing for ${length}: hidden (turn off "Compress quiet periods" for true scale)`),
      className: 'tl-break',
    };
  });
}
