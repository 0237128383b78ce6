// Narrative expressions, which count from the last date the text named rather than from the
// publication day (HeidelTime's "narrative" anchoring): "two days later", "the previous
// evening", "the following Saturday", "that week". The words come from date-words.json.
import type { Candidate, Found, Unit } from './candidate.ts';
import type { DateWords } from './date-words-schema.ts';

interface NarrativePattern {
  readonly regex: RegExp;
  readonly read: (match: RegExpExecArray) => Candidate | null;
}

const UNITS = String.raw`(day|week|month|year)s?`;
const cache = new WeakMap<DateWords, readonly NarrativePattern[]>();

export function readNarrative(sentence: string, words: DateWords): Found[] {
  const found: Found[] = [];
  for (const { regex, read } of getPatterns(words)) {
    regex.lastIndex = 0;
    for (let m = regex.exec(sentence); m; m = regex.exec(sentence)) {
      const candidate = read(m);
      if (!candidate) continue;
      found.push({
        start: m.index,
        end: m.index + m[0].length,
        candidate,
        endCandidate: null,
        deadline: false,
        afterBy: false,
        possessive: /^['’]s\b/.test(sentence.slice(m.index + m[0].length)),
      });
    }
  }
  return found;
}

function getPatterns(words: DateWords): readonly NarrativePattern[] {
  let patterns = cache.get(words);
  if (!patterns) {
    patterns = buildPatterns(words);
    cache.set(words, patterns);
  }
  return patterns;
}

function buildPatterns(words: DateWords): NarrativePattern[] {
  const n = words.narrative;
  const weekday = (name: string) => words.weekdays.indexOf(name.toLowerCase());
  const count = (word: string) => words.numbers[word.toLowerCase()] ?? Number(word);
  const direction = (word: string) => (n.earlier.includes(word.toLowerCase()) ? -1 : 1);
  // "three days after the vote": a preposition followed by a word relates to that happening.
  const pause = String.raw`(?!(?<=\b(?:${alternation(n.prepositions)}))\s+[\w“"‘])`;
  const fixedOffsets = new Map(n.fixed.flatMap((f) => f.phrases.map((p) => [p, f.offset] as const)));
  const counts = `(\\d+|${alternation(Object.keys(words.numbers))})`;
  const directions = alternation([...n.later, ...n.earlier]);
  return [
    {
      regex: wordRegex(`(?:${alternation([...fixedOffsets.keys()])})${pause}`),
      read: (m) => ({ type: 'narrative', unit: 'day', offset: fixedOffsets.get(normalise(m[0])) ?? 0 }),
    },
    {
      // "two days later", "a week earlier", "three months after," → days (weeks as 7), months, years.
      regex: wordRegex(`${counts}\\s+${UNITS}\\s+(${directions})${pause}`),
      read: (m) => toCount(m[2] ?? '', count(m[1] ?? '') * direction(m[3] ?? '')),
    },
    {
      // "the following Saturday", "the previous Monday"
      regex: wordRegex(
        `the\\s+(${alternation([...n.following, ...n.preceding])})\\s+(${alternation(words.weekdays)})`,
      ),
      read: (m) => ({
        type: 'narrative-weekday',
        weekday: weekday(m[2] ?? ''),
        direction: n.preceding.includes((m[1] ?? '').toLowerCase()) ? -1 : 1,
      }),
    },
    {
      // "the Saturday after", "the Monday before" (before a pause)
      regex: wordRegex(`the\\s+(${alternation(words.weekdays)})\\s+(${alternation(n.prepositions)})${pause}`),
      read: (m) => ({
        type: 'narrative-weekday',
        weekday: weekday(m[1] ?? ''),
        direction: direction(m[2] ?? '') < 0 ? -1 : 1,
      }),
    },
    {
      // "the following week", "the previous year"
      regex: wordRegex(`the\\s+(${alternation([...n.following, ...n.preceding])})\\s+(week|month|year)`),
      read: (m) => ({
        type: 'narrative',
        unit: toUnit(m[2] ?? ''),
        offset: n.preceding.includes((m[1] ?? '').toLowerCase()) ? -1 : 1,
      }),
    },
    {
      // "later that week", "that month", "the same year"
      regex: wordRegex(
        `(?:(?:${alternation([...n.later, ...n.earlier])})\\s+)?(?:${alternation(n.sameSpan)})\\s+(week|month|year)(?!['’]s)`,
      ),
      read: (m) => ({ type: 'narrative', unit: toUnit(m[1] ?? ''), offset: 0 }),
    },
  ];
}

/** "a week later" is seven days, not the following calendar week. */
function toCount(unit: string, offset: number): Candidate | null {
  if (!Number.isFinite(offset) || offset === 0) return null;
  const u = toUnit(unit);
  return u === 'week'
    ? { type: 'narrative', unit: 'day', offset: offset * 7 }
    : { type: 'narrative', unit: u, offset };
}

function toUnit(word: string): Unit {
  const lower = word.toLowerCase();
  return lower === 'week' || lower === 'month' || lower === 'year' ? lower : 'day';
}

function normalise(phrase: string): string {
  return phrase.toLowerCase().replace(/\s+/g, ' ');
}

/** Longest first, so "later that day" wins over "that day"; spaces match any run of spaces. */
function alternation(list: readonly string[]): string {
  return [...list]
    .sort((a, b) => b.length - a.length)
    .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+'))
    .join('|');
}

function wordRegex(source: string): RegExp {
  return new RegExp(`\\b(?:${source})\\b`, 'gi');
}
