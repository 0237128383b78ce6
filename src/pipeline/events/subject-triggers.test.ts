// Verbs that name a happening only by what their subject is (triggers.json `subjects`): a
// state's forces killing, boarding or entering is military action; a crisis killing talks is
// not. Sentences invented in news style, read whole through the pipeline.
import { describe, expect, it } from 'vitest';
import { runPipeline } from '../run-pipeline.ts';
import { toInventedArticle } from './invented-article.ts';

function eventsOf(sentence: string) {
  const article = toInventedArticle([sentence], 'Diplomacy at the United Nations');
  return runPipeline([article]).dataset.events;
}

describe("a state's forces acting are the state acting", () => {
  it.each([
    ['Israeli soldiers killed two Palestinians in Hebron on Tuesday.', 'israel'],
    ['American troops entered the town of Fallujah on Tuesday.', 'united-states'],
    ['On Tuesday Israeli commandos boarded the ship, the army said.', 'israel'],
    ['Egyptian jets struck targets across eastern Libya on Tuesday.', 'egypt'],
    ['Israeli tanks that entered Rafah on Tuesday drew a UN rebuke.', 'israel'],
    ['Israeli troops are expected to enter Rafah on Tuesday.', 'israel'],
    // A state's fire and strikes are its forces' acts.
    ['Israeli fire killed at least 13 people in Gaza on Tuesday.', 'israel'],
    ['Israeli strikes killed 20 people in Rafah on Tuesday.', 'israel'],
  ])('%s → military action by %s', (sentence, agent) => {
    const events = eventsOf(sentence).filter((e) => e.type === 'military-action');
    expect(events.map((e) => e.agentIds)).toContainEqual([agent]);
  });

  it.each([
    'The crisis killed the peace talks on Tuesday, Israel said.',
    "The delegation entered the hall on Tuesday with Israel's ambassador.",
    'Dozens of protesters were killed on Tuesday, Israel said.',
    'Israeli officials hit back at the report on Tuesday.',
  ])('no military action: %s', (sentence) => {
    expect(eventsOf(sentence).map((e) => e.type)).not.toContain('military-action');
  });
});
