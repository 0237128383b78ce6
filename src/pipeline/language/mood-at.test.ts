import { describe, expect, it } from 'vitest';
import { getMoodAt, getStatusOf, getTokenAt } from './mood-at.ts';
import { readSentence } from './read-sentence.ts';

describe('getMoodAt / getStatusOf', () => {
  it.each([
    // sentence, word naming the happening, status it may be emitted with
    ['The United States vetoed the resolution on Friday.', 'vetoed', 'happened'],
    ['The resolution was adopted on Friday.', 'adopted', 'happened'],
    ['Kerry will meet Abbas on Monday.', 'meet', 'planned'],
    ['The Assembly is expected to vote on Friday.', 'vote', 'planned'],
    ['An expected veto stopped the draft on Monday.', 'veto', 'planned'],
    ['The draft would have passed on Monday but for a veto.', 'passed', null],
    ['The US threatened on Monday to veto the text.', 'veto', null],
    ['Washington threatened a veto on Monday.', 'veto', null],
    ['The council did not vote on Tuesday.', 'vote', null],
    ['No vote was held on Tuesday.', 'vote', null],
    ['Will Washington veto the resolution on Friday?', 'veto', null],
    ['If the council votes on Friday, Washington will cut aid.', 'votes', null],
    ['Egypt tried to delay the vote on Thursday.', 'delay', null],
    // A modal that only leaves the day open ("as early as") expects the happening.
    ['An emergency session could be held as early as Friday.', 'held', 'planned'],
    ['The council may vote as soon as Thursday.', 'vote', 'planned'],
    ['The council could meet on Friday.', 'meet', null],
    // An infinitive of purpose says what something was for, not what happened.
    ['The PA stayed in the talks to release the prisoners.', 'release', null],
    ['Israel launched the offensive on Monday to destroy the tunnels.', 'destroy', null],
    // Causing someone to act, and travelling to act, tell that they did.
    ['The vote prompted the United States to cut off its funding.', 'cut', 'happened'],
    ['Blinken flew to Cairo on Monday to meet Sisi.', 'meet', 'happened'],
    ['Washington allowed the resolution to pass on Monday.', 'pass', 'happened'],
  ] as const)('%s (%s) → %s', (sentence, word, status) => {
    const language = readSentence(sentence);
    const index = getTokenAt(language, sentence.indexOf(word));
    expect(getStatusOf(getMoodAt(language, index))).toBe(status);
  });
});
