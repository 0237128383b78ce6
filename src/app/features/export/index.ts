// The export feature's public API: the app shell imports from here, not from the files inside.
export { EXPORT_FILE_BASE, ExportMenu, getExportActions } from './export-menu.tsx';
export type { ExportAction, ExportMenuProps } from './export-menu.tsx';
export { toExportRecords } from './export-record.ts';
export type { ActorLookup, ArticleLookup, ExportRecord, ExportSource } from './export-record.ts';
export { CSV_COLUMNS, toCsv } from './to-csv.ts';
export { ICS_UID_DOMAIN, toIcs } from './to-ics.ts';
export type { IcsOptions } from './to-ics.ts';
export { toJson } from './to-json.ts';
