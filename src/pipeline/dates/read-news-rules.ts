// Expressions chrono does not recognise at all: year-end deadlines and a bare year after a
// preposition ("since 1967", "in 2016"). A year without a preposition ("the 1967 lines",
// "Resolution 2334") is a name or a number, not a date.
import type { Found } from './candidate.ts';

const PERIOD_END =
  /\b(?:(by|before|until|at|towards?)\s+)?the\s+end\s+of\s+(the|this|next)\s+(year|month|week)\b|\b(by)\s+year[-\s](?:end|['’]s\s+end)\b/gi;
const BARE_YEAR =
  /\b(in|since|by|until|till|before|after|during|from|through)\s+((?:19|20)\d{2})\b(?!\s*(?:[-–]|%|members?|people|troops|votes?|million|billion))/gi;

// "the 1990s", "the early 2000s": a decade frames a story, it never dates a happening.
const DECADE = /\b(?:the\s+)?(?:(?:early|late|mid)[\s-]+)?((?:1[89]|20)\d0)['’]?s\b/gi;

export function readNewsRules(sentence: string): Found[] {
  const found: Found[] = [];
  for (const m of sentence.matchAll(DECADE)) {
    found.push({
      start: m.index,
      end: m.index + m[0].length,
      candidate: { type: 'decade', year: Number(m[1]) },
      endCandidate: null,
      deadline: false,
      afterBy: false,
      possessive: false,
    });
  }
  for (const m of sentence.matchAll(PERIOD_END)) {
    const preposition = (m[1] ?? m[4] ?? '').toLowerCase();
    const unit = (m[3] ?? 'year').toLowerCase() as 'year' | 'month' | 'week';
    found.push({
      start: m.index,
      end: m.index + m[0].length,
      candidate: { type: 'period-end', unit, offset: m[2]?.toLowerCase() === 'next' ? 1 : 0 },
      endCandidate: null,
      deadline: preposition === 'by' || preposition === 'before' || preposition === 'until',
      afterBy: false,
      possessive: false,
    });
  }
  for (const m of sentence.matchAll(BARE_YEAR)) {
    found.push({
      start: m.index,
      end: m.index + m[0].length,
      candidate: { type: 'year', year: Number(m[2]) },
      endCandidate: null,
      deadline: false,
      afterBy: m[1]?.toLowerCase() === 'by',
      possessive: false,
    });
  }
  return found;
}
