// The filtered events as JSON: { "count": n, "events": [ExportRecord, …] }, indented, ending in a
// newline. Absent values are null rather than missing, so every record has the same keys.
import type { DiplomaticEvent } from '../../../domain/dataset-schema.ts';
import { toExportRecords } from './export-record.ts';
import type { ActorLookup, ArticleLookup } from './export-record.ts';

export function toJson(
  events: readonly DiplomaticEvent[],
  actorsById: ActorLookup,
  articlesById: ArticleLookup,
): string {
  const records = toExportRecords(events, actorsById, articlesById);
  return `${JSON.stringify({ count: records.length, events: records }, null, 2)}\n`;
}
