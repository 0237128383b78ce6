// The filtered events as an iCalendar file (RFC 5545): one all-day VEVENT per event.
//   day "2017-01-15"                    → DTSTART;VALUE=DATE:20170115  DTEND;VALUE=DATE:20170116
//   month "2014-11"                     → 20141101 .. 20141201 (DTEND is exclusive)
//   year "2016"                         → 20160101 .. 20170101
//   "2016-12-26" with endDate 2017-01-01 → 20161226 .. 20170102
// The output is deterministic: DTSTAMP comes from `generatedAt`, or else from the event's own
// first day, never from the clock.
import type { DiplomaticEvent } from '../../../domain/dataset-schema.ts';
import { getSpanEnd, getSpanStart } from '../../../domain/partial-date.ts';
import { toExportRecords } from './export-record.ts';
import type { ActorLookup, ArticleLookup, ExportRecord } from './export-record.ts';
import { escapeIcsText, foldIcsLine, getNextDay, toIcsDate, toIcsTimestamp } from './ics-text.ts';

export interface IcsOptions {
  /** When the dataset was made (ISO day or date-time), used as every DTSTAMP. */
  readonly generatedAt?: string;
}

export const ICS_UID_DOMAIN = 'diplomacy-timeline';

export function toIcs(
  events: readonly DiplomaticEvent[],
  actorsById: ActorLookup,
  articlesById: ArticleLookup,
  options: IcsOptions = {},
): string {
  const stamp = options.generatedAt === undefined ? null : toIcsTimestamp(options.generatedAt);
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Diplomacy Timeline//Event export//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    'X-WR-CALNAME:Diplomacy Timeline',
    ...toExportRecords(events, actorsById, articlesById).flatMap((r) => toVevent(r, stamp)),
    'END:VCALENDAR',
  ];
  return lines.map((line) => `${foldIcsLine(line)}\r\n`).join('');
}

function toVevent(record: ExportRecord, stamp: string | null): string[] {
  const first = getSpanStart(record.date);
  const last = record.endDate ?? getSpanEnd(record.date);
  return [
    'BEGIN:VEVENT',
    `UID:${record.id}@${ICS_UID_DOMAIN}`,
    `DTSTAMP:${stamp ?? toIcsTimestamp(first)}`,
    `DTSTART;VALUE=DATE:${toIcsDate(first)}`,
    `DTEND;VALUE=DATE:${toIcsDate(getNextDay(last))}`,
    `SUMMARY:${escapeIcsText(record.title)}`,
    `DESCRIPTION:${escapeIcsText(getDescription(record))}`,
    ...(record.place === null ? [] : [`LOCATION:${escapeIcsText(record.place)}`]),
    `CATEGORIES:${escapeIcsText(record.typeLabel)}`,
    'TRANSP:TRANSPARENT',
    'END:VEVENT',
  ];
}

/** Plain text: type, actors, then each source as `Outlet, "Article title": sentence`. */
function getDescription(record: ExportRecord): string {
  const lines = [`Type: ${record.typeLabel}`];
  if (record.actors.length > 0) lines.push(`Actors: ${record.actors.join(', ')}`);
  for (const source of record.sources) {
    const from = [source.outlet, source.articleTitle === null ? null : `"${source.articleTitle}"`]
      .filter((part) => part !== null)
      .join(', ');
    lines.push(from === '' ? source.sentence : `${from}: ${source.sentence}`);
  }
  return lines.join('\n');
}
