import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { Article, DiplomaticEvent } from '../../../domain/dataset-schema.ts';
import type { EventPanelProps } from './event-panel.tsx';
import { EventPanel } from './event-panel.tsx';
import { ACTORS, ARTICLES, EPISODE, makeArticle, makeEvent, makeSource } from './event-fixtures.ts';

function renderPanel(overrides: Partial<EventPanelProps> = {}) {
  const props: EventPanelProps = {
    event: makeEvent(),
    actorsById: ACTORS,
    articlesById: ARTICLES,
    episode: EPISODE,
    onSelectActor: vi.fn(),
    onOpenSource: vi.fn(),
    onClose: vi.fn(),
    ...overrides,
  };
  return { props, ...render(<EventPanel {...props} />) };
}

const HOSTILE = '<img src=x onerror=alert(1)>';

describe('EventPanel', () => {
  it('is a region named "Event details" with the title as its focused h2', () => {
    renderPanel();
    const region = screen.getByRole('region', { name: 'Event details' });
    const heading = within(region).getByRole('heading', { level: 2, name: 'Kerry meets Netanyahu' });
    expect(heading).toHaveFocus();
  });

  it('leaves focus alone when autoFocus is false', () => {
    renderPanel({ autoFocus: false });
    expect(screen.getByRole('heading', { level: 2 })).not.toHaveFocus();
  });

  it('shows the date in words, type, place and episode', () => {
    const { container } = renderPanel({ event: makeEvent({ date: '2016-12-26', endDate: '2017-01-01' }) });
    const region = screen.getByRole('region', { name: 'Event details' });
    expect(region).toHaveTextContent('Date26 December 2016 – 1 January 2017');
    expect([...container.querySelectorAll('time')].map((t) => t.dateTime)).toEqual([
      '2016-12-26',
      '2017-01-01',
      '2016-12-26',
    ]);
    expect(region).toHaveTextContent('TypeMeeting');
    expect(region).toHaveTextContent('PlaceRome');
    expect(region).toHaveTextContent('EpisodeUN Security Council Resolution 2334');
  });

  it('leaves out place and episode when there are none', () => {
    renderPanel({ event: makeEvent({ place: null, episodeId: null }), episode: null });
    expect(screen.queryByText('Place')).not.toBeInTheDocument();
    expect(screen.queryByText('Episode')).not.toBeInTheDocument();
  });

  it('lists who acted and toward whom as buttons that select the actor', async () => {
    const { props } = renderPanel();
    expect(screen.getByText('Who acted').nextElementSibling).toHaveTextContent('John Kerry');
    expect(screen.getByText('Toward whom').nextElementSibling).toHaveTextContent('Benjamin Netanyahu');
    await userEvent.click(screen.getByRole('button', { name: 'Benjamin Netanyahu' }));
    expect(props.onSelectActor).toHaveBeenCalledWith('benjamin-netanyahu');
  });

  it('shows each source and opens it in the article', async () => {
    const source = makeSource();
    const { props } = renderPanel({ event: makeEvent({ sources: [source] }) });
    expect(screen.getByText('Reuters')).toBeInTheDocument();
    expect(screen.getByText('Kerry and Netanyahu meet in Rome').closest('cite')).not.toBeNull();
    expect(screen.getByText('26 December 2016')).toHaveAttribute('datetime', '2016-12-26');
    expect(screen.getByText(source.text).closest('blockquote')).not.toBeNull();
    await userEvent.click(
      screen.getByRole('button', {
        name: 'Read in article “Kerry and Netanyahu meet in Rome” with this sentence highlighted',
      }),
    );
    expect(props.onOpenSource).toHaveBeenCalledWith(source);
    const link = screen.getByRole('link', {
      name: 'Original article “Kerry and Netanyahu meet in Rome” (opens in a new tab)',
    });
    expect(link).toHaveAttribute('href', 'https://example.org/rome-talks');
    expect(link).toHaveAttribute('target', '_blank');
    expect(link).toHaveAttribute('rel', 'noopener noreferrer');
  });

  it.each([null, 'javascript:alert(1)', 'data:text/html,hi', '/relative'])(
    'writes "No outlet named" and links nothing for url %j',
    (url) => {
      const article: Article = makeArticle({ outlet: null, url });
      renderPanel({ articlesById: new Map([[article.id, article]]) });
      expect(screen.getByText('No outlet named')).toBeInTheDocument();
      expect(screen.queryByRole('link')).not.toBeInTheDocument();
    },
  );

  it('keeps the quote of a source whose article is missing, without buttons', () => {
    renderPanel({ articlesById: new Map() });
    expect(screen.getByText('Unknown article')).toBeInTheDocument();
    expect(screen.getByText(makeSource().text)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Read in article/ })).not.toBeInTheDocument();
  });

  it('renders hostile dataset strings as text', () => {
    const event: DiplomaticEvent = makeEvent({
      title: HOSTILE,
      place: HOSTILE,
      sources: [makeSource({ text: HOSTILE })],
    });
    const article = makeArticle({ title: HOSTILE, outlet: HOSTILE });
    const { container } = renderPanel({ event, articlesById: new Map([[article.id, article]]) });
    expect(screen.getByRole('heading', { level: 2 })).toHaveTextContent(HOSTILE);
    expect(screen.getByRole('blockquote')).toHaveTextContent(HOSTILE);
    expect(container.querySelector('img')).toBeNull();
  });
});
