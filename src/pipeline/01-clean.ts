// Stage 1: choose which spans of a scraped article are story text. Nothing is rewritten:
// every kept paragraph, the headline and every removal is a span of the ORIGINAL text, so
// later stages can quote and highlight the file as it is. Rules are general patterns of web
// furniture (see clean/*-rules.ts), each removal is recorded with the rule's reason.
import { endsLikeSentence, getBoilerplateReason, countWords } from './clean/boilerplate-rules.ts';
import { getLineSpans, trimSpan, type LineSpan } from './clean/line-spans.ts';
import { splitLongLine } from './clean/long-lines.ts';
import { getTrailingCreditLength } from './clean/photo-rules.ts';
import { getPrefixCuts } from './clean/prefix-rules.ts';
import { getRepeatedLabelIndexes } from './clean/repeated-lines.ts';
import type { CleanResult, Paragraph, RemovedSpan } from './types.ts';

// Longer than any headline; a first line this long without a full stop is a cut-off paragraph.
const MAX_HEADLINE_WORDS = 30;

function isHeadline(line: string): boolean {
  return !endsLikeSentence(line) && !/[:;]$/.test(line) && countWords(line) <= MAX_HEADLINE_WORDS;
}

/** Cuts metadata prefixes, datelines and a trailing photo credit off a line; null if nothing is left. */
function cutLineFurniture(text: string, line: LineSpan, removed: RemovedSpan[]): LineSpan | null {
  let start = line.start;
  for (const cut of getPrefixCuts(line.text)) {
    const span = trimSpan(text, start, start + cut.length);
    if (span) removed.push({ start: span.start, end: span.end, reason: cut.reason });
    start += cut.length;
  }
  const rest = trimSpan(text, start, line.end);
  if (!rest) return null;
  const creditLength = getTrailingCreditLength(rest.text);
  if (creditLength === 0) return rest;
  const credit = trimSpan(text, rest.end - creditLength, rest.end);
  if (credit) removed.push({ start: credit.start, end: credit.end, reason: 'photo-credit' });
  return trimSpan(text, rest.start, rest.end - creditLength);
}

/**
 * "Kerry in Rome\n\nROME (AP) — Kerry arrived.\nAdd Comment" →
 * headline "Kerry in Rome", one paragraph "Kerry arrived.", removed dateline and comment-prompt.
 */
export function cleanArticle(text: string): CleanResult {
  const lines = getLineSpans(text);
  const repeatedLabels = getRepeatedLabelIndexes(lines);
  const paragraphs: Paragraph[] = [];
  const removed: RemovedSpan[] = [];
  let headline: CleanResult['headline'] = null;
  let section: string | null = null;

  lines.forEach((line, i) => {
    const reason = repeatedLabels.has(i) ? 'image-alt-text' : getBoilerplateReason(line.text);
    if (reason) {
      removed.push({ start: line.start, end: line.end, reason });
      // The label above the headline says what kind of piece it is (an analysis, an opinion).
      if (reason === 'section-label' && !headline && paragraphs.length === 0) section = toSection(line.text);
      return;
    }
    const kept = cutLineFurniture(text, line, removed);
    if (!kept) return;
    // Only the first surviving line can be the headline; after it, every line is body.
    if (!headline && paragraphs.length === 0 && isHeadline(kept.text)) {
      headline = kept;
      return;
    }
    for (const piece of splitLongLine(text, kept)) {
      paragraphs.push({ index: paragraphs.length, start: piece.start, end: piece.end });
    }
  });

  return { paragraphs, removed, headline, section };
}

/** "IN BRIEF | United Nations" → "In brief". */
const toSection = (label: string) => {
  const first = label
    .split(/[|›»/–—]/)[0]!
    .trim()
    .toLowerCase();
  return `${first.charAt(0).toUpperCase()}${first.slice(1)}`;
};
