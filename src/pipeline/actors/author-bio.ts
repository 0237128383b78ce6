// An op-ed's closing line about its author ("Daniel Example is a senior fellow at the Example
// Institute.") names the author and their employer, neither of them an actor of the story.
import type { Sentence } from '../types.ts';
import { WORDS } from './word-lists.ts';

const BIO_OPENING = /^(?:\p{Lu}[\p{L}.'’-]*\s+){1,4}(?:is|was|has been)\s+(?:a|an|the)?\s*/u;

/** Whether `sentence`, in the article's last paragraph, describes the author. */
export function isAuthorBio(sentence: Sentence, lastParagraph: number): boolean {
  if (sentence.paragraphIndex !== lastParagraph) return false;
  const opening = BIO_OPENING.exec(sentence.text);
  if (!opening) return false;
  const words =
    sentence.text
      .slice(opening[0].length)
      .toLowerCase()
      .match(/\p{L}+/gu) ?? [];
  return words.slice(0, 6).some((word) => WORDS.authorBioWords.has(word));
}
