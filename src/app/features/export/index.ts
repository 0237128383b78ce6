// The export feature's public API: the app shell imports from here, not from the files inside.
export { EXPORT_FILE_BASE, ExportMenu, getExportActions, preloadExportFormats } from './export-menu.tsx';
export type { ExportAction, ExportMenuProps } from './export-menu.tsx';
export { toExportRecords } from './export-record.ts';
export type { ActorLookup, ArticleLookup, ExportRecord, ExportSource } from './export-record.ts';
// The formatters (to-csv, to-ics, to-json) are not exported: the actions load them on demand, and
// a static import anywhere would pull them back into the first view's bundle.
