// A statement's title says what was said, in the sentence's words, or nothing beyond its type:
// never a clause cut so that it says something else. Invented news sentences, read whole through
// the pipeline (titles are made after the merge).
import { describe, expect, it } from 'vitest';
import { runPipeline } from '../run-pipeline.ts';
import { toInventedArticle } from './invented-article.ts';

const titlesOf = (sentence: string) =>
  runPipeline([toInventedArticle([sentence], 'Diplomacy at the United Nations')]).dataset.events.map(
    (e) => e.title,
  );

describe('a statement is titled by what it reports', () => {
  it.each([
    [
      'The Palestinian prime minister, Mohammad Shtayyeh, said on Tuesday that the visit set a dangerous precedent.',
      'Shtayyeh says visit set dangerous precedent',
    ],
    ['Hamas said on Monday it welcomed the resolution.', 'Hamas says it welcomed resolution'],
    // A closing attribution reports what comes before it; "Israel says Israel…" reads "it".
    [
      'Israel will not cooperate with the inquiry, the foreign ministry said on Monday.',
      'Israel says it will not cooperate with the inquiry',
    ],
    [
      'Kerry told Netanyahu on Monday that the United States would block further UN action.',
      'Kerry tells Netanyahu United States would block further UN action',
    ],
    // A possessor, a phrase of "of", a date run into the subject by the chunker.
    [
      "Sharon said on Monday that Israel's conditions had been met.",
      "Sharon says Israel's conditions had been met",
    ],
    [
      'Obama said on Thursday the borders of a Palestinian state should be based on the 1967 lines.',
      'Obama says borders of Palestinian state should be based on the 1967 lines',
    ],
    ['Guterres said on Tuesday Israel must open more crossings into Gaza.', 'Guterres says Israel must open'],
    // A list is said whole.
    [
      'Netanyahu said on Sunday he had assurances from both Biden and Trump.',
      'Netanyahu says he had assurances from both Biden and Trump',
    ],
  ])('%s → …%s', (sentence, title) => {
    expect(titlesOf(sentence).some((t) => t.includes(title))).toBe(true);
  });

  // Dropping a quantifier or an article can say the opposite or another thing.
  it.each([
    ["Sharon's office said on Monday that no operation was imminent.", 'no operation was imminent'],
    ['Egypt said on Tuesday Israel had agreed to a pause in the fighting.', 'agreed to a pause'],
    ['Guterres said on Tuesday that statehood for the Palestinians is a right.', 'is a right'],
    // "United States will…" said by the US reads "it will…".
    ['The United States said on Tuesday the United States will open a consulate.', 'US says it will open'],
    [
      'The Pentagon said on Tuesday the pier could not take the place of land routes.',
      'could not take the place of land routes',
    ],
  ])('%s keeps "%s"', (sentence, words) => {
    expect(titlesOf(sentence).some((t) => t.includes(words))).toBe(true);
  });
});

describe('a clause that cannot be cut cleanly gives no gist', () => {
  it.each([
    // A condition is part of what was said.
    ['Smotrich said on Sunday he would leave if the war was not resumed.', /would leave/],
    // Cut before what it needs, it claims more ("any response would come").
    ["Netanyahu's office said on Monday any response would come after his return.", /response would come/],
    // So is a time limit: "did not want to give funding until…" is no refusal for good.
    [
      'Haley said on Tuesday the president did not want to give further funding until the Palestinians returned to talks.',
      /funding/,
    ],
    // The first person of a quotation is the speaker's, not the headline's.
    ['Netanyahu said on Monday: "We will never accept it."', /says|We/],
    ['Psaki said on Monday, “Our approach is through quiet, intensive diplomacy.”', /approach/],
    // A relative clause of saying reports what follows it; the words before are the narrator's.
    [
      'The move follows a warning from President Donald Trump, who wrote on Twitter on Tuesday that the US gets nothing.',
      /move follows/,
    ],
    // What follows the verb opens a quotation.
    ['Mansour said on Monday the vote should end "this madness".', /vote should end/],
  ])('%s', (sentence, wrong) => {
    const titles = titlesOf(sentence);
    expect(titles.length).toBeGreaterThan(0);
    for (const title of titles) expect(title).not.toMatch(wrong);
  });

  it('thanking names whom it thanks, not a clause', () => {
    for (const title of titlesOf(
      'Gillerman thanked the United States on Monday for its stand at the council.',
    ))
      expect(title).not.toMatch(/says/);
  });
});

describe('what one speaker said is no gist of a statement others joined', () => {
  it('two speakers told as one statement are titled by the type alone', () => {
    const titles = titlesOf(
      "The Security Council approved the team on Friday. Israel, which had resisted any outside inquiry for days, said it would cooperate. Israel's U.N. ambassador, Yehuda Lancry, told reporters after the vote that his government had nothing to hide in Jenin.",
    );
    expect(titles).toContain('Israel and Lancry make statement');
    for (const title of titles) expect(title).not.toMatch(/say it would cooperate/);
  });
});
