import { describe, expect, it } from 'vitest';
import type { Actor, DiplomaticEvent, Episode } from '../../../domain/dataset-schema.ts';
import type { ActorId, EpisodeId, EventId } from '../../../domain/ids.ts';
import type { TimelineLanes } from './lanes.ts';
import { toTimelineItems } from './to-timeline-items.ts';
import { makeEvent } from './timeline-fixtures.ts';

const actor = (id: string) => id as ActorId;

function makeEpisode(id: string, start: string, end: string, title = `Episode ${id}`): Episode {
  return { id: id as EpisodeId, title, start, end, eventIds: ['e1' as EventId], actorIds: [] };
}

/** What a browser shows for an HTML string: parsed, never executed (jsdom runs no scripts). */
function renderHtml(html: string): HTMLElement {
  const div = document.createElement('div');
  div.innerHTML = html;
  return div;
}

describe('toTimelineItems: dates', () => {
  it.each([
    {
      why: 'a day is a point',
      date: '2017-01-15',
      precision: 'day',
      type: 'point',
      start: '2017-01-15',
      end: undefined,
    },
    {
      why: 'a month spans the month',
      date: '2014-11',
      precision: 'month',
      type: 'range',
      start: '2014-11-01',
      end: '2014-12-01',
    },
    {
      why: 'February of a leap year',
      date: '2016-02',
      precision: 'month',
      type: 'range',
      start: '2016-02-01',
      end: '2016-03-01',
    },
    {
      why: 'December ends in the next year',
      date: '2016-12',
      precision: 'month',
      type: 'range',
      start: '2016-12-01',
      end: '2017-01-01',
    },
    {
      why: 'a year spans the year',
      date: '2016',
      precision: 'year',
      type: 'range',
      start: '2016-01-01',
      end: '2017-01-01',
    },
  ] as const)('$why: $date → $type $start..$end', ({ date, precision, type, start, end }) => {
    const { items } = toTimelineItems([makeEvent('e1', undefined, { date, precision })], [], 'type');
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({ id: 'e1', type, start });
    expect(items[0]?.end).toBe(end);
  });

  it.each([
    {
      why: 'a week-long span',
      date: '2015-03-09',
      endDate: '2015-03-15',
      start: '2015-03-09',
      end: '2015-03-16',
    },
    {
      why: 'a span across a month end',
      date: '2015-01-30',
      endDate: '2015-02-02',
      start: '2015-01-30',
      end: '2015-02-03',
    },
    {
      why: 'an endDate before the date never makes a negative range',
      date: '2015-03-09',
      endDate: '2015-03-01',
      start: '2015-03-09',
      end: '2015-03-10',
    },
  ])('endDate makes a range: $why', ({ date, endDate, start, end }) => {
    const { items } = toTimelineItems([makeEvent('e1', undefined, { date, endDate })], [], 'type');
    expect(items[0]).toMatchObject({ type: 'range', start, end });
  });

  it.each([
    { why: 'a day is exact', overrides: {}, classes: 'tl-event tl-event--point event--family-consult' },
    {
      why: 'a month is approximate',
      overrides: { date: '2014-11', precision: 'month', type: 'veto' },
      classes: 'tl-event tl-event--range tl-precision-month event--family-opposition event--approx',
    },
    {
      why: 'a span of days is approximate',
      overrides: { date: '2015-03-09', endDate: '2015-03-15', type: 'threat' },
      classes: 'tl-event tl-event--range tl-precision-day event--family-pressure event--approx',
    },
    {
      why: 'a scheduled vote is planned',
      overrides: { type: 'vote', status: 'planned' },
      classes: 'tl-event tl-event--point event--family-decision event--planned',
    },
    {
      why: 'a happened event is not planned',
      overrides: { type: 'statement', status: 'happened' },
      classes: 'tl-event tl-event--point event--family-statement',
    },
  ] as const)('classes say what the item is: $why', ({ overrides, classes }) => {
    const { items } = toTimelineItems([makeEvent('e1', undefined, overrides)], [], 'type');
    expect(items[0]?.className).toBe(classes);
  });

  it('tooltip: the dated title, then a line from the source sentence', () => {
    const sentence = 'Kerry met   Netanyahu in Rome on Monday,\naides said.';
    const event = makeEvent('e1', undefined, { title: 'Kerry meets Netanyahu' });
    const { items } = toTimelineItems(
      [{ ...event, sources: [{ ...event.sources[0]!, text: sentence }] }],
      [],
      'type',
    );
    const tooltip = renderHtml(items[0]?.title ?? '');
    expect(tooltip.textContent).toBe(
      '15 January 2017 — Kerry meets Netanyahu“Kerry met Netanyahu in Rome on Monday, aides said.”',
    );
    expect(tooltip.querySelector('br')).not.toBeNull();
  });

  it('tooltip says when an event is planned', () => {
    const { items } = toTimelineItems(
      [makeEvent('e1', undefined, { status: 'planned', title: 'Vote' })],
      [],
      'type',
    );
    expect(renderHtml(items[0]?.title ?? '').textContent).toMatch(/^15 January 2017 — Vote \(planned\)“/);
  });
});

describe('toTimelineItems: episodes', () => {
  const episode = makeEpisode('gaza-2014', '2014-07-08', '2014-08-26', 'Gaza war');

  it('draws an episode as a background band through its last day', () => {
    const { items } = toTimelineItems([], [episode], 'type');
    expect(items).toEqual([
      expect.objectContaining({
        id: 'episode:gaza-2014',
        type: 'background',
        start: '2014-07-08',
        end: '2014-08-27',
        content: 'Gaza war',
      }),
    ]);
    expect(items[0]).not.toHaveProperty('group');
  });

  it('puts the band in its own lane when lanes are episodes', () => {
    const { items } = toTimelineItems([], [episode], 'episode');
    expect(items[0]?.group).toBe('episode:gaza-2014');
  });
});

describe('toTimelineItems: lanes', () => {
  const episodes = [
    makeEpisode('late', '2016-12-01', '2016-12-31'),
    makeEpisode('early', '2014-07-01', '2014-08-01'),
  ];
  const actorsById = new Map<ActorId, Actor>([
    [
      actor('john-kerry'),
      {
        id: actor('john-kerry'),
        name: 'John Kerry',
        aliases: [],
        kind: 'person',
        offices: [],
        origin: 'gazetteer',
      },
    ],
  ]);
  const events = [
    makeEvent('a', undefined, {
      type: 'veto',
      episodeId: 'late' as EpisodeId,
      agentIds: [actor('united-states')],
    }),
    makeEvent('b', undefined, {
      type: 'meeting',
      episodeId: 'early' as EpisodeId,
      agentIds: [actor('john-kerry'), actor('united-states')],
    }),
    makeEvent('c', undefined, { type: 'meeting', episodeId: null, agentIds: [actor('john-kerry')] }),
    makeEvent('d', undefined, { type: 'statement', episodeId: 'missing' as EpisodeId, agentIds: [] }),
  ];

  it.each<{ lanes: TimelineLanes; groups: [string, string][]; itemGroups: string[] }>([
    {
      lanes: 'episode',
      groups: [
        ['episode:early', 'Episode early'],
        ['episode:late', 'Episode late'],
        ['lane:no-episode', 'No episode'],
      ],
      itemGroups: ['episode:late', 'episode:early', 'lane:no-episode', 'lane:no-episode'],
    },
    {
      lanes: 'type',
      groups: [
        ['type:meeting', 'Meeting'],
        ['type:statement', 'Statement'],
        ['type:veto', 'Veto'],
      ],
      itemGroups: ['type:veto', 'type:meeting', 'type:meeting', 'type:statement'],
    },
    {
      lanes: 'actor',
      groups: [
        ['actor:john-kerry', 'John Kerry'],
        ['actor:united-states', 'united-states'],
        ['lane:other-actor', 'Other'],
      ],
      itemGroups: ['actor:united-states', 'actor:john-kerry', 'actor:john-kerry', 'lane:other-actor'],
    },
  ])('$lanes lanes', ({ lanes, groups, itemGroups }) => {
    const data = toTimelineItems(events, episodes, lanes, actorsById);
    expect(data.groups.map((g) => [g.id, g.title])).toEqual(groups);
    expect(data.groups.map((g) => g.order)).toEqual(groups.map((_, i) => i));
    const eventItems = data.items.filter((i) => i.type !== 'background');
    expect(eventItems.map((i) => i.group)).toEqual(itemGroups);
  });

  it('leaves out "No episode" when every event has an episode', () => {
    const { groups } = toTimelineItems([events[0] as DiplomaticEvent], episodes, 'episode');
    expect(groups.map((g) => g.id)).toEqual(['episode:early', 'episode:late']);
  });
});

describe('toTimelineItems: dataset text is never HTML', () => {
  const nasty = '<img src=x onerror=alert(1)>';

  it.each([
    {
      where: 'event content',
      pick: (d: ReturnType<typeof toTimelineItems>) => d.items[1]?.content,
      text: nasty,
    },
    {
      where: 'event tooltip',
      pick: (d: ReturnType<typeof toTimelineItems>) => d.items[1]?.title,
      text: `15 January 2017 — ${nasty}“x”`,
    },
    {
      where: 'episode band',
      pick: (d: ReturnType<typeof toTimelineItems>) => d.items[0]?.content,
      text: `Ep ${nasty}`,
    },
    {
      where: 'lane label',
      pick: (d: ReturnType<typeof toTimelineItems>) => d.groups[0]?.content,
      text: `Ep ${nasty}`,
    },
  ])('$where shows the markup as text', ({ pick, text }) => {
    const data = toTimelineItems(
      [makeEvent('e1', undefined, { title: nasty, episodeId: 'ep' as EpisodeId })],
      [makeEpisode('ep', '2017-01-01', '2017-01-31', `Ep ${nasty}`)],
      'episode',
    );
    const rendered = renderHtml(pick(data) ?? '');
    expect(rendered.querySelector('img')).toBeNull();
    expect(rendered.textContent).toBe(text);
  });

  it('keeps ampersands and quotes readable', () => {
    const { items } = toTimelineItems([makeEvent('e1', undefined, { title: `AT&T's "deal"` })], [], 'type');
    expect(renderHtml(items[0]?.content ?? '').textContent).toBe(`AT&T's "deal"`);
  });
});
