// CSV per RFC 4180: a header row, CRLF between records, fields quoted when they hold a comma,
// quote or line break, quotes doubled. One row per event; a multi-valued column (actors, sources)
// holds one value per line, and the three source columns line up line by line.
// Fields that a spreadsheet would run as a formula (leading = + - @ tab CR) get a leading
// apostrophe (OWASP "CSV injection"):  =HYPERLINK("x") → '=HYPERLINK("x")
import type { DiplomaticEvent } from '../../../domain/dataset-schema.ts';
import { toExportRecords } from './export-record.ts';
import type { ActorLookup, ArticleLookup } from './export-record.ts';

export const CSV_COLUMNS = [
  'id',
  'date',
  'precision',
  'end_date',
  'type',
  'type_label',
  'title',
  'actors',
  'place',
  'source_outlets',
  'source_articles',
  'source_sentences',
] as const;

export function toCsv(
  events: readonly DiplomaticEvent[],
  actorsById: ActorLookup,
  articlesById: ArticleLookup,
): string {
  const rows = toExportRecords(events, actorsById, articlesById).map((r) => [
    r.id,
    r.date,
    r.precision,
    r.endDate ?? '',
    r.type,
    r.typeLabel,
    r.title,
    r.actors.join('\n'),
    r.place ?? '',
    r.sources.map((s) => s.outlet ?? '').join('\n'),
    r.sources.map((s) => s.articleTitle ?? '').join('\n'),
    r.sources.map((s) => s.sentence).join('\n'),
  ]);
  return [[...CSV_COLUMNS], ...rows].map((row) => row.map(toCsvField).join(',') + '\r\n').join('');
}

const FORMULA_START = /^[=+\-@\t\r]/u;
const NEEDS_QUOTES = /[",\r\n]/u;

/** One field, neutralised and quoted as needed: 'a,b' → '"a,b"', 'say "hi"' → '"say ""hi"""'. */
export function toCsvField(value: string): string {
  const safe = FORMULA_START.test(value) ? `'${value}` : value;
  return NEEDS_QUOTES.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}
