// The layer's readings of happenings refused, replaced, counted, predicted or denied outside
// their verb group (refusal.ts, habitual.ts, denial.ts, noun-modality.ts), one row per shape.
import { describe, expect, it } from 'vitest';
import { getMoodAt, getStatusOf, getTokenAt } from './mood-at.ts';
import { readSentence } from './read-sentence.ts';

const statusOf = (sentence: string, word: string) => {
  const language = readSentence(sentence);
  return getStatusOf(getMoodAt(language, getTokenAt(language, sentence.indexOf(word))));
};

describe('refused or replaced', () => {
  it.each([
    ['The United States refrained from vetoing the resolution.', 'vetoing', null],
    ['The council abstained from voting on the text.', 'voting', null],
    ['Washington stopped short of a veto.', 'veto', null],
    ['The US chose to abstain rather than veto the text.', 'veto', null],
    ['Netanyahu avoided meeting Abbas in Cairo.', 'meeting', null],
    ['The United States withheld its veto.', 'veto', null],
    ['The council postponed the vote to avoid a US veto.', 'veto', null],
    ['The United States vetoed the resolution.', 'vetoed', 'happened'],
  ] as const)('%s (%s) → %s', (sentence, word, status) => {
    expect(statusOf(sentence, word)).toBe(status);
  });
});

describe('counted as a history', () => {
  it.each([
    ['The United States has vetoed more than 40 resolutions critical of Israel.', 'vetoed', null],
    ['The US has vetoed resolutions on settlements since 1972.', 'vetoed', null],
    ['Washington has repeatedly vetoed such texts.', 'vetoed', null],
    ['The US vetoed it twice since 2011.', 'vetoed', null],
    ['The council met twice last week.', 'met', 'happened'],
    ['The US vetoed two drafts in 2023.', 'vetoed', 'happened'],
    ['The United States has used its veto repeatedly, most recently in December.', 'used', 'happened'],
  ] as const)('%s (%s) → %s', (sentence, word, status) => {
    expect(statusOf(sentence, word)).toBe(status);
  });
});

describe('predicted, considered or talked about', () => {
  it.each([
    ['The threat of a US veto hung over the council.', 'veto', null],
    ['The prospect of talks between the two faded.', 'talks', null],
    ['A meeting between Netanyahu and Abbas is unlikely.', 'meeting', null],
    ['A veto is likely.', 'veto', 'planned'],
    ['The vote is expected on Friday.', 'vote', 'planned'],
    ['The United States is considering vetoing the draft.', 'vetoing', null],
    ['US officials hinted at a veto.', 'veto', null],
    ['The army said troops would keep working to destroy the tunnels.', 'destroy', 'planned'],
    ['Diplomats said they would keep negotiating with Iran.', 'negotiating', 'planned'],
    ['The army kept working to destroy the tunnels.', 'destroy', 'happened'],
  ] as const)('%s (%s) → %s', (sentence, word, status) => {
    expect(statusOf(sentence, word)).toBe(status);
  });
});

describe('denied by a subject or an object', () => {
  it.each([
    ['Nobody at the UN met the Israeli delegation.', 'met', null],
    ['Israel and the Palestinians signed nothing.', 'signed', null],
    ['The council adopted no resolution.', 'adopted', null],
    ['The United States voted no.', 'voted', 'happened'],
    ['The two sides signed no fewer than three accords.', 'signed', 'happened'],
    // A denial reaches its verb over adverbs between them.
    ['Israel never formally said yes or no.', 'said', null],
    ['Washington has not publicly endorsed the plan.', 'endorsed', null],
    ['Israel formally said yes.', 'said', 'happened'],
  ] as const)('%s (%s) → %s', (sentence, word, status) => {
    expect(statusOf(sentence, word)).toBe(status);
  });
});

describe('a vote the idiom says was never held', () => {
  it.each([
    ['A rival Russian draft, circulated last week, was not put to a vote.', 'vote', null],
    ['Russia did not put its draft to a vote.', 'vote', null],
    ['The text never came to a vote.', 'vote', null],
    ['The Assembly will put the text to a vote on Monday.', 'vote', 'planned'],
    ['Russia put its draft to a vote.', 'vote', 'happened'],
  ] as const)('%s (%s) → %s', (sentence, word, status) => {
    expect(statusOf(sentence, word)).toBe(status);
  });
});

describe('demanded or planned through a whole complement', () => {
  it.each([
    [
      'Every member of the government must be committed to non-violence, to the recognition of Israel and to the acceptance of previous agreements.',
      'recognition',
      null,
    ],
    ['Hamas would have to accept the agreements signed by earlier leaders.', 'agreements', null],
    ['Kerry will fly to Paris after the vote.', 'vote', 'happened'],
    [
      'Any government must commit itself to nonviolence, recognise Israel and accept the deal.',
      'recognise',
      null,
    ],
    [
      'Haley warned that Trump would take it personally, and wrote on Twitter that she would remember.',
      'wrote',
      'happened',
    ],
    ['Britain, Canada and Australia recognise the State of Palestine.', 'recognise', 'happened'],
    ['The council welcomed the recognition of Palestine by Spain.', 'recognition', 'happened'],
  ] as const)('%s (%s) → %s', (sentence, word, status) => {
    expect(statusOf(sentence, word)).toBe(status);
  });
});
