// Plans told with "be to" ("Kerry is to meet Abbas on Tuesday") are planned, and for the coming
// Tuesday; a date between a past verb and the infinitive it governs is that verb's day ("agreed
// on Monday to meet Abbas" dates no meeting), unless the verb is passive ("is expected on Tuesday
// to meet") or what it governs is a decision ("agreed on Oct. 2 to defer action"); a date in a
// clause of another time never dates the clause it hangs on ("The vote came two weeks after …
// agreed on Oct. 2"); a plan the sentence goes on to call off is none ("…, but the meeting was
// called off"). Invented news sentences, read whole.
import { describe, expect, it } from 'vitest';
import { processArticle } from '../process-article.ts';
import { toInventedArticle } from './invented-article.ts';

function eventsOf(sentence: string) {
  return processArticle(toInventedArticle([sentence])).events.map(
    (e) => `${e.date} ${e.type}${e.status ? ` (${e.status})` : ''} ${e.agentIds.join('+')}`,
  );
}

describe('plans and the verbs that govern them', () => {
  it.each([
    ['Kerry is to meet Abbas on Tuesday.', ['2024-02-27 meeting (planned) john-kerry']],
    ['Kerry agreed on Monday to meet Abbas.', []],
    ['Britain pledged on Tuesday to recognise Palestine.', []],
    ['Kerry is expected on Tuesday to meet Abbas.', ['2024-02-27 meeting (planned) john-kerry']],
    [
      'The vote came two weeks after Abbas agreed on Oct. 2 to defer action on the report.',
      ['2023-10-02 decision (planned) mahmoud-abbas'],
    ],
    ['Kerry was due to meet Netanyahu on Tuesday, but the meeting was called off.', []],
    ['Kerry was due to meet Netanyahu on Tuesday; the meeting was cancelled after the attack.', []],
    [
      'Kerry is to meet Netanyahu on Tuesday, but Abbas was not invited.',
      ['2024-02-27 meeting (planned) john-kerry'],
    ],
    // A body taking up a text sits on it: a session, not the text's author applying or drafting.
    [
      'The Security Council is expected to take up the Palestinian application on Tuesday, diplomats said.',
      ['2024-02-27 meeting (planned) un-security-council'],
    ],
    ['Kerry took up the offer on Tuesday.', []],
  ])('%s', (sentence, expected) => {
    expect(eventsOf(sentence)).toEqual(expected);
  });
});

describe('a present tense on a coming day is scheduled', () => {
  it.each([
    ['Trump, who visits Israel on Monday, will meet Netanyahu.', '2024-02-26 visit (planned) donald-trump'],
    ['Kerry met Netanyahu, who travels to Cairo on Sunday.', '2024-02-25 visit (planned) benjamin-netanyahu'],
  ])('%s → %s', (sentence, event) => {
    expect(eventsOf(sentence)).toContain(event);
  });

  it('a verb of saying in the present stays a report of the day named', () => {
    expect(eventsOf('He says on Monday that Kerry met Abbas.').join()).not.toMatch(/planned/);
  });
});
