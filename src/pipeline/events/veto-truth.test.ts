// Nothing invented: a veto (or any happening) the sentence mentions without reporting it as
// done (named as background, refused, replaced, predicted, threatened, counted as a history)
// is no event, and a real one keeps its own agent and date. Invented sentences in news style,
// one table per family, each read whole through processArticle.
import { describe, expect, it } from 'vitest';
import { processArticle } from '../process-article.ts';
import { toInventedArticle } from './invented-article.ts';

function eventsOf(...paragraphs: string[]) {
  return processArticle(toInventedArticle(paragraphs)).events;
}

/** Events of that type reported as done (a planned one is drawn as planned, not as done). */
const done = (type: string, ...paragraphs: string[]) =>
  eventsOf(...paragraphs).filter((e) => e.type === type && e.status !== 'planned');

describe('no veto from the word used as background or opinion', () => {
  it.each([
    'On Tuesday, the veto-wielding United States warned the council against the text.',
    'The threat of a US veto hung over the council on Tuesday.',
    'On Tuesday, Algeria revived a vetoed draft in the General Assembly.',
    "Washington's veto power was on display again on Tuesday as the council met.",
    'US officials hinted on Tuesday at a veto.',
  ])('%s', (sentence) => {
    expect(eventsOf(sentence).filter((e) => e.type === 'veto')).toEqual([]);
  });
});

describe('no happening that was refused, withheld or replaced', () => {
  it.each([
    ['veto', 'The United States refrained from vetoing the resolution on Tuesday.'],
    ['veto', 'On Tuesday the United States chose to abstain rather than veto the text.'],
    ['veto', 'Washington stopped short of a veto on Tuesday, abstaining instead.'],
    ['veto', 'The United States withheld its veto on Tuesday, allowing the resolution to pass.'],
    ['veto', 'On Tuesday, the council postponed the vote to avoid a US veto.'],
    ['withdrawal', 'Washington refrained from withdrawing its funding on Tuesday.'],
  ])('%s: %s', (type, sentence) => {
    expect(done(type, sentence)).toEqual([]);
  });
});

describe('no veto from an expectation, an intent or a condition', () => {
  it.each([
    'The United States is expected to veto the draft on Tuesday.',
    'Washington signalled on Tuesday it would veto the text.',
    'The United States vowed on Tuesday to veto any text that did not condemn Hamas.',
    'The United States is considering vetoing the draft, officials said on Tuesday.',
    // The phrase after the noun does not hide the subject of a "would".
    'A veto in those circumstances would cost the United States more than it did on Tuesday.',
    'A US veto of any such text would isolate Washington further, diplomats said on Tuesday.',
  ])('%s', (sentence) => {
    // A veto is cast in a vote, never scheduled: not even a planned one.
    expect(eventsOf(sentence).filter((e) => e.type === 'veto')).toEqual([]);
  });

  it.each([
    ['meeting', 'A meeting between Netanyahu and Abbas is unlikely, officials said on Tuesday.'],
    ['meeting', 'The prospect of talks between Netanyahu and Abbas faded on Tuesday.'],
  ])('%s: %s', (type, sentence) => {
    expect(done(type, sentence)).toEqual([]);
  });
});

describe('no single happening from a count or a history', () => {
  it.each([
    [
      'veto',
      'The United States has vetoed more than 40 resolutions critical of Israel since 1972, diplomats said on Tuesday.',
    ],
    [
      'resolution-adopted',
      'The council has adopted dozens of resolutions on the conflict since 1967, Guterres said on Tuesday.',
    ],
  ])('%s: %s', (type, sentence) => {
    expect(done(type, sentence)).toEqual([]);
  });

  it('keeps the instance a history dates ("most recently in December")', () => {
    const vetoes = done(
      'veto',
      'The United States has used its veto repeatedly to shield Israel, most recently in December, diplomats said.',
    );
    expect(vetoes.map((e) => e.date)).toEqual(['2023-12']);
  });
});

describe('a veto acts for whoever cast it', () => {
  it.each([
    ['Despite a US veto on Tuesday, Algeria said it would return to the council.'],
    ["Following Washington's veto on Tuesday, Egypt proposed a new text."],
  ])('%s', (sentence) => {
    const vetoes = done('veto', sentence);
    expect(vetoes.map((e) => [e.date, e.agentIds])).toEqual([['2024-02-20', ['united-states']]]);
  });

  it('reads "its veto" in a clause of its own as the veto of the name it stands for', () => {
    const vetoes = done(
      'veto',
      'Thirteen members voted in favour on Tuesday, Britain abstained and the United States voted against, killing the draft with its veto.',
    );
    expect(vetoes.map((e) => [e.date, e.agentIds])).toEqual([['2024-02-20', ['united-states']]]);
  });

  it('keeps the clause\'s own names for "their"', () => {
    const vetoes = done('veto', 'China and Russia cast their vetoes on Tuesday against the US draft.');
    expect(vetoes.map((e) => [...e.agentIds].sort())).toEqual([['china', 'russia']]);
  });

  it('gives no veto the date of a main clause it only sets the scene for', () => {
    const events = eventsOf(
      'After the US veto, Algeria said on Tuesday it would go to the General Assembly.',
    );
    expect(events.filter((e) => e.type === 'veto')).toEqual([]);
    expect(events.map((e) => e.agentIds)).toEqual([['algeria']]);
  });

  it('makes no one named in what unnamed diplomats said its speaker', () => {
    const events = eventsOf(
      'The United States has vetoed more than 40 resolutions critical of Israel since 1972, diplomats said on Tuesday.',
    );
    expect(events).toEqual([]);
  });

  it('leaves a statement to its speaker when what it reports did not happen', () => {
    const [statement] = done(
      'statement',
      'Netanyahu and Abbas have not met since 2010, Blinken said on Tuesday.',
    );
    expect(statement?.agentIds).toEqual(['antony-blinken']);
  });
});

describe('no veto dated by the happening told after it', () => {
  it('does not lend the day being told to a veto counted back from it', () => {
    const events = eventsOf(
      'The General Assembly on Tuesday voted 128-9 to condemn the decision.',
      'The vote came three days after the United States vetoed a similar resolution in the Security Council.',
    );
    expect(events.filter((e) => e.type === 'veto')).toEqual([]);
  });

  it('does not date a happening "two days after" a veto on the veto day', () => {
    const events = eventsOf(
      'The United States vetoed a Brazilian text on October 18.',
      'Two days after its veto, the United States circulated its own draft calling for a ceasefire.',
    );
    expect(events.map((e) => [e.type, e.date])).toEqual([['veto', '2023-10-18']]);
  });

  it('does not lend the day being told to a past perfect', () => {
    const events = eventsOf(
      'The Security Council on Tuesday adopted a resolution on humanitarian aid.',
      'The United States had vetoed a ceasefire text.',
    );
    expect(events.filter((e) => e.type === 'veto')).toEqual([]);
  });
});

describe('a call is a phone call only when bare', () => {
  it.each([
    'The ceasefire call by Egypt went unheeded on Tuesday.',
    'On Tuesday France renewed calls to recognise a Palestinian state.',
  ])('%s', (sentence) => {
    expect(done('phone-call', sentence)).toEqual([]);
  });
});

describe('real vetoes stay', () => {
  it.each([
    ['The United States vetoed the resolution on Tuesday, diplomats said.', ['united-states']],
    [
      'On Tuesday, for the 45th time, the United States vetoed a resolution critical of Israel.',
      ['united-states'],
    ],
    ['The draft was vetoed on Tuesday by Russia and China.', ['russia', 'china']],
    ['On Tuesday the United States cast its third veto since the war began.', ['united-states']],
    ['The US veto yesterday drew criticism from Arab states.', ['united-states']],
  ])('%s', (sentence, agents) => {
    expect(done('veto', sentence).map((e) => [e.date, e.agentIds])).toEqual([['2024-02-20', agents]]);
  });
});

describe('other happenings: denied, dated by another clause or said to be planned', () => {
  it.each([
    ['agreement', 'Israel and the Palestinians signed nothing on Tuesday.'],
    ['meeting', 'On Tuesday, nobody at the UN met the Israeli delegation.'],
  ])('%s: %s', (type, sentence) => {
    expect(done(type, sentence)).toEqual([]);
  });

  it('keeps a relative clause with its own year from taking the main clause day', () => {
    const meetings = done(
      'meeting',
      'Abbas and Netanyahu, who last met in 2010, were both in New York on Tuesday.',
    );
    expect(meetings.map((e) => e.date)).toEqual(['2010']);
  });

  it('gives a plan reported by a later saying no date of the saying', () => {
    const events = eventsOf(
      'Britain has long said it will recognise a Palestinian state at a time of its choosing, Cameron said on Tuesday.',
    );
    expect(events.filter((e) => e.type === 'recognition')).toEqual([]);
  });
});

describe('a veto talked about is no veto of the speaker', () => {
  it('reads "the veto was condemned by X" as X condemning it', () => {
    const events = eventsOf('The veto was condemned on Tuesday by Arab League chief Amr Moussa.');
    expect(events.map((e) => [e.type, e.agentIds])).toEqual([['statement', ['amr-moussa']]]);
  });

  it('keeps the subject of "endorsed X\'s plan" as the one who acted', () => {
    const events = eventsOf(
      "The Security Council on Tuesday unanimously endorsed Secretary-General Antonio Guterres's plan for a ceasefire monitoring team.",
    );
    expect(events.map((e) => e.agentIds)).toEqual([['un-security-council']]);
  });
});

describe('a veto reported or judged on a later day keeps its own day', () => {
  it.each([
    'Abbas said on Tuesday that the United States had vetoed the resolution.',
    'On Tuesday Russia blamed the US veto for the deaths of civilians.',
    'On Tuesday Israel thanked the United States for its veto.',
  ])('%s', (sentence) => {
    expect(eventsOf(sentence).filter((e) => e.type === 'veto')).toEqual([]);
  });

  it('gives a veto in a relative clause no date of the main clause', () => {
    const vetoes = eventsOf(
      'The draft that Russia vetoed in March was revived on Tuesday by Algeria.',
    ).filter((e) => e.type === 'veto');
    expect(vetoes.map((e) => e.date)).toEqual(['2023-03']);
  });

  it('still shares a verb between listed dates', () => {
    const meetings = done('meeting', 'Kerry met Netanyahu in Rome on Monday, and in Paris on Tuesday.');
    expect(meetings.map((e) => e.date)).toEqual(['2024-02-19', '2024-02-20']);
  });

  it('dates a recalled veto by its own year only', () => {
    const vetoes = eventsOf(
      'On Tuesday Haley recalled that the United States vetoed a similar text in 2011.',
    ).filter((e) => e.type === 'veto');
    expect(vetoes.map((e) => e.date)).toEqual(['2011']);
  });
});

describe('no happening from a condition told after its clause', () => {
  it.each([
    ['abstention', 'Diplomats said on Tuesday the resolution would have passed had Washington abstained.'],
    ['veto', 'The draft would have failed on Tuesday had Russia vetoed it, diplomats said.'],
  ])('%s: %s', (type, sentence) => {
    expect(done(type, sentence)).toEqual([]);
  });

  it('still reads a past perfect after a subject as told', () => {
    const [abstention] = done('abstention', 'Britain abstained on Tuesday, as it had in December.');
    expect(abstention?.agentIds).toEqual(['united-kingdom']);
  });
});

describe('a verb saying something of a noun is not what the clause reports', () => {
  it.each([
    [
      'threat',
      'donald-trump',
      'Trump warned on Tuesday that countries that voted against the US would lose aid.',
    ],
    [
      'statement',
      'nikki-haley',
      'Haley said on Tuesday the US would take names of countries that voted against it.',
    ],
  ])('%s by %s: %s', (type, agent, sentence) => {
    const events = eventsOf(sentence);
    expect(events.map((e) => [e.type, e.agentIds])).toEqual([[type, [agent]]]);
  });

  it('keeps a reported happening after "said on Tuesday that"', () => {
    const vetoes = done('veto', 'Abbas said on Tuesday that the United States vetoed the draft.');
    expect(vetoes.map((e) => e.agentIds)).toEqual([['united-states']]);
  });
});

describe('no happening that was only asked for, whatever stands between', () => {
  it.each([
    ['meeting', 'Egypt called on Tuesday for an emergency meeting of the Arab League.'],
    ['vote', 'Russia called on Tuesday for a Security Council vote.'],
  ])('%s: %s', (type, sentence) => {
    expect(done(type, sentence)).toEqual([]);
    expect(eventsOf(sentence).map((e) => e.type)).toEqual(['appeal']);
  });
});

describe('a veto answered or condemned is no veto of the one answering', () => {
  it.each([
    'Reacting to the veto on Tuesday, Abbas said the US had isolated itself.',
    'Israel objected to the vote on Tuesday.',
  ])('%s', (sentence) => {
    const events = eventsOf(sentence);
    expect(events.filter((e) => e.type === 'veto' || e.type === 'vote')).toEqual([]);
  });

  it('names in an opening participle phrase do not act in the main clause', () => {
    const events = eventsOf('Responding to the US veto, Algeria on Tuesday called for an Assembly session.');
    expect(events.map((e) => e.agentIds)).toEqual([['algeria']]);
  });

  it('a passive whose "by" names nobody known has no named agent, and its subject did not act', () => {
    expect(
      eventsOf('The US veto on Tuesday was condemned by Arab states.').flatMap((e) => e.agentIds),
    ).toEqual([]);
  });
});
