import { act, fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { Actor, DiplomaticEvent } from '../../../domain/dataset-schema.ts';
import type { ActorId, ArticleId, EventId } from '../../../domain/ids.ts';
import type { ActorPanelProps } from './actor-panel.tsx';
import { ActorPanel } from './actor-panel.tsx';

const KERRY: Actor = {
  id: 'john-kerry' as ActorId,
  name: 'John Kerry',
  aliases: ['Kerry', 'Secretary Kerry'],
  kind: 'person',
  offices: [
    { role: 'us-secretary-of-state', title: 'US Secretary of State', start: '2013-02-01', end: '2017-01-20' },
    { role: 'us-senator', title: 'US Senator', start: '1985-01-02', end: '2013-02-01' },
    { role: 'us-climate-envoy', title: 'US Climate Envoy', start: '2021-01-20', end: null },
  ],
  origin: 'gazetteer',
};

function makeEvent(id: string, date: string, title: string): DiplomaticEvent {
  return {
    id: id as EventId,
    date,
    precision: date.length === 10 ? 'day' : date.length === 7 ? 'month' : 'year',
    type: 'meeting',
    title,
    actorIds: [KERRY.id],
    agentIds: [KERRY.id],
    targetIds: [],
    place: null,
    episodeId: null,
    sources: [{ articleId: 'a' as ArticleId, start: 0, end: 1, text: 'x', dateText: '' }],
  };
}

const EVENTS = [
  makeEvent('paris-conference', '2014-12', 'Paris talks'),
  makeEvent('kerry-speech', '2016-12-28', 'Kerry speech on settlements'),
];

function renderPanel(overrides: Partial<ActorPanelProps> = {}) {
  const props: ActorPanelProps = {
    actor: KERRY,
    events: EVENTS,
    onSelectEvent: vi.fn(),
    onFilterToActor: vi.fn(),
    isFiltered: false,
    onClose: vi.fn(),
    ...overrides,
  };
  return { props, ...render(<ActorPanel {...props} />) };
}

describe('ActorPanel', () => {
  it('is a region named "Actor details" with the name as its focused h2', () => {
    renderPanel();
    const region = screen.getByRole('region', { name: 'Actor details' });
    expect(within(region).getByRole('heading', { level: 2, name: 'John Kerry' })).toHaveFocus();
  });

  it('leaves focus alone when autoFocus is false', () => {
    renderPanel({ autoFocus: false });
    expect(screen.getByRole('heading', { level: 2 })).not.toHaveFocus();
  });

  it('shows kind, aliases, event count and offices earliest first', () => {
    renderPanel();
    const region = screen.getByRole('region', { name: 'Actor details' });
    expect(region).toHaveTextContent('KindPerson');
    expect(region).toHaveTextContent('Events2 events');
    expect(screen.getByText('Also known as').nextElementSibling).toHaveTextContent('KerrySecretary Kerry');
    const offices = within(
      screen.getByRole('heading', { name: 'Offices' }).nextElementSibling as HTMLElement,
    );
    expect(offices.getAllByRole('listitem').map((li) => li.textContent)).toEqual([
      'US Senator, 2 January 1985 – 1 February 2013',
      'US Secretary of State, 1 February 2013 – 20 January 2017',
      'US Climate Envoy, since 20 January 2021',
    ]);
    expect(screen.queryByText(/Found in the text/)).not.toBeInTheDocument();
  });

  it('lists the events in the given order as buttons that select them', async () => {
    const { props } = renderPanel();
    const buttons = within(screen.getByRole('heading', { name: 'Events' }).nextElementSibling as HTMLElement)
      .getAllByRole('button')
      .map((b) => b.textContent);
    expect(buttons).toEqual(['December 2014: Paris talks', '28 December 2016: Kerry speech on settlements']);
    await userEvent.click(
      screen.getByRole('button', { name: '28 December 2016: Kerry speech on settlements' }),
    );
    expect(props.onSelectEvent).toHaveBeenCalledWith('kerry-speech');
  });

  it('says so when there are no events', () => {
    renderPanel({ events: [] });
    expect(screen.getByText('No events in the dataset.')).toBeInTheDocument();
    expect(screen.getByRole('region')).toHaveTextContent('EventsNo events');
  });

  it.each([
    [false, 'Show only this actor’s events'],
    [true, 'Filtering by this actor'],
  ])('filters to the actor (isFiltered %s: "%s")', async (isFiltered, label) => {
    const { props } = renderPanel({ isFiltered });
    await userEvent.click(screen.getByRole('button', { name: label }));
    expect(props.onFilterToActor).toHaveBeenCalledWith('john-kerry');
  });

  it('notes an actor found in the text, and a state or organisation kind', () => {
    renderPanel({ actor: { ...KERRY, kind: 'organization', origin: 'text', offices: [], aliases: [] } });
    expect(screen.getByText(/Found in the text/)).toBeInTheDocument();
    expect(screen.getByRole('region')).toHaveTextContent('KindOrganisation');
    expect(screen.queryByRole('heading', { name: 'Offices' })).not.toBeInTheDocument();
    expect(screen.queryByText('Also known as')).not.toBeInTheDocument();
  });

  it('closes with the Close button and with Escape', async () => {
    const { props } = renderPanel();
    await userEvent.click(screen.getByRole('button', { name: 'Close actor details' }));
    act(() => {
      fireEvent.keyDown(screen.getByRole('heading', { level: 2 }), { key: 'Escape' });
    });
    expect(props.onClose).toHaveBeenCalledTimes(2);
  });

  it('renders hostile strings as text', () => {
    const hostile = '<img src=x onerror=alert(1)>';
    const { container } = renderPanel({
      actor: { ...KERRY, name: hostile, aliases: [hostile] },
      events: [makeEvent('x', '2016', hostile)],
    });
    expect(screen.getByRole('heading', { level: 2 })).toHaveTextContent(hostile);
    expect(container.querySelector('img')).toBeNull();
  });
});
