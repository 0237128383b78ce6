// Builds stage inputs for event tests from plain sentences, so each test states only what
// matters: which words are actors, dates and places. Test-only helper.
import type { Precision } from '../../domain/partial-date.ts';
import type { ActorMention, ActorsResult, DateMention, PlaceMention, Sentence } from '../types.ts';

export interface Fixture {
  text: string;
  sentences: Sentence[];
  dates: DateMention[];
  actors: ActorsResult;
}

export interface Marks {
  actors?: Record<string, string>;
  dates?: Record<string, string>;
  places?: Record<string, string>;
}

/** One paragraph per array element, one sentence per element (already split). */
export function makeFixture(paragraphs: readonly (readonly string[])[], marks: Marks): Fixture {
  const sentences: Sentence[] = [];
  let text = '';
  paragraphs.forEach((paragraph, paragraphIndex) => {
    for (const sentence of paragraph) {
      if (text && !text.endsWith('\n')) text += ' ';
      sentences.push({
        index: sentences.length,
        paragraphIndex,
        start: text.length,
        end: text.length + sentence.length,
        text: sentence,
      });
      text += sentence;
    }
    text += '\n\n';
  });
  const find = <T>(
    phrases: Record<string, string> | undefined,
    make: (s: Sentence, start: number, phrase: string, value: string) => T,
  ) =>
    sentences.flatMap((s) =>
      Object.entries(phrases ?? {}).flatMap(([phrase, value]) => {
        const found: T[] = [];
        for (let i = s.text.indexOf(phrase); i >= 0; i = s.text.indexOf(phrase, i + 1)) {
          if (/\w/.test(s.text[i - 1] ?? '') || /\w/.test(s.text[i + phrase.length] ?? '')) continue;
          found.push(make(s, s.start + i, phrase, value));
        }
        return found;
      }),
    );
  const mentions = find<ActorMention>(marks.actors, (s, start, phrase, actorId) => ({
    sentenceIndex: s.index,
    start,
    end: start + phrase.length,
    text: phrase,
    actorId,
    via: 'name',
  })).sort((a, b) => a.start - b.start);
  const places = find<PlaceMention>(marks.places, (s, start, phrase, place) => ({
    sentenceIndex: s.index,
    start,
    end: start + phrase.length,
    text: phrase,
    place,
  }));
  const dates = find<DateMention>(marks.dates, (s, start, phrase, date) => ({
    sentenceIndex: s.index,
    start,
    end: start + phrase.length,
    text: phrase,
    date,
    precision: (date.length === 10 ? 'day' : date.length === 7 ? 'month' : 'year') as Precision,
    tense: 'past',
    kind: 'absolute',
  })).sort((a, b) => a.start - b.start);
  return { text, sentences, dates, actors: { mentions, places, discovered: [] } };
}
