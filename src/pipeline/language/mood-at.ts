// The mood of the happening a word names, whatever its part of speech: a verb takes its
// group's reading; a noun ("veto", "talks") takes its modifier's or governing verb's, and a
// word the tagger misread ("the council votes" tagged as a noun) still falls inside any
// if-clause or question. This is what an event trigger asks the layer.
import type { Modality, SentenceLanguage, VerbGroup } from '../types.ts';

export interface Mood {
  readonly modality: Modality;
  readonly negated: boolean;
  /** The verb group the word heads or sits in, when it is a verb. */
  readonly group: VerbGroup | undefined;
}

export function getMoodAt(language: SentenceLanguage, tokenIndex: number): Mood {
  const group = language.verbGroups.find((g) => g.first <= tokenIndex && tokenIndex <= g.last);
  if (group) return { modality: group.modality, negated: group.negated, group };
  const modality = language.nounModality.get(tokenIndex) ?? (language.isQuestion ? 'question' : 'asserted');
  return { modality, negated: language.negatedNouns.has(tokenIndex), group: undefined };
}

/** The token that starts at or covers a sentence offset, or -1. */
export function getTokenAt(language: SentenceLanguage, offset: number): number {
  const token = language.tokens.find((t) => t.start <= offset && offset < t.end);
  return token ? token.index : -1;
}

/** Whether a happening in this mood may be emitted: as done, as planned, or not at all. */
export function getStatusOf(mood: Mood): 'happened' | 'planned' | null {
  if (mood.negated) return null;
  if (mood.modality === 'asserted') return 'happened';
  if (mood.modality === 'planned' || mood.modality === 'expected') return 'planned';
  return null;
}
