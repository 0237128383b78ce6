// The tense of the clause an expression sits in.
// Rule: cut the sentence into clauses at punctuation (, ; : quotes dashes brackets) and at
// linking words (that, which, who, but, and, before, after, since, …). The tense marker nearest
// to the expression inside its own clause decides; a clause without one ("before talks on
// Monday") takes the nearest marker elsewhere in the sentence; a sentence without any is past.
// Nearest rather than "any future wins": in "the official said the two would meet again on
// Friday" the date hangs on "would meet", in "Kerry said on Friday he would go" on "said".
// Outside its clause, the marker between the same punctuation comes first: "and" joins noun
// phrases as often as clauses, so in "Trump will meet leaders of Arab and Muslim states on
// Tuesday, the White House says" the date still hangs on "will meet", not on the closer "says".
import type { Tense } from './candidate.ts';
import type { DateWords } from './date-words-schema.ts';
import { findPresentMarkers } from './present-markers.ts';
import { findTenseMarkers, type Marker } from './tense-markers.ts';

export interface ClauseTense {
  readonly tense: Tense;
  /** False when no marker was found and the tense is the default. */
  readonly marked: boolean;
}

const BOUNDARY =
  /[,;:()“”"–—]|\s-\s|\b(?:that|which|who|whom|whose|but|while|whereas|although|though|because|since|before|after|until|unless|and|or|if|when|where)\b/gi;

interface Boundary {
  readonly start: number;
  readonly end: number;
  /** Punctuation, as opposed to a linking word. */
  readonly punctuation: boolean;
}

const WORD = /^\w/;

/** Markers and clause boundaries of one sentence, computed once for all its expressions. */
export interface SentenceTenses {
  readonly markers: readonly Marker[];
  readonly boundaries: readonly Boundary[];
  readonly text: string;
}

export function analyseSentence(sentence: string, words: DateWords): SentenceTenses {
  const boundaries = [...sentence.matchAll(BOUNDARY)].map((m) => ({
    start: m.index,
    end: m.index + m[0].length,
    punctuation: !WORD.test(m[0]),
  }));
  const markers = findTenseMarkers(sentence);
  // The general markers win where both match ("who was", "which has").
  const present = findPresentMarkers(sentence, words).filter(
    (p) => !markers.some((m) => m.start < p.end && p.start < m.end),
  );
  if (present.length > 0) {
    markers.push(...present);
    markers.sort((a, b) => a.start - b.start);
  }
  return { markers, boundaries, text: sentence };
}

/** Tense for the expression at [start, end) of the analysed sentence. */
export function getClauseTense(analysed: SentenceTenses, start: number, end: number): ClauseTense {
  let clauseStart = 0;
  let clauseEnd = analysed.text.length;
  let segmentStart = 0;
  let segmentEnd = analysed.text.length;
  for (const b of analysed.boundaries) {
    if (b.end <= start) {
      clauseStart = Math.max(clauseStart, b.end);
      if (b.punctuation) segmentStart = Math.max(segmentStart, b.end);
    } else if (b.start >= end) {
      clauseEnd = Math.min(clauseEnd, b.start);
      if (b.punctuation) segmentEnd = Math.min(segmentEnd, b.start);
    }
  }
  const outside = analysed.markers.filter((m) => m.end <= start || m.start >= end);
  const inClause = outside.filter((m) => m.start >= clauseStart && m.end <= clauseEnd);
  // A date that opens its clause ("; on Tuesday, Haley had written") is an adverbial of the
  // clause that follows it, not of the one before.
  const opensClause = analysed.text.slice(clauseStart, start).trim() === '';
  const following = opensClause ? outside.filter((m) => m.start >= clauseEnd && m.start >= end) : [];
  const inSegment = outside.filter((m) => m.start >= segmentStart && m.end <= segmentEnd);
  const nearest =
    pickNearest(inClause, start, end) ??
    pickNearest(following, start, end) ??
    pickNearest(inSegment, start, end) ??
    pickNearest(outside, start, end);
  return nearest ? { tense: nearest.tense, marked: true } : { tense: 'past', marked: false };
}

function pickNearest(markers: readonly Marker[], start: number, end: number): Marker | null {
  let best: Marker | null = null;
  let bestDistance = Infinity;
  for (const m of markers) {
    const distance = m.start >= end ? m.start - end : start - m.end;
    if (distance < bestDistance) {
      best = m;
      bestDistance = distance;
    }
  }
  return best;
}
