import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DatasetGate } from './dataset-gate.tsx';

const dataset = (events: unknown[]) => ({
  schemaVersion: 2,
  generator: 'test',
  articles: [],
  actors: [
    { id: 'john-kerry', name: 'John Kerry', aliases: [], kind: 'person', offices: [], origin: 'gazetteer' },
  ],
  events,
  episodes: [],
});
const event = {
  id: 'e1',
  date: '2014-12',
  precision: 'month',
  type: 'meeting',
  title: 'Kerry holds talks',
  actorIds: ['john-kerry'],
  agentIds: ['john-kerry'],
  targetIds: [],
  place: null,
  episodeId: null,
  sources: [],
};

function renderGate() {
  // A fresh client per test, without react-query's own retries, so each test sees one fetch.
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  return render(
    <QueryClientProvider client={client}>
      <DatasetGate>{(index) => <p>Loaded {index.events.length} events</p>}</DatasetGate>
    </QueryClientProvider>,
  );
}

afterEach(() => vi.unstubAllGlobals());

describe('DatasetGate', () => {
  it('renders the app once a valid dataset has loaded', async () => {
    const valid = {
      ...event,
      sources: [{ articleId: 'a1', text: 'Kerry met Lavrov.', start: 0, end: 17, dateText: '' }],
    };
    const article = {
      id: 'a1',
      file: 'a.txt',
      title: 'A',
      published: '2014-12-14',
      outlet: null,
      url: null,
      actorIds: [],
      text: 'Kerry met Lavrov.',
      paragraphs: [],
      warnings: [],
      textFile: 'articles/a1.json',
    };
    vi.stubGlobal('fetch', () =>
      Promise.resolve(new Response(JSON.stringify({ ...dataset([valid]), articles: [article] }))),
    );
    renderGate();
    expect(await screen.findByText('Loaded 1 events')).toBeInTheDocument();
  });

  it('shows a loading state, then a clear error for an invalid dataset', async () => {
    vi.stubGlobal('fetch', () =>
      Promise.resolve(new Response(JSON.stringify(dataset([{ ...event, sources: [] }])))),
    );
    renderGate();
    expect(screen.getByRole('status')).toHaveTextContent('Loading the dataset');
    // An event with no sources is invalid: the schema needs at least one.
    // The query retries once on its own before giving up, hence the longer wait.
    expect(await screen.findByRole('alert', {}, { timeout: 4000 })).toHaveTextContent(
      'does not match the expected format',
    );
  });

  it('offers a retry that recovers once the file is fixed', async () => {
    let ok = false;
    vi.stubGlobal('fetch', () =>
      Promise.resolve(ok ? new Response(JSON.stringify(dataset([]))) : new Response('', { status: 404 })),
    );
    renderGate();
    expect(await screen.findByRole('alert', {}, { timeout: 4000 })).toHaveTextContent('HTTP 404');
    ok = true;
    await userEvent.click(screen.getByRole('button', { name: 'Retry' }));
    expect(await screen.findByText('No events yet')).toBeInTheDocument();
  });
});
