// An event's agents are who the sentence says acted, never who acted in a sentence before. Each
// text invented in news style and read whole through the pipeline.
import { describe, expect, it } from 'vitest';
import { runPipeline } from '../run-pipeline.ts';
import { toInventedArticle } from './invented-article.ts';

function titlesOf(...sentences: string[]) {
  const article = toInventedArticle(sentences, 'Diplomacy at the United Nations');
  return runPipeline([article]).dataset.events.map((e) => e.title);
}

describe('a sentence with no happening of its own still hands on its subject', () => {
  it('"Mr. Blinken went further. … he warned" is Blinken alone', () => {
    const titles = titlesOf(
      'On Monday, Haley and Blinken met the Jordanian foreign minister in New York. Mr. Blinken went further the next day. At a press conference on Tuesday, he warned that Israel would face isolation.',
    );
    expect(titles).toContain('Blinken issues threat');
    expect(titles).not.toContain('Haley and Blinken issue threat');
  });

  it('a pronoun after a named pair still stands for the pair', () => {
    const titles = titlesOf(
      'On Monday, Haley and Blinken met the Jordanian foreign minister in New York. On Tuesday, they warned that Israel would face isolation.',
    );
    expect(titles).toContain('Haley and Blinken issue threat');
  });
});

describe("a speaker is its clause's subject, never the object of an earlier verb", () => {
  it.each([
    [
      'On Tuesday, Secretary of State Antony Blinken told Netanyahu that the offensive would be a mistake.',
      'Blinken addresses Netanyahu',
    ],
    [
      'Guterres, who met Abbas on Monday, said on Tuesday that the aid must flow.',
      'Guterres says aid must flow',
    ],
    // A speech verb joined by "and" to an earlier verb shares its subject.
    [
      'Guterres thanked Qatar for its help on Tuesday and said that the talks would go on.',
      'Guterres makes statement',
    ],
    [
      'The envoy, Mr. Danon, thanked the United States on Monday and told the members that they had erred.',
      'Danon makes statement',
    ],
  ])('%s → %s', (sentence, title) => {
    expect(titlesOf(sentence)).toContain(title);
  });

  it('"thanked the US for what he called…" gives the US no statement', () => {
    const titles = titlesOf(
      'Danny Danon, Israel’s ambassador, thanked the US on Tuesday for what he called a principled vote.',
    );
    expect(titles.length).toBeGreaterThan(0);
    for (const t of titles) expect(t).not.toMatch(/US/);
  });
});

describe('the source of a report is no party to what it reports', () => {
  it.each([
    ['Kerry met Abbas on Tuesday, the State Department said.', 'Kerry meets Abbas'],
    [
      'Trump will meet leaders of Arab states on the sidelines on Tuesday, the White House says, to discuss Gaza.',
      'Trump to hold talks',
    ],
  ])('%s → %s', (sentence, title) => {
    const titles = titlesOf(sentence);
    expect(titles.some((t) => t.startsWith(title))).toBe(true);
    expect(titles.join(' ')).not.toMatch(/Department|White House|United States|US\b/);
  });
});

describe('a list of names before a speech verb is its subject, commas and all', () => {
  it.each([
    ['Luxembourg, Malta, Monaco and Andorra said on Monday that they recognised Palestine.', 4],
    ['Israel, Britain and France said on Monday that the talks would go on.', 3],
  ])('%s', (sentence, count) => {
    const article = toInventedArticle([sentence], 'Diplomacy at the United Nations');
    const event = runPipeline([article]).dataset.events[0]!;
    expect(event.agentIds).toHaveLength(count);
  });

  it('a name closing an opening phrase is not part of the list', () => {
    const article = toInventedArticle(
      ['After meeting Abbas, Kerry and Lavrov said on Monday that talks would go on.'],
      'Diplomacy at the United Nations',
    );
    const event = runPipeline([article]).dataset.events[0]!;
    expect(event.agentIds).toEqual(['john-kerry', 'sergey-lavrov']);
  });
});

describe('a text that passed was adopted by the body it passed in, not by whoever let it pass', () => {
  it.each([
    [
      'Netanyahu said on Monday that the Obama administration had harmed Israel by allowing an anti-settlement resolution to pass at the Security Council.',
      'UNSC passes anti-settlement resolution',
    ],
    ['The Obama administration allowed a resolution to pass on Friday.', 'Resolution adopted'],
    ['The Security Council passed the resolution on Friday.', 'UNSC passes resolution'],
  ])('%s → %s', (sentence, title) => {
    expect(titlesOf(sentence)).toEqual([title]);
  });
});

describe('a verb joined by "and" to a speech verb is the speaker\'s, not its object\'s', () => {
  it.each([
    [
      "On Thursday Netanyahu's office accused Hamas of backtracking and postponed a cabinet meeting.",
      /^Netanyahu /,
      /^Hamas /,
    ],
    ['On Thursday Jordan condemned Israel and recalled its ambassador.', /^Jordan /, /^Israel /],
  ])('%s', (sentence, right, wrong) => {
    const titles = titlesOf(sentence).filter((t) => !/statement|accuse|condemn/i.test(t));
    expect(titles.some((t) => right.test(t))).toBe(true);
    for (const t of titles) expect(t).not.toMatch(wrong);
  });

  it('but a verb joined to one inside what was said stays in the content', () => {
    const titles = titlesOf('On Thursday Netanyahu said Hamas had rejected the plan and vetoed the talks.');
    for (const t of titles) expect(t).not.toMatch(/^Netanyahu (?!makes|says)/);
  });
});

describe('a vote stated as a label and a list is done by every name listed', () => {
  it('"Who abstained: …" after the vote is the listed members abstaining', () => {
    const events = runPipeline([
      toInventedArticle([
        'The United States on Tuesday vetoed a draft resolution on the shelling.',
        'Who abstained: Britain, Denmark, Japan and Slovakia.',
      ]),
    ]).dataset.events;
    const abstention = events.find((e) => e.type === 'abstention');
    expect(abstention?.agentIds).toEqual(['united-kingdom', 'denmark', 'japan', 'slovakia']);
    expect(abstention?.targetIds).toEqual([]);
  });

  it('a label with no happening of its own leaves the sentence as it is: "Breaking: …"', () => {
    const events = runPipeline([
      toInventedArticle(['Breaking: Israel and Egypt signed an agreement on the crossing on Tuesday.']),
    ]).dataset.events;
    expect(events.map((e) => [e.type, e.agentIds])).toEqual([['agreement', ['israel', 'egypt']]]);
  });
});

describe('members counted, not named, cast the vote of the body the text tells of', () => {
  // The votes of a two-sentence article: a body named, then a vote counted or a text that lost.
  const votesOf = (...sentences: string[]) =>
    runPipeline([toInventedArticle(sentences, 'Diplomacy at the United Nations')])
      .dataset.events.filter((e) => e.type === 'vote')
      .map((e) => `${e.date} ${e.agentIds.join()}`);

  it.each([
    // Members counted: the body named just before.
    [
      'The tally appeared on the board above the General Assembly podium on Tuesday afternoon.',
      'One hundred and twenty-eight countries voted for the resolution.',
      '2024-02-20 un-general-assembly',
    ],
    // A failed text lost its body's vote, whoever wrote it.
    [
      'The United States vetoed a Security Council resolution on Wednesday.',
      'The Russian draft failed on Monday.',
      '2024-02-19 un-security-council',
    ],
    // So did a text rejected by no one named.
    [
      'The Security Council met on Wednesday.',
      'An earlier Russian draft had been rejected on Monday.',
      '2024-02-19 un-security-council',
    ],
  ])('%s / %s → %s', (first, second, vote) => {
    expect(votesOf(first, second)).toEqual([vote]);
  });

  it('gives it to no one when no body was named', () => {
    expect(titlesOf('On Tuesday, 128 countries voted for the resolution.')).toEqual([]);
  });
});

describe("a verb right after a speech verb and its pronoun is the content's, whatever follows", () => {
  it('"said it opposed a UN Security Council resolution calling for…": the speaker opposed', () => {
    expect(
      titlesOf(
        'The United States said on Wednesday it opposed a proposed UN Security Council resolution calling for a ceasefire.',
      ),
    ).toEqual(['US opposes proposed UN Security Council resolution']);
  });
});
