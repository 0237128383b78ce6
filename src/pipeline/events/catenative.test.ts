// "failed" names a failed vote when a draft failed ("Russia's draft failed on Tuesday", "the
// resolution failed to win nine votes"), but before "to" and a verb with an actor as subject it
// only says that the next happening did not take place ("The United States failed on Tuesday to
// block the resolution": no vote, no block). Invented news sentences, read whole.
import { describe, expect, it } from 'vitest';
import { summarizeEvents } from './summarize-events.ts';

const eventsOf = summarizeEvents;

describe('a verb that only says how the next happening went', () => {
  it.each([
    'The United States failed on Tuesday to block the resolution.',
    'Russia failed to win support for its draft on Tuesday.',
  ])('%s', (sentence) => {
    expect(eventsOf(sentence)).toEqual([]);
  });

  it.each([
    ["Russia's draft failed on Tuesday.", '2024-02-20 vote russia'],
    ["Russia's resolution failed on Tuesday to win nine votes.", '2024-02-20 vote russia'],
  ])('still reports a draft that failed: %s', (sentence, event) => {
    expect(eventsOf(sentence)).toEqual([event]);
  });
});
