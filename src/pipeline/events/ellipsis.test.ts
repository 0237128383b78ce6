// "Portugal did the same": a stand-in verb phrase repeats the happening told before it, for its
// own subject. Sentences invented in news style, read whole through the pipeline.
import { describe, expect, it } from 'vitest';
import { runPipeline } from '../run-pipeline.ts';
import { toInventedArticle } from './invented-article.ts';

function eventsOf(...paragraphs: string[]) {
  return runPipeline([toInventedArticle(paragraphs, 'Recognition at the United Nations')]).dataset.events;
}

const doneBy = (events: ReturnType<typeof eventsOf>, type: string, agent: string) =>
  events.filter((e) => e.type === type && e.agentIds.some((id) => id === agent)).map((e) => e.date);

describe('a stand-in repeats the happening before it', () => {
  it.each([
    [
      ['Britain recognised the State of Palestine on Tuesday; Portugal did the same.'],
      'portugal',
      '2024-02-20',
    ],
    [
      ['Britain recognised the State of Palestine on Monday, and France followed suit on Tuesday.'],
      'france',
      '2024-02-20',
    ],
    [
      ['Britain recognised the State of Palestine on Tuesday.', 'Malta and Andorra did likewise.'],
      'andorra',
      '2024-02-20',
    ],
    [
      ['Britain recognised the State of Palestine on Monday, and Malta followed on Tuesday.'],
      'malta',
      '2024-02-20',
    ],
    [
      ['Britain recognised the State of Palestine on Tuesday.', 'Slovenia did the same that summer.'],
      'slovenia',
      '2024',
    ],
    // Days later is near the day, not on it: the month.
    [
      ['Britain recognised the State of Palestine on Tuesday.', 'Slovenia followed days later.'],
      'slovenia',
      '2024-02',
    ],
  ])('%j → recognition by %s on %s', (paragraphs, agent, date) => {
    expect(doneBy(eventsOf(...paragraphs), 'recognition', agent)).toEqual([date]);
  });

  it('repeats a veto for a second member that did the same', () => {
    const events = eventsOf('Russia vetoed the US draft resolution on Tuesday, and China did the same.');
    expect(doneBy(events, 'veto', 'china')).toEqual(['2024-02-20']);
  });

  it.each([
    ['Britain recognised the State of Palestine on Tuesday.', 'Italy said it would do the same.'],
    ['Britain recognised the State of Palestine on Tuesday.', 'Germany has not followed suit.'],
    ['Britain recognised the State of Palestine on Tuesday.', 'Germany followed the debate closely.'],
    [
      'Britain recognised the State of Palestine on Tuesday.',
      'Asked whether Italy would follow suit, its minister declined to say.',
    ],
  ])('no happening for a stand-in not stated as done: %s %s', (...paragraphs) => {
    const events = eventsOf(...paragraphs);
    expect(events.filter((e) => e.type === 'recognition').flatMap((e) => e.agentIds)).toEqual([
      'united-kingdom',
    ]);
  });

  it('repeats nothing for the same subject ("and did so alone")', () => {
    const events = eventsOf('The United States vetoed the draft resolution on Tuesday, and did so alone.');
    expect(events.filter((e) => e.type === 'veto')).toHaveLength(1);
  });

  it('repeats nothing told more than two sentences back', () => {
    const events = eventsOf(
      'Britain recognised the State of Palestine on Tuesday.',
      'The move was welcomed in Ramallah.',
      'Thousands gathered in the square.',
      'Officials counted the votes.',
      'Malta did the same.',
    );
    expect(doneBy(events, 'recognition', 'malta')).toEqual([]);
  });
});
