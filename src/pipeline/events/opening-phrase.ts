// "Responding to the US veto, Algeria called for an Assembly session": a sentence that opens on a
// participle's phrase names in it what the subject after the comma answered or did before; those
// names do not act in the main clause. (A happening told by the participle itself is read by
// clause-roles.ts, which takes the subject after the comma as its agent.)
import type { ActorMention, Sentence, SentenceLanguage } from '../types.ts';

/** The mentions of the clause with those of an opening participle phrase left out, when a name
 *  after its comma can be the subject of the verb at `verbStart` (sentence offset). */
export function dropOpeningPhrase(
  read: SentenceLanguage,
  sentence: Sentence,
  mentions: readonly ActorMention[],
  verbStart: number,
): readonly ActorMention[] {
  const first = read.tokens[0];
  if (first?.pos === 'ADP') return dropOpeningPrepositions(sentence, mentions, verbStart);
  if (!first || first.pos !== 'VERB' || !/(?:ing|ed)$/i.test(first.text)) return mentions;
  const comma = sentence.text.indexOf(',');
  if (comma < 0 || comma > verbStart) return mentions;
  const rel = (m: ActorMention) => m.start - sentence.start;
  const hasSubject = mentions.some((m) => rel(m) > comma && rel(m) < verbStart);
  return hasSubject ? mentions.filter((m) => rel(m) > comma) : mentions;
}

/**
 * "In October 2003, under pressure from Britain, France and Germany, Iran agreed": an opening
 * phrase of pressure, cause or time ("under pressure from", "after", "despite", "at the request
 * of"), set off by commas, names who moved the subject or what it answered, not who acted. Its
 * names are dropped when the subject after it is named. Other opening phrases keep theirs: "With
 * Britain, France abstained" and "In a statement, Britain, France and Germany said".
 */
function dropOpeningPrepositions(
  sentence: Sentence,
  mentions: readonly ActorMention[],
  verbStart: number,
): readonly ActorMention[] {
  const text = sentence.text;
  const rel = (m: ActorMention) => m.start - sentence.start;
  const segments: { start: number; end: number }[] = [];
  for (let start = 0; start < verbStart;) {
    const comma = text.indexOf(',', start);
    if (comma < 0 || comma >= verbStart) break;
    segments.push({ start, end: comma });
    start = comma + 1;
  }
  // A list the phrase opens runs on over the next commas until "and" closes it: "under pressure
  // from Britain, France and Germany".
  const dropped: { start: number; end: number }[] = [];
  let open = false;
  for (const segment of segments) {
    const words = text.slice(segment.start, segment.end);
    if (OPENERS.test(words) || open) {
      dropped.push(segment);
      open = !/\band\b/i.test(words);
    }
  }
  if (dropped.length === 0) return mentions;
  const last = segments.at(-1)!;
  const isDropped = (m: ActorMention) => dropped.some((s) => rel(m) >= s.start && rel(m) < s.end);
  // The subject: a name after the last opening comma and before the verb.
  if (!mentions.some((m) => rel(m) > last.end && rel(m) < verbStart && !isDropped(m))) return mentions;
  return mentions.filter((m) => !isDropped(m));
}

const OPENERS =
  /^\s*(?:under (?:\w+ )?pressure from|after|following|despite|amid|at the (?:request|urging|invitation) of|in response to|in reply to)\b/i;
