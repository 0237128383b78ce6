// iCalendar (RFC 5545) text rules: TEXT escaping, line folding at 75 octets, DATE values.

// Control characters other than tab and line breaks are not allowed in TEXT values (3.3.11).
// eslint-disable-next-line no-control-regex
const DISALLOWED_CONTROLS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/gu;

const NON_ASCII = /[^\p{ASCII}]/u;

/** Escapes a TEXT value: `a\b; c, d⏎e` → `a\\b\; c\, d\ne`. */
export function escapeIcsText(value: string): string {
  return value
    .replace(DISALLOWED_CONTROLS, '')
    .replace(/\\/gu, '\\\\')
    .replace(/;/gu, '\\;')
    .replace(/,/gu, '\\,')
    .replace(/\r\n|\r|\n/gu, '\\n');
}

/**
 * Folds a content line so no physical line exceeds 75 octets of UTF-8 (3.1): continuation lines
 * start with one space, which counts toward their 75. Never splits inside a character.
 */
export function foldIcsLine(line: string): string {
  if (line.length <= 25) return line; // at most 3 octets per UTF-16 unit: cannot exceed 75
  if (!NON_ASCII.test(line)) return foldAscii(line);
  let folded = '';
  let start = 0;
  let octets = 0;
  for (let i = 0; i < line.length;) {
    const code = line.codePointAt(i) ?? 0;
    const size = code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
    if (octets + size > 75) {
      folded += `${line.slice(start, i)}\r\n `;
      start = i;
      octets = 1;
    }
    octets += size;
    i += code > 0xffff ? 2 : 1;
  }
  return folded + line.slice(start);
}

function foldAscii(line: string): string {
  const lines = [line.slice(0, 75)];
  for (let start = 75; start < line.length; start += 74) lines.push(` ${line.slice(start, start + 74)}`);
  return lines.join('\r\n');
}

/** "2017-01-15" → "20170115" (a DATE value). */
export function toIcsDate(isoDay: string): string {
  return isoDay.replaceAll('-', '');
}

/** The calendar day after an ISO day: "2016-12-31" → "2017-01-01". */
export function getNextDay(isoDay: string): string {
  const [year, month, day] = isoDay.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(year, month - 1, day + 1)).toISOString().slice(0, 10);
}

/**
 * A DTSTAMP (UTC DATE-TIME) from an ISO day or date-time: "2024-05-01" → "20240501T000000Z",
 * "2024-05-01T12:30:05.120Z" → "20240501T123005Z". Throws on anything else.
 */
export function toIcsTimestamp(iso: string): string {
  const time = Date.parse(/^\d{4}-\d{2}-\d{2}$/u.test(iso) ? `${iso}T00:00:00Z` : iso);
  if (Number.isNaN(time)) throw new RangeError(`Not an ISO date or date-time: "${iso}"`);
  return new Date(time)
    .toISOString()
    .replace(/[-:]/gu, '')
    .replace(/\.\d{3}/u, '');
}
