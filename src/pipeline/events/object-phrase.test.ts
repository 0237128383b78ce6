import { describe, expect, it } from 'vitest';
import { readSentence } from '../language/read-sentence.ts';
import { findTriggers } from './find-triggers.ts';
import { getObjectPhrase } from './object-phrase.ts';

function objectOf(sentence: string, trigger: string, excluded: string[] = [], actors: string[] = []) {
  const language = readSentence(sentence);
  const spanOf = (phrase: string) => ({
    start: sentence.indexOf(phrase),
    end: sentence.indexOf(phrase) + phrase.length,
  });
  const match = findTriggers(sentence, language).find((t) => t.text === trigger)!;
  return getObjectPhrase(language, match, excluded.map(spanOf), actors.map(spanOf));
}

describe('getObjectPhrase', () => {
  it.each([
    [
      'The United States vetoed a Security Council resolution on Gaza.',
      'vetoed',
      [],
      'Security Council resolution on Gaza',
    ],
    ['The resolution was adopted on Friday.', 'adopted', ['on Friday'], 'resolution'],
    // A text that passed is what passed, whoever let it.
    [
      'The anti-settlement resolution passed on Friday.',
      'passed',
      ['on Friday'],
      'anti-settlement resolution',
    ],
    ['Obama allowed an anti-settlement resolution to pass.', 'pass', [], 'anti-settlement resolution'],
    ['The draft, put forward by Syria, failed.', 'put forward', [], 'draft'],
    [
      'Washington blocked a joint statement over the violence.',
      'blocked',
      [],
      'joint statement over violence',
    ],
    // What a talk or an idea was of says what was rejected.
    [
      'Netanyahu rejected all talk of withdrawing from east Jerusalem within two years.',
      'rejected',
      [],
      'talk of withdrawing from east Jerusalem',
    ],
    ['Israel rejected the idea of freezing settlements.', 'rejected', [], 'idea of freezing settlements'],
    ['Israel rejected the plan of the council.', 'rejected', [], 'plan'],
    ['The Assembly voted in favour on Friday.', 'voted', ['on Friday'], null],
    ['The US vetoed it on Friday.', 'vetoed', ['on Friday'], null],
    // A hyphenated modifier stays whole, and the phrase runs on to its noun.
    [
      'Moscow vetoed a Japanese-drafted resolution on Friday.',
      'vetoed',
      ['on Friday'],
      'Japanese-drafted resolution',
    ],
    [
      'China blocked an Irish-sponsored Security Council statement.',
      'blocked',
      [],
      'Irish-sponsored Security Council statement',
    ],
    ["Cairo rejected Norway's truce plan.", 'rejected', [], "Norway's truce plan"],
  ] as const)('%s', (sentence, trigger, excluded, object) => {
    expect(objectOf(sentence, trigger, [...excluded])).toBe(object);
  });

  it('leaves an actor object to the targets', () => {
    expect(objectOf('Israel rejected Egypt on Monday.', 'rejected', [], ['Egypt'])).toBeNull();
  });
});
