// Captives released (CAMEO 0841): freeing, releasing or handing over hostages, prisoners or
// detainees. Sentences invented in news style, read whole through the pipeline.
import { describe, expect, it } from 'vitest';
import { runPipeline } from '../run-pipeline.ts';
import { toInventedArticle } from './invented-article.ts';

function eventsOf(sentence: string) {
  return runPipeline([toInventedArticle([sentence], 'Hostage deal')]).dataset.events;
}

describe('captives released', () => {
  it.each([
    ['On Tuesday, Hamas freed three Israeli hostages.', 'Hamas frees three Israeli hostages'],
    ['On Tuesday, Hamas handed over three hostages to the Red Cross.', 'Hamas hands over three hostages'],
    ['Three hostages were released by Hamas on Tuesday.', 'Hamas releases three hostages'],
    ['Israel released 90 Palestinian prisoners on Tuesday.', 'Israel releases 90 Palestinian prisoners'],
  ])('%s → %s', (sentence, title) => {
    const released = eventsOf(sentence).filter((e) => e.type === 'release');
    expect(released.map((e) => [e.date, e.title])).toEqual([['2024-02-20', title]]);
  });

  it.each([
    // Releasing a report is a report, whatever it is about.
    'The UN released a report on prisoners on Tuesday.',
    'Israel said on Tuesday it would not release prisoners until the hostages are freed.',
    'On Tuesday Egypt urged Hamas to free the hostages.',
    'Hamas is expected to free more hostages, Israel said on Tuesday.',
    'Israel released its budget on Tuesday.',
  ])('no release: %s', (sentence) => {
    expect(eventsOf(sentence).filter((e) => e.type === 'release' && e.status !== 'planned')).toEqual([]);
  });
});
