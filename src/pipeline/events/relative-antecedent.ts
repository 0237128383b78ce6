// "Abbas took the issue to the General Assembly, which voted on Tuesday to back the bid": a
// relative clause's "which" or "who" is the name just before it, so that name acted, not the
// main clause's subject. Only a name that ends right at the clause's comma counts ("the
// Assembly's president, who…" names a person the gazetteer may not know: nobody is guessed).
import type { ActorMention, Span } from '../types.ts';

const RELATIVE = /^\s*,\s*(?:which|who)\s/i;

/** The actor a relative clause opening `clause` stands for, if it is named right before it. */
export function getRelativeAntecedent(
  sentence: string,
  sentenceStart: number,
  clause: Span,
  mentions: readonly ActorMention[],
): string[] {
  if (!RELATIVE.test(sentence.slice(clause.start, clause.end))) return [];
  const comma = sentence.indexOf(',', clause.start);
  const named = mentions.find(
    (m) => m.end - sentenceStart <= comma && /^\s*$/.test(sentence.slice(m.end - sentenceStart, comma)),
  );
  return named ? [named.actorId] : [];
}
