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
  if (!first || first.pos !== 'VERB' || !/(?:ing|ed)$/i.test(first.text)) return mentions;
  const comma = sentence.text.indexOf(',');
  if (comma < 0 || comma > verbStart) return mentions;
  const rel = (m: ActorMention) => m.start - sentence.start;
  const hasSubject = mentions.some((m) => rel(m) > comma && rel(m) < verbStart);
  return hasSubject ? mentions.filter((m) => rel(m) > comma) : mentions;
}
