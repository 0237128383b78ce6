// Download buttons for the events currently shown. Each file is built only when asked for, by
// formatters loaded then (export-formats.ts).
import type { DiplomaticEvent } from '../../../domain/dataset-schema.ts';
import { downloadTextFile } from './download-file.ts';
import type { ActorLookup, ArticleLookup } from './export-record.ts';
import { whenIdle } from '../../ui/index.ts';
import './export.css';

export interface ExportMenuProps {
  /** The events to export: the current filtered view. */
  readonly events: readonly DiplomaticEvent[];
  readonly actorsById: ActorLookup;
  readonly articlesById: ArticleLookup;
  /** When the dataset was made (ISO day or date-time), for the iCalendar DTSTAMP. */
  readonly generatedAt?: string;
}

export const EXPORT_FILE_BASE = 'diplomacy-timeline-events';

export interface ExportAction {
  /** "Download CSV" */
  readonly label: string;
  /** Starts the download; it begins once the formatters have loaded (at once after the first). */
  save(): void;
}

const loadFormats = () => import('./export-formats.ts');

/**
 * Loads the formatters when the page is first idle, after the first view: they are not part of
 * it, yet a download must still work once the network is gone (the module is then in memory).
 * Returns a cancel function, for an effect's clean-up.
 */
export function preloadExportFormats(): () => void {
  return whenIdle(() => void loadFormats().catch(() => undefined), 3000, 500);
}

/** Builds and downloads a file once the formatters are in; a failed load is reported, not lost. */
function saveWith(build: (formats: Awaited<ReturnType<typeof loadFormats>>) => void): void {
  loadFormats().then(build, (error: unknown) => reportError(error));
}

/** One download per format, each file built only when its action runs. */
export function getExportActions({
  events,
  actorsById,
  articlesById,
  generatedAt,
}: ExportMenuProps): ExportAction[] {
  return [
    {
      label: 'Download CSV',
      // The byte order mark makes Excel read the file as UTF-8 (accents, dashes).
      save: () =>
        saveWith(({ toCsv }) =>
          downloadTextFile(
            `${EXPORT_FILE_BASE}.csv`,
            `\uFEFF${toCsv(events, actorsById, articlesById)}`,
            'text/csv;charset=utf-8',
          ),
        ),
    },
    {
      label: 'Download JSON',
      save: () =>
        saveWith(({ toJson }) =>
          downloadTextFile(
            `${EXPORT_FILE_BASE}.json`,
            toJson(events, actorsById, articlesById),
            'application/json',
          ),
        ),
    },
    {
      label: 'Download iCalendar',
      save: () =>
        saveWith(({ toIcs }) =>
          downloadTextFile(
            `${EXPORT_FILE_BASE}.ics`,
            toIcs(events, actorsById, articlesById, generatedAt === undefined ? {} : { generatedAt }),
            'text/calendar;charset=utf-8',
          ),
        ),
    },
  ];
}

export function ExportMenu(props: ExportMenuProps) {
  const { events } = props;
  const formats = getExportActions(props);
  const noun = events.length === 1 ? 'event' : 'events';

  return (
    <div className="export-menu" role="group" aria-label={`Export the ${events.length} ${noun} shown`}>
      {formats.map((format) => (
        <button key={format.label} type="button" disabled={events.length === 0} onClick={format.save}>
          {format.label}
        </button>
      ))}
    </div>
  );
}
