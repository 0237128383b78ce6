// A funding cut is told with a sum of money as often as with the word "funding": "withheld $65
// million", "is holding back $65 million of a planned payment", "froze $200 million in aid".
// Invented sentences in news style, read whole through processArticle.
import { describe, expect, it } from 'vitest';
import { processArticle } from '../process-article.ts';
import { runPipeline } from '../run-pipeline.ts';
import { toInventedArticle } from './invented-article.ts';

function cutsIn(sentence: string) {
  return processArticle(toInventedArticle([sentence], 'Aid to the refugee agency'))
    .events.filter((e) => e.type === 'sanction')
    .map((e) => ({ date: e.date, agents: e.agentIds }));
}

describe('a sum of money withheld is a funding cut', () => {
  it.each([
    'The United States withheld $65 million from UNRWA on Tuesday.',
    'The United States is holding back $65 million of a planned $125 million payment, the State Department said on Tuesday.',
    'Washington froze $200 million in aid to the Palestinians on Tuesday.',
    'On Tuesday the United States cut about €30 million from its contribution.',
  ])('%s', (sentence) => {
    expect(cutsIn(sentence)).toEqual([{ date: '2024-02-20', agents: ['united-states'] }]);
  });
});

describe('a sum of money near a verb of ending is no funding cut unless it is that verb’s object', () => {
  it.each([
    'Israel halted the offensive on Tuesday, ending fighting that had cost $2 billion.',
    'The United States paid $60 million to the agency on Tuesday.',
    'The United States did not withhold the $65 million on Tuesday.',
  ])('%s', (sentence) => {
    expect(cutsIn(sentence)).toEqual([]);
  });
});

// The title says what was done: imposing sanctions is no funding cut, and a cut names what it cut.
describe('sanction titles say what was cut or imposed', () => {
  const titleOf = (sentence: string) =>
    runPipeline([toInventedArticle([sentence], 'Sanctions')]).dataset.events.find(
      (e) => e.type === 'sanction',
    )?.title;
  it.each([
    ['The United States imposed sanctions on Iran on Monday.', 'US imposes sanctions on Iran'],
    ['On Monday the Security Council imposed its first sanctions.', 'UNSC imposes sanctions'],
    ['UNRWA suspended its aid deliveries in Gaza on Monday.', 'UNRWA suspends aid in Gaza'],
    ['The United States withheld $65 million from UNRWA on Monday.', 'US withholds funding to UNRWA'],
  ])('%s → %s', (sentence, title) => {
    expect(titleOf(sentence)).toBe(title);
  });
});
