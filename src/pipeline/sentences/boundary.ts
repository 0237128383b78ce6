// Decides whether a run of sentence-final punctuation ends a sentence, from the word before it
// and the text after it. Rules, not a model: every decision is one of the cases below.
import { getAbbreviationKind, isSentenceOpener } from './abbreviations.ts';

/** A run of terminators with any closing quotes or brackets it carries: `.”`, `?"`, `…`, `.)`. */
export const TERMINATOR_RUN = /(?:\.{3}|…|[.!?])[.!?…]*["”’'»)\]]*/gu;

export interface BoundaryContext {
  /** The terminator run, e.g. `.”`. */
  readonly run: string;
  /** Paragraph text before the run. */
  readonly before: string;
  /** Paragraph text after the run. */
  readonly after: string;
  /** Whether the run sits inside an open quotation. */
  readonly inQuote: boolean;
}

// The next sentence's first word, past any opening quote or bracket: ` “The talks` → "The".
const NEXT_WORD = /^\s+["“‘'«([]*([\p{L}\p{N}]+)/u;
const WORD_BEFORE = /(?<![\p{L}\p{N}]\.?)([\p{L}\p{N}]+(?:\.[\p{L}\p{N}]+)*)$/u;

export function isSentenceBoundary({ run, before, after, inQuote }: BoundaryContext): boolean {
  // No space after it: a decimal ("407.7"), "U.S.-led", or run-together text ("well…We").
  // Nothing but stray punctuation after it: that belongs to this sentence.
  const next = NEXT_WORD.exec(after)?.[1];
  if (!next) return false;
  // "… stakeholders... to hear", `"Why?" he asked`: a lower-case word continues the sentence.
  if (/^\p{Ll}/u.test(next)) return false;
  const stop = run.replace(/(?<!["”’'»)\]])["”’'»)\]]+$/u, '');
  if (/[!?]/.test(stop)) return true;
  // An ellipsis inside a quote marks words left out of it, not the end of the sentence.
  if (/\.{3}|…/.test(stop)) return !inQuote;
  const word = WORD_BEFORE.exec(before)?.[1] ?? '';
  switch (getAbbreviationKind(word)) {
    case 'never-final':
    case 'initial':
      return false;
    case 'before-number':
      return !/^\p{N}/u.test(next);
    case 'acronym':
      return isSentenceOpener(next);
    case 'word':
      return true;
  }
}
