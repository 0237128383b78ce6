import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { Arc, Episode } from '../../../domain/dataset-schema.ts';
import type { ArcId, EpisodeId, EventId } from '../../../domain/ids.ts';
import { EpisodeNav } from './episode-nav.tsx';

const episode = (id: string, title: string, start: string, end: string): Episode => ({
  id: id as EpisodeId,
  title,
  start,
  end,
  eventIds: ['e' as EventId],
  actorIds: [],
});
const episodes = [
  episode('talks', 'Peace talks', '2013-11-01', '2013-12-06'),
  episode('bid', 'Statehood bid', '2014-12-14', '2014-12-16'),
  episode('ceasefire', 'Ceasefire diplomacy', '2021-05-10', '2021-05-20'),
];

describe('EpisodeNav', () => {
  it('names each episode block by its title and dates, in time order', () => {
    render(<EpisodeNav episodes={[...episodes].reverse()} window={null} onSelectWindow={() => {}} />);
    const list = screen.getByRole('list', { name: 'Episodes' });
    expect(list.closest('nav')).toHaveAccessibleName('Episodes');
    expect(screen.getAllByRole('button').map((b) => b.getAttribute('aria-label'))).toEqual([
      'Peace talks, 1 November 2013 – 6 December 2013',
      'Statehood bid, 14 December 2014 – 16 December 2014',
      'Ceasefire diplomacy, 10 May 2021 – 20 May 2021',
    ]);
  });

  it("writes a short episode's title beside its block when the strip has room there", () => {
    const spread = [
      episode('raid', 'Flotilla raid', '2010-05-31', '2010-06-01'),
      episode('talks', 'Peace talks', '2013-11-01', '2014-04-29'),
      episode('a', 'A', '2013-12-01', '2013-12-02'),
      episode('b', 'B', '2013-12-20', '2013-12-21'),
    ];
    render(<EpisodeNav episodes={spread} window={null} onSelectWindow={() => {}} />);
    const fit = (name: RegExp) => screen.getByRole('button', { name }).getAttribute('data-label');
    expect(fit(/^Flotilla raid/)).toBe('beside');
    expect(fit(/^Peace talks/)).toBe('inside');
    // Two one-day blocks close together in the second row: no room for the first one's title.
    expect(fit(/^A,/)).toBe('none');
  });

  it('zooms to an episode on click, with a margin', async () => {
    const onSelectWindow = vi.fn();
    render(<EpisodeNav episodes={episodes} window={null} onSelectWindow={onSelectWindow} />);
    await userEvent.click(screen.getByRole('button', { name: /^Ceasefire diplomacy/ }));
    expect(onSelectWindow).toHaveBeenCalledWith('2021-05-08', '2021-05-24');
  });

  it('is one tab stop; arrows, Home and End move between blocks; Enter zooms', async () => {
    const onSelectWindow = vi.fn();
    render(
      <>
        <button type="button">before</button>
        <EpisodeNav episodes={episodes} window={null} onSelectWindow={onSelectWindow} />
        <button type="button">after</button>
      </>,
    );
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'before' }));
    await user.tab();
    expect(screen.getByRole('button', { name: /^Peace talks/ })).toHaveFocus();
    await user.keyboard('{ArrowRight}');
    expect(screen.getByRole('button', { name: /^Statehood bid/ })).toHaveFocus();
    await user.keyboard('{End}');
    expect(screen.getByRole('button', { name: /^Ceasefire/ })).toHaveFocus();
    await user.keyboard('{ArrowRight}');
    expect(screen.getByRole('button', { name: /^Ceasefire/ })).toHaveFocus();
    await user.keyboard('{Home}{Enter}');
    expect(onSelectWindow).toHaveBeenCalledWith('2013-10-27', '2013-12-20');
    await user.tab();
    expect(screen.getByRole('button', { name: 'after' })).toHaveFocus();
    // Back in: focus returns to the block last used.
    await user.tab({ shift: true });
    expect(screen.getByRole('button', { name: /^Peace talks/ })).toHaveFocus();
  });

  it('marks the episodes the window shows as current, and draws the window', () => {
    const { container } = render(
      <EpisodeNav
        episodes={episodes}
        window={{ start: '2014-12-01', end: '2014-12-31' }}
        onSelectWindow={() => {}}
      />,
    );
    const current = screen.getAllByRole('button').filter((b) => b.getAttribute('aria-current') === 'true');
    expect(current.map((b) => b.getAttribute('aria-label'))).toEqual([
      expect.stringMatching(/^Statehood bid/),
    ]);
    expect(container.querySelector('.episode-nav__window')).not.toBeNull();
  });

  it('shows arcs in their own list above the episodes', () => {
    const arcs = [
      {
        id: 'arc' as ArcId,
        title: 'Oslo years',
        start: '2013-11-01',
        end: '2014-12-16',
        episodeIds: ['talks', 'bid'],
      },
    ] as Arc[];
    render(<EpisodeNav episodes={episodes} arcs={arcs} window={null} onSelectWindow={() => {}} />);
    const lists = screen.getAllByRole('list');
    expect(lists.map((l) => l.getAttribute('aria-label'))).toEqual(['Arcs', 'Episodes']);
    expect(
      screen.getByRole('button', { name: 'Oslo years, 1 November 2013 – 16 December 2014' }),
    ).toBeVisible();
  });

  it('renders nothing without episodes', () => {
    const { container } = render(<EpisodeNav episodes={[]} window={null} onSelectWindow={() => {}} />);
    expect(container).toBeEmptyDOMElement();
  });
});
