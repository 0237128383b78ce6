// The actors a sentence opens with, joined by commas or "and": "Kerry and Lavrov met…" →
// both. What a sentence that is not read closely hands on as the subject of the next one ("He
// will then fly to London").
import type { ActorMention, Sentence, SentenceLanguage } from '../types.ts';
import { getSubjectMentions } from './speaker-subject.ts';

const JOINER = /^\s*(?:,\s*|and\s+|,\s*and\s+|&\s*)$/;
// The first name must open the sentence, after at most a short adverbial ("On Monday, ").
const OPENING = /^[^,]{0,30},?\s*(?:the\s+)?$/i;

export function getLeadingSubject(
  sentence: string,
  sentenceStart: number,
  mentions: readonly ActorMention[],
) {
  const first = mentions[0];
  if (!first || !OPENING.test(sentence.slice(0, first.start - sentenceStart))) return [];
  const run = [first];
  for (const next of mentions.slice(1)) {
    const gap = sentence.slice(run[run.length - 1]!.end - sentenceStart, next.start - sentenceStart);
    if (!JOINER.test(gap)) break;
    run.push(next);
  }
  return [...new Set(run.map((m) => m.actorId))];
}

/** For a sentence read closely: its leading subject, only if it stands before the first verb
 *  ("Mr. Trump went further" yes; "The draft called on Israel to…" names no subject). */
export function getSubjectBeforeVerb(
  read: SentenceLanguage,
  sentence: Sentence,
  mentions: readonly ActorMention[],
) {
  const rel = (m: ActorMention) => m.start - sentence.start;
  const before = getSubjectMentions(read, mentions, -1, sentence.text.length, rel);
  return before.length > 0 ? getLeadingSubject(sentence.text, sentence.start, before) : [];
}
