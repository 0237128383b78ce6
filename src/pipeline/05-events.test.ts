import { describe, expect, it } from 'vitest';
import { extractArticleEvents } from './05-events.ts';
import { makeFixture, type Marks } from './events/test-fixtures.ts';

const ACTORS = {
  Kerry: 'john-kerry',
  Lavrov: 'sergei-lavrov',
  Netanyahu: 'benjamin-netanyahu',
  Abbas: 'mahmoud-abbas',
  'The United States': 'united-states',
  'the US': 'united-states',
  'Security Council': 'un-security-council',
  France: 'france',
  Egypt: 'egypt',
  Blinken: 'antony-blinken',
};

function extract(paragraphs: string[][], marks: Marks) {
  const fixture = makeFixture(paragraphs, { actors: ACTORS, ...marks });
  return extractArticleEvents(fixture);
}

describe('extractArticleEvents', () => {
  it.each([
    ['Kerry met Lavrov on Sunday in Rome.', 'meeting', ['john-kerry'], ['sergei-lavrov']],
    [
      'Kerry spoke with Netanyahu in a phone conversation on Sunday.',
      'phone-call',
      ['john-kerry'],
      ['benjamin-netanyahu'],
    ],
    [
      'The United States vetoed the Security Council resolution on Friday.',
      'veto',
      ['united-states'],
      ['un-security-council'],
    ],
    [
      'The United States blocked a Security Council statement on Monday.',
      'blocked-statement',
      ['united-states'],
      ['un-security-council'],
    ],
    [
      'The United States said on Wednesday it opposed the France draft.',
      'rejection',
      ['united-states'],
      ['france'],
    ],
    ['France circulated a draft on Tuesday.', 'draft', ['france'], []],
    [
      'Egypt called on Netanyahu on Tuesday to halt the strikes.',
      'appeal',
      ['egypt'],
      ['benjamin-netanyahu'],
    ],
    ['Blinken told reporters on Monday that talks would go on.', 'statement', ['antony-blinken'], []],
  ])('%s → %s', (sentence, type, agents, targets) => {
    const dateText = /on \w+day/.exec(sentence)![0];
    const events = extract([[sentence]], { dates: { [dateText]: '2021-05-17' } });
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ type, agentIds: agents, targetIds: targets, date: '2021-05-17' });
  });

  it('makes one event per dated clause, each with its own date and actors', () => {
    const events = extract([['Kerry met Lavrov on Sunday, before talks on Monday with Netanyahu.']], {
      dates: { 'on Sunday': '2014-12-14', 'on Monday': '2014-12-15' },
    });
    expect(events.map((e) => [e.date, e.type, e.agentIds, e.targetIds])).toEqual([
      ['2014-12-14', 'meeting', ['john-kerry'], ['sergei-lavrov']],
      ['2014-12-15', 'meeting', ['john-kerry'], ['benjamin-netanyahu']],
    ]);
  });

  it('reads the agent of a passive from "by"', () => {
    const [event] = extract(
      [['The Security Council was prevented by the US from publishing a statement on Monday.']],
      {
        dates: { 'on Monday': '2021-05-17' },
      },
    );
    expect(event).toMatchObject({
      type: 'blocked-statement',
      agentIds: ['united-states'],
      targetIds: ['un-security-council'],
    });
  });

  it('ignores trigger words inside quotations', () => {
    const events = extract([['Kerry said on Thursday: “we met and we vetoed nothing.”']], {
      dates: { 'on Thursday': '2013-12-05' },
    });
    expect(events.map((e) => e.type)).toEqual(['statement']);
  });

  it('takes the place from "in <place>" and keeps the source sentence with offsets', () => {
    const fixture = makeFixture([['Intro sentence here.', 'Kerry met Abbas in Ramallah on Thursday.']], {
      actors: ACTORS,
      dates: { 'on Thursday': '2013-12-05' },
      places: { Ramallah: 'Ramallah' },
    });
    const [event] = extractArticleEvents(fixture);
    expect(event?.place).toBe('Ramallah');
    const source = event!.sources[0]!;
    expect(fixture.text.slice(source.start, source.end)).toBe('Kerry met Abbas in Ramallah on Thursday.');
    expect(source.dateText).toBe('on Thursday');
  });

  it('gives a subjectless clause the subject of the previous sentence in the paragraph', () => {
    const [event] = extract([['Kerry arrived in Rome on Sunday.', 'On Monday he met Lavrov.']], {
      dates: { 'on Sunday': '2014-12-14', 'On Monday': '2014-12-15' },
    }).filter((e) => e.date === '2014-12-15');
    expect(event).toMatchObject({ type: 'meeting', agentIds: ['john-kerry'], targetIds: ['sergei-lavrov'] });
  });

  it('merges one happening told twice in an article into one event with two sources', () => {
    const events = extract(
      [['Kerry met Lavrov on Sunday.'], ['Lavrov and Kerry met on Sunday to discuss Syria.']],
      {
        dates: { 'on Sunday': '2014-12-14' },
      },
    );
    expect(events).toHaveLength(1);
    expect(events[0]!.sources).toHaveLength(2);
  });

  it('skips dated sentences without any happening word, and deadlines', () => {
    const fixture = makeFixture([['The deadline is November 2016.', 'Nothing on Sunday.']], {
      dates: { 'November 2016': '2016-11', 'on Sunday': '2014-12-14' },
    });
    expect(extractArticleEvents(fixture)).toEqual([]);
  });

  it('dates a clause that points back at an earlier happening ("after the vote")', () => {
    const events = extract(
      [
        [
          'France vetoed the Security Council resolution on Friday.',
          'Blinken told reporters after the vote that talks would go on.',
        ],
      ],
      {
        dates: { 'on Friday': '2021-05-14' },
      },
    );
    expect(events.map((e) => [e.date, e.type, e.agentIds])).toEqual([
      ['2021-05-14', 'veto', ['france']],
      ['2021-05-14', 'statement', ['antony-blinken']],
    ]);
    expect(events[1]!.sources[0]!.dateText).toBe('after the vote');
  });

  it('reads the happening before a closing attribution ("…, the State Department said")', () => {
    const [event] = extract([['Kerry will meet Abbas on Wednesday, the United States said.']], {
      dates: { 'on Wednesday': '2014-12-17' },
    });
    expect(event).toMatchObject({ type: 'meeting', agentIds: ['john-kerry'], targetIds: ['mahmoud-abbas'] });
  });

  it('leaves out negated happenings', () => {
    const events = extract(
      [['Neither Kerry nor Lavrov met Abbas on Sunday.', 'Blinken did not meet Netanyahu on Monday.']],
      {
        dates: { 'on Sunday': '2014-12-14', 'on Monday': '2014-12-15' },
      },
    );
    expect(events).toEqual([]);
  });

  it('dates a clause told as simultaneous ("as", "while", ", with … -ing") by the clause before it', () => {
    const events = extract(
      [
        ['The Security Council adopted the resolution on Monday, as the US abstained.'],
        ['The Security Council adopted the text on Friday by 14 votes to none, with France abstaining.'],
      ],
      { dates: { 'on Monday': '2021-05-17', 'on Friday': '2021-05-21' } },
    );
    expect(events.map((e) => [e.date, e.type, e.agentIds])).toEqual([
      ['2021-05-17', 'resolution-adopted', ['un-security-council']],
      ['2021-05-17', 'abstention', ['united-states']],
      ['2021-05-21', 'resolution-adopted', ['un-security-council']],
      ['2021-05-21', 'abstention', ['france']],
    ]);
  });

  it('lends no date to a simultaneous clause that is not a past happening, or when two dates compete', () => {
    const events = extract(
      [
        ['Kerry met Lavrov on Sunday, as Netanyahu will meet Abbas.'],
        ['Kerry met Lavrov on Sunday and on Monday, as Egypt abstained.'],
      ],
      { dates: { 'on Sunday': '2014-12-14', 'on Monday': '2014-12-15' } },
    );
    expect(events.filter((e) => e.type !== 'meeting')).toEqual([]);
  });

  it('keeps a relative clause’s happening and date apart from the main clause’s', () => {
    const events = extract(
      [['The United States, which vetoed a similar resolution in October, abstained on Monday.']],
      {
        dates: { 'in October': '2023-10', 'on Monday': '2024-04-15' },
      },
    );
    expect(events.map((e) => [e.date, e.type, e.agentIds])).toEqual([
      ['2023-10', 'veto', ['united-states']],
      ['2024-04-15', 'abstention', ['united-states']],
    ]);
  });

  it('gives each of two dates in a clause the trigger nearer to it', () => {
    const events = extract([['The US last used its veto in February, France said on Monday.']], {
      dates: { 'in February': '2024-02', 'on Monday': '2024-04-15' },
    });
    expect(events.map((e) => [e.date, e.type])).toEqual([
      ['2024-02', 'veto'],
      ['2024-04-15', 'statement'],
    ]);
  });

  it('keeps one trigger for two dates when the second has none of its own', () => {
    const events = extract([['Kerry met Lavrov on Sunday and on Monday.']], {
      dates: { 'on Sunday': '2014-12-14', 'on Monday': '2014-12-15' },
    });
    expect(events.map((e) => [e.date, e.type])).toEqual([
      ['2014-12-14', 'meeting'],
      ['2014-12-15', 'meeting'],
    ]);
  });

  it('reads the passive agent of the verb, not of a participle modifying its subject', () => {
    const events = extract(
      [
        ['A resolution drafted by Egypt was vetoed by the US on Monday.'],
        ['The draft, put forward by Egypt, was vetoed on Friday by the US.'],
      ],
      { dates: { 'on Monday': '2024-04-15', 'on Friday': '2024-04-19' } },
    );
    expect(events.map((e) => [e.type, e.agentIds, e.targetIds])).toEqual([
      ['veto', ['united-states'], ['egypt']],
      ['veto', ['united-states'], ['egypt']],
    ]);
  });

  it('makes every name listed after a passive "by" an agent', () => {
    const [event] = extract([['On Monday the draft was vetoed by the US and France.']], {
      dates: { 'On Monday': '2024-04-15' },
    });
    expect(event).toMatchObject({ type: 'veto', agentIds: ['united-states', 'france'] });
  });

  it('gives an opening participle the subject of the main clause', () => {
    const [event] = extract([['Vetoing the draft on Monday, the US said it was one-sided.']], {
      dates: { 'on Monday': '2024-04-15' },
    });
    expect(event).toMatchObject({ type: 'veto', agentIds: ['united-states'], targetIds: [] });
  });

  it('does not lend a subordinate clause’s date to the main verb', () => {
    const events = extract(
      [['Blinken said on Friday that things would change once Netanyahu takes office on January 20.']],
      {
        dates: { 'on Friday': '2021-05-14', 'January 20': '2022-01-20' },
      },
    );
    expect(events.map((e) => e.date)).toEqual(['2021-05-14']);
  });

  it('leaves out an event that names nobody', () => {
    expect(
      extract([['Talks were held in Rome on Sunday.']], { dates: { 'on Sunday': '2014-12-14' } }),
    ).toEqual([]);
  });

  it.each([
    ['France would have vetoed the text on Monday but for Egypt.', []],
    ['The United States threatened on Monday to veto the resolution.', ['threat']],
    ['If Egypt votes on Monday, France will veto the text.', []],
    ['Will France veto the Security Council text on Monday?', []],
    ['Egypt failed to block the statement on Monday.', []],
    ['France decided on Monday to recognise Egypt.', ['decision']],
    ['Netanyahu called the reports inaccurate on Monday.', ['statement']],
    ['Kerry called Netanyahu on Monday.', ['phone-call']],
  ])('emits only what the sentence says happened: %s → %j', (sentence, types) => {
    const events = extract([[sentence]], { dates: { 'on Monday': '2021-05-17' } });
    expect(events.map((e) => e.type)).toEqual(types);
  });

  it('marks a scheduled happening as planned', () => {
    const [event] = extract([['Kerry will meet Abbas in Amman on Monday.']], {
      dates: { 'on Monday': '2014-12-15' },
    });
    expect(event).toMatchObject({ type: 'meeting', status: 'planned', agentIds: ['john-kerry'] });
  });

  it('dates an undated past happening told right after a dated one by that day', () => {
    const events = extract(
      [
        ['The United States vetoed the Security Council resolution on Friday.'],
        ['France and Egypt abstained.'],
      ],
      { dates: { 'on Friday': '2021-05-14' } },
    );
    expect(events.map((e) => [e.date, e.type, e.agentIds])).toEqual([
      ['2021-05-14', 'veto', ['united-states']],
      ['2021-05-14', 'abstention', ['france', 'egypt']],
    ]);
    expect(events[1]!.sources[0]!.dateText).toBe('');
  });

  // A reaction however far on is the day's (told-day.test.ts); another happening is not.
  it('does not date a present-tense sentence, or a far-away happening that is no reaction, by the last event', () => {
    const events = extract(
      [
        ['The United States vetoed the Security Council resolution on Friday.'],
        ['Background paragraph.'],
        ['Another background paragraph.'],
        ['France launched a military operation.'],
        [],
      ],
      { dates: { 'on Friday': '2021-05-14' } },
    );
    expect(events.map((e) => e.type)).toEqual(['veto']);
    const present = extract([['France vetoed the text on Friday.', 'Egypt opposes the draft.']], {
      dates: { 'on Friday': '2021-05-14' },
    });
    expect(present.map((e) => e.type)).toEqual(['veto']);
  });

  it('gives a statement only its addressees as targets, not co-present or quoted names', () => {
    const events = extract(
      [
        ['Abbas welcomed the vote on Friday, his spokesman Blinken said.'],
        ['Kerry told Netanyahu and Abbas on Monday that France would vote.'],
      ],
      { dates: { 'on Friday': '2021-05-14', 'on Monday': '2021-05-17' } },
    );
    expect(events.map((e) => [e.type, e.agentIds, e.targetIds])).toEqual([
      ['statement', ['mahmoud-abbas'], []],
      ['statement', ['john-kerry'], ['benjamin-netanyahu', 'mahmoud-abbas']],
    ]);
  });

  it('merges a one-off happening retold with a date a day off, but not talks on two days', () => {
    const veto = extract(
      [['France vetoed the text on Tuesday.'], ['On Wednesday, France vetoed the text, diplomats said.']],
      { dates: { 'on Tuesday': '2021-05-18', 'On Wednesday': '2021-05-19' } },
    );
    expect(veto.map((e) => [e.date, e.type, e.sources.length])).toEqual([['2021-05-18', 'veto', 2]]);
    const talks = extract([['Kerry met Lavrov on Tuesday.'], ['Kerry met Lavrov on Wednesday.']], {
      dates: { 'on Tuesday': '2021-05-18', 'on Wednesday': '2021-05-19' },
    });
    expect(talks.map((e) => e.date)).toEqual(['2021-05-18', '2021-05-19']);
  });
});
