// Finds trigger words in a sentence, skipping any inside quotation marks: a quote is what
// someone said ("we're exercising it"), not a happening the reporter describes.
import type { Span } from '../types.ts';
import { TRIGGERS, type Trigger } from './triggers.ts';

export interface TriggerMatch extends Span {
  readonly trigger: Trigger;
  readonly text: string;
}

// One alternation per trigger, compiled once. Word boundaries keep "met" out of "metre".
const COMPILED = TRIGGERS.map((trigger) => ({
  trigger,
  regex: new RegExp(`\\b(?:${trigger.pattern})\\b`, 'gi'),
}));

const OPENING_QUOTES = new Set(['“', '"', '‘']);
const CLOSING_QUOTES = new Set(['”', '"', '’']);

/** Spans of quoted speech in a sentence (offsets relative to the sentence text). */
export function findQuotedSpans(sentence: string): Span[] {
  const spans: Span[] = [];
  let open = -1;
  for (let i = 0; i < sentence.length; i++) {
    const ch = sentence[i]!;
    // A straight quote or ’ toggles; ’ inside a word is an apostrophe ("we’re"), not a quote.
    const isApostrophe = ch === '’' || ch === '‘' ? /\w/.test(sentence[i - 1] ?? '') : false;
    if (isApostrophe) continue;
    if (open < 0 && OPENING_QUOTES.has(ch)) open = i;
    else if (open >= 0 && CLOSING_QUOTES.has(ch) && i > open) {
      spans.push({ start: open, end: i + 1 });
      open = -1;
    }
  }
  // An unclosed quote runs to the end: multi-sentence quotes close in a later sentence.
  if (open >= 0) spans.push({ start: open, end: sentence.length });
  return spans;
}

/** Trigger matches outside quotes, in sentence order; offsets relative to `sentence`. */
export function findTriggers(sentence: string): TriggerMatch[] {
  const quoted = findQuotedSpans(sentence);
  const inQuote = (i: number) => quoted.some((q) => i >= q.start && i < q.end);
  const matches: TriggerMatch[] = [];
  for (const { trigger, regex } of COMPILED) {
    regex.lastIndex = 0;
    for (let m = regex.exec(sentence); m; m = regex.exec(sentence)) {
      if (inQuote(m.index)) continue;
      matches.push({ trigger, text: m[0], start: m.index, end: m.index + m[0].length });
    }
  }
  // Drop a match nested inside a longer one ("held talks" vs "talks").
  const kept = matches.filter(
    (a) =>
      !matches.some(
        (b) => b !== a && b.start <= a.start && b.end >= a.end && b.end - b.start > a.end - a.start,
      ),
  );
  return kept.sort((a, b) => a.start - b.start || b.trigger.rank - a.trigger.rank);
}
