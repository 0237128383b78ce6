// Words that give a clause its tense. Future markers are tried first so that "has scheduled" or
// "was due to" count as future before "has"/"was" can count as past.
import type { Tense } from './candidate.ts';

export interface Marker {
  readonly start: number;
  readonly end: number;
  readonly tense: Tense;
}

const ADVERB = String.raw`(?:\w+ly\s+|also\s+|still\s+|now\s+|first\s+|then\s+|not\s+)?`;
const BE = String.raw`(?:is|are|am|was|were|be|been|has|have|had)`;
const IRREGULAR_PAST =
  'said|told|met|held|made|took|gave|went|came|began|left|sent|spoke|saw|won|lost|ran|brought|thought|' +
  'sought|fought|bought|drew|flew|wrote|rose|fell|struck|broke|chose|grew|knew|led|fled|stood|understood|' +
  'got|kept|found|heard|paid|built|spent|sat|felt|meant|became|shot|caught|taught|threw|withdrew|swore|' +
  'overtook|undertook|upheld|withheld|oversaw|arose|been';

const FUTURE = [
  String.raw`(?:\b${BE}\s+${ADVERB})?(?:scheduled|slated)\b`,
  String.raw`(?:\b${BE}\s+${ADVERB})?(?:due|set|expected|going|poised|planning|planned)\s+to\b`,
  // "is expected on Tuesday to meet": a day may stand between the plan and its verb.
  String.raw`\b${BE}\s+${ADVERB}(?:due|set|expected|poised|planning|planned)(?=\s+on\s+\w+\s+to\b)`,
  String.raw`(?:\b${BE}\s+${ADVERB})?(?:due|set)\s+for\b`,
  // "is expected back in Ramallah on Sunday", "is due in Cairo": a plan with the verb left out.
  String.raw`\b${BE}\s+${ADVERB}(?:expected|due)\s+(?:back|home|in|at)\b`,
  String.raw`\b(?:plans?|intends?|aims?)\s+to\b`,
  String.raw`\b(?:will|shall|would|won['’]t|wouldn['’]t)\b`,
  String.raw`['’]ll\b`,
  String.raw`\b(?:upcoming|forthcoming|looming|coming|next)\b`,
  // "was first to meet", "Allen was to present": a plan seen from the past; "Kerry is to meet
  // Abbas on Tuesday": one seen from now.
  String.raw`\b(?:was|were|is|are|am)\s+${ADVERB}to\s+\w+`,
  String.raw`\bto\s+be\s+(?:held|released|signed|published|announced|presented|submitted|unveiled)\b`,
];
const PAST = [
  String.raw`\b(?:has|have|had)\s+${ADVERB}(?:[a-z]+ed|${IRREGULAR_PAST})\b`,
  String.raw`\b(?:was|were|had|did|didn['’]t|wasn['’]t|weren['’]t|hadn['’]t)\b`,
  // After a form of "be" an irregular form is a participle ("will be held"); the auxiliary decides.
  String.raw`(?<!\b(?:is|are|am|be|been|being)\s)\b(?:${IRREGULAR_PAST})\b`,
];
const PRESENT = [String.raw`\b(?:is|are|am|isn['’]t|aren['’]t|says|tells|does|doesn['’]t)\b`];

// One numbered group per marker (the sources have no groups of their own): which one matched is
// the first group set, read without building a named-groups object for every match.
const WORD_MARKERS = new RegExp(
  [...FUTURE, ...PAST, ...PRESENT].map((source) => `(${source})`).join('|'),
  'gi',
);
const TENSE_OF_GROUP: readonly Tense[] = [
  ...FUTURE.map((): Tense => 'future'),
  ...PAST.map((): Tense => 'past'),
  ...PRESENT.map((): Tense => 'present'),
];

// Regular past forms, lower case only so that "United" or "Ahmed" never count. Skipped after a
// determiner or a form of "be" ("the proposed text", "is based"), where the word is an adjective
// or the auxiliary already carries the tense; [^e] drops "need", "indeed", "proceed".
const REGULAR_PAST =
  /(?<!\b(?:the|a|an|its|their|his|her|our|this|these|those|any|no|is|are|am|be|been|being)\s)\b[a-z][a-z-]*[^e\W]ed\b/g;

/** Every tense marker in a sentence, in text order. */
export function findTenseMarkers(sentence: string): Marker[] {
  const markers: Marker[] = [];
  for (const match of sentence.matchAll(WORD_MARKERS)) {
    let group = 0;
    while (group < TENSE_OF_GROUP.length && match[group + 1] === undefined) group++;
    const tense = TENSE_OF_GROUP[group] ?? 'past';
    markers.push({ start: match.index, end: match.index + match[0].length, tense });
  }
  for (const match of sentence.matchAll(REGULAR_PAST)) {
    const start = match.index;
    const end = start + match[0].length;
    if (!markers.some((m) => m.start < end && start < m.end)) markers.push({ start, end, tense: 'past' });
  }
  return markers.sort((a, b) => a.start - b.start);
}
