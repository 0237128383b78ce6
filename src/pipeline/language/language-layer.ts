// The linguistic layer of one article: a sentence is read the first time a stage asks for it
// and kept, so every stage sees the same reading and none pays for it twice. Sentences no stage
// asks about (most of them: no date, no trigger) are never tagged. A stage that knows which
// sentences it will ask about has them tokenised together first (much cheaper per sentence).
import type { LanguageLayer, Sentence, SentenceLanguage, Token } from '../types.ts';
import { readSentence } from './read-sentence.ts';
import { tokenizeMany } from './tokenize.ts';

export function createLanguageLayer(): LanguageLayer {
  const read = new Map<number, SentenceLanguage>();
  const tokenized = new Map<number, Token[]>();
  return {
    read(sentence: Sentence) {
      let language = read.get(sentence.index);
      if (!language) {
        language = readSentence(sentence.text, tokenized.get(sentence.index));
        read.set(sentence.index, language);
      }
      return language;
    },
    prepare(sentences: readonly Sentence[]) {
      const fresh = sentences.filter((s) => !read.has(s.index) && !tokenized.has(s.index));
      if (fresh.length === 0) return;
      const tokens = tokenizeMany(fresh.map((s) => s.text));
      fresh.forEach((s, i) => tokenized.set(s.index, tokens[i]!));
    },
  };
}
