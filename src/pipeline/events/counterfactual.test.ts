// A denied past condition says what did happen ("would have been adopted had the United States
// not vetoed it": a veto), an open or affirmed one does not ("Had the United States vetoed the
// draft, …"; "If the United States does not veto, …"); and a date inside a condition put first
// dates nothing outside it ("If Israel had not struck Rafah on Tuesday, the talks would have
// continued" dates no talks). Invented news sentences, read whole.
import { describe, expect, it } from 'vitest';
import { summarizeEvents } from './summarize-events.ts';

const eventsOf = summarizeEvents;

describe('counterfactual conditions', () => {
  it.each([
    [
      'The draft would have been adopted on Tuesday had the United States not vetoed it.',
      ['2024-02-20 veto united-states'],
    ],
    [
      'If the United States had not vetoed the draft on Tuesday, it would have passed.',
      ['2024-02-20 veto united-states'],
    ],
    [
      'Had Washington not vetoed the text on Tuesday, the Assembly would not have met.',
      ['2024-02-20 veto united-states'],
    ],
    ['Had the United States vetoed the draft on Tuesday, the Assembly would have met.', []],
    ['If the United States does not veto the draft on Tuesday, it will pass.', []],
    // The strike happened (a denied past condition); the talks did not go on.
    [
      'If Israel had not struck Rafah on Tuesday, the talks would have continued.',
      ['2024-02-20 military-action israel'],
    ],
  ])('%s', (sentence, expected) => {
    expect(eventsOf(sentence)).toEqual(expected);
  });
});
