// The three file formats, in one module the export actions load when a download is asked for:
// no one needs them to see the first view, and they weigh ~2 KiB gzip of its 200 KiB budget.
export { toCsv } from './to-csv.ts';
export { toIcs } from './to-ics.ts';
export { toJson } from './to-json.ts';
