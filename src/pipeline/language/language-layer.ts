// The linguistic layer of one article: a sentence is read the first time a stage asks for it
// and kept, so every stage sees the same reading and none pays for it twice. Sentences no stage
// asks about (most of them: no date, no trigger) are never tagged.
import type { LanguageLayer, Sentence, SentenceLanguage } from '../types.ts';
import { readSentence } from './read-sentence.ts';

export function createLanguageLayer(): LanguageLayer {
  const read = new Map<number, SentenceLanguage>();
  return {
    read(sentence: Sentence) {
      let language = read.get(sentence.index);
      if (!language) {
        language = readSentence(sentence.text);
        read.set(sentence.index, language);
      }
      return language;
    },
  };
}
