// A live blog opens each entry with the time it was posted: "14:32 GMT", "2:05 p.m. ET",
// "09.15". Such a time dates the entry to the blog's day (the publication day, or the day the
// last blog heading named); it is only read at the very start of a paragraph.
import type { Found } from './candidate.ts';
import type { DateWords } from './date-words-schema.ts';

const cache = new WeakMap<DateWords, RegExp>();

export function readTimestamp(paragraphStart: string, words: DateWords): Found | null {
  const m = getRegex(words).exec(paragraphStart);
  if (!m) return null;
  const [, hours, minutes, meridiem, zone, separator] = m;
  const hour = Number(hours);
  if (hour > (meridiem ? 12 : 23) || Number(minutes) > 59) return null;
  // "9.30" alone could be a figure: without a meridiem or zone, a colon or a pause must follow.
  if (!meridiem && !zone && separator === undefined && !m[0].includes(':')) return null;
  const end = m[0].replace(/(?<![\s:|/–—-])[\s:|/–—-]+$/, '').length;
  return {
    start: 0,
    end,
    candidate: { type: 'timestamp' },
    endCandidate: null,
    deadline: false,
    afterBy: false,
    possessive: false,
  };
}

function getRegex(words: DateWords): RegExp {
  let regex = cache.get(words);
  if (!regex) {
    const zones = [...words.timestamps.zones]
      .sort((a, b) => b.length - a.length)
      .map((z) => z.replace(/ /g, '\\s+'))
      .join('|');
    regex = new RegExp(
      String.raw`^(\d{1,2})[:.](\d{2})(?:\s*([ap])\.?\s?m\b\.?)?(?:\s*\b(${zones})\b)?(?:\s*([:|/–—-])|\s*$|\s+(?=[A-Z“"‘]))`,
      'i',
    );
    cache.set(words, regex);
  }
  return regex;
}
