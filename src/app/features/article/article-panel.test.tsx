import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { fireEvent, render, screen, waitForElementToBeRemoved, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ArticleText, QuotedArticle } from '../../../domain/article-text-schema.ts';
import type { ActorId, ArticleId } from '../../../domain/ids.ts';
import type { ArticlePanelProps } from './article-panel.tsx';
import { ArticlePanel } from './article-panel.tsx';

// Original file text: a boilerplate line, then two kept paragraphs.
const TEXT =
  'SUBSCRIBE NOW\n\nKerry met Netanyahu in Rome. They spoke for hours.\n\nThe vote was held on Friday.';
const P1 = { start: 15, end: 65 };
const P2 = { start: 67, end: TEXT.length };
const SENTENCE = { start: 44, end: 65 }; // "They spoke for hours."

function makeArticle(overrides: Partial<QuotedArticle> = {}): QuotedArticle {
  return {
    id: 'rome-talks' as ArticleId,
    file: 'rome-talks.txt',
    title: 'Kerry and Netanyahu meet in Rome',
    published: '2016-12-26',
    outlet: 'Reuters',
    url: 'https://example.org/rome-talks',
    actorIds: ['john-kerry' as ActorId],
    warnings: [],
    textFile: 'articles/rome-talks.json',
    sources: [
      { articleId: 'rome-talks' as ArticleId, ...SENTENCE, text: 'They spoke for hours.', dateText: '' },
    ],
    ...overrides,
  };
}

function makeText(overrides: Partial<ArticleText> = {}): ArticleText {
  return { id: 'rome-talks' as ArticleId, text: TEXT, paragraphs: [P1, P2], ...overrides };
}

/** A text file's body: the texts of the articles it holds. */
const fileOf = (...texts: ArticleText[]) => ({ articles: texts });

/** Serves text files as the site would; `files` maps a file's name (its first article) to its body. */
function serveTexts(files: Record<string, unknown> = { 'rome-talks': fileOf(makeText()) }) {
  const fetchText = vi.fn((url: string) => {
    const id = /^\/data\/articles\/(.+)\.json$/.exec(url)?.[1] ?? '';
    const body = files[decodeURIComponent(id)];
    return Promise.resolve(
      body === undefined
        ? new Response('Not found', { status: 404 })
        : new Response(typeof body === 'string' ? body : JSON.stringify(body)),
    );
  });
  vi.stubGlobal('fetch', fetchText);
  return fetchText;
}

/** Renders the panel with a fresh cache (or the one given) and waits until its text has loaded or failed. */
async function renderPanel(overrides: Partial<ArticlePanelProps> = {}, client = makeClient()) {
  const props: ArticlePanelProps = {
    article: makeArticle(),
    highlight: SENTENCE,
    onClose: vi.fn(),
    ...overrides,
  };
  const result = render(
    <QueryClientProvider client={client}>
      <ArticlePanel {...props} />
    </QueryClientProvider>,
  );
  await waitForElementToBeRemoved(() => screen.queryByRole('status'));
  return {
    props,
    ...result,
    rerenderPanel: (next: Partial<ArticlePanelProps>) =>
      result.rerender(
        <QueryClientProvider client={client}>
          <ArticlePanel {...props} {...next} />
        </QueryClientProvider>,
      ),
  };
}

const makeClient = () => new QueryClient({ defaultOptions: { queries: { retry: false } } });

const scrollIntoView = vi.fn();
beforeEach(() => {
  // jsdom has no scrollIntoView; the panel must work without it, and call it when it exists.
  Element.prototype.scrollIntoView = scrollIntoView;
  serveTexts();
});
afterEach(() => {
  scrollIntoView.mockReset();
  delete (Element.prototype as Partial<Element>).scrollIntoView;
  vi.unstubAllGlobals();
});

describe('ArticlePanel', () => {
  it('is a region named "Article" with the title as its focused h2, outlet, date and link', async () => {
    await renderPanel();
    const region = screen.getByRole('region', { name: 'Article' });
    expect(
      within(region).getByRole('heading', { level: 2, name: 'Kerry and Netanyahu meet in Rome' }),
    ).toHaveFocus();
    expect(region).toHaveTextContent('Reuters · 26 December 2016');
    expect(screen.getByText('26 December 2016')).toHaveAttribute('datetime', '2016-12-26');
    const link = screen.getByRole('link', { name: 'Original article (opens in a new tab)' });
    expect(link).toHaveAttribute('href', 'https://example.org/rome-talks');
    expect(link).toHaveAttribute('rel', 'noopener noreferrer');
    expect(link).toHaveAttribute('target', '_blank');
  });

  it('shows one paragraph per kept span, without the boilerplate', async () => {
    const { container } = await renderPanel({ highlight: null });
    expect([...container.querySelectorAll('p')].slice(-2).map((p) => p.textContent)).toEqual([
      'Kerry met Netanyahu in Rome. They spoke for hours.',
      'The vote was held on Friday.',
    ]);
    expect(screen.queryByText(/SUBSCRIBE/)).not.toBeInTheDocument();
    expect(container.querySelector('mark')).toBeNull();
    expect(scrollIntoView).not.toHaveBeenCalled();
  });

  it('marks exactly the source sentence and scrolls it into view', async () => {
    const { container } = await renderPanel();
    const marks = container.querySelectorAll('mark');
    expect(marks).toHaveLength(1);
    expect(marks[0]).toHaveTextContent(TEXT.slice(SENTENCE.start, SENTENCE.end));
    expect(marks[0]?.textContent).toBe('They spoke for hours.');
    expect(scrollIntoView).toHaveBeenCalledWith({ block: 'center' });
    expect(scrollIntoView.mock.contexts[0]).toBe(marks[0]);
  });

  it('scrolls again when the highlight changes, and moves focus on request', async () => {
    const { container, rerenderPanel } = await renderPanel();
    rerenderPanel({ highlight: { start: 67, end: 94 } });
    expect(container.querySelector('mark')?.textContent).toBe('The vote was held on Friday');
    expect(scrollIntoView).toHaveBeenCalledTimes(2);
    await userEvent.click(screen.getByRole('button', { name: 'Go to the highlighted sentence' }));
    expect(container.querySelector('mark')).toHaveFocus();
  });

  it('marks each share of a span crossing paragraphs', async () => {
    const { container } = await renderPanel({ highlight: { start: 44, end: 75 } });
    expect([...container.querySelectorAll('mark')].map((m) => m.textContent)).toEqual([
      'They spoke for hours.',
      'The vote',
    ]);
  });

  it('says so when the highlight is not in the kept text', async () => {
    const { container } = await renderPanel({ highlight: { start: 0, end: 13 } });
    expect(container.querySelector('mark')).toBeNull();
    expect(screen.getByText(/not in the text kept/)).toBeInTheDocument();
  });

  it('works without scrollIntoView (jsdom)', async () => {
    delete (Element.prototype as Partial<Element>).scrollIntoView;
    await renderPanel();
    expect(document.querySelector('mark')).toHaveTextContent('They spoke for hours.');
  });

  it.each([null, 'javascript:alert(1)', 'vbscript:x', 'data:text/html,x', '//evil.example'])(
    'links nothing for url %j and names an unknown outlet',
    async (url) => {
      await renderPanel({ article: makeArticle({ url, outlet: null }) });
      expect(screen.queryByRole('link')).not.toBeInTheDocument();
      expect(screen.getByText('No outlet named')).toBeInTheDocument();
    },
  );

  it('renders hostile text as text', async () => {
    const hostile = '<img src=x onerror=alert(1)>';
    const text = `Before ${hostile} after.`;
    serveTexts({ 'rome-talks': fileOf(makeText({ text, paragraphs: [{ start: 0, end: text.length }] })) });
    const { container } = await renderPanel({
      article: makeArticle({ title: hostile, outlet: hostile, sources: [] }),
      highlight: { start: 7, end: 7 + hostile.length },
    });
    expect(screen.getByRole('heading', { level: 2 })).toHaveTextContent(hostile);
    expect(container.querySelector('mark')?.textContent).toBe(hostile);
    expect(container.querySelector('img')).toBeNull();
  });

  it('leaves focus alone when autoFocus is false, and closes with the button and Escape', async () => {
    const { props } = await renderPanel({ autoFocus: false });
    expect(screen.getByRole('heading', { level: 2 })).not.toHaveFocus();
    await userEvent.click(screen.getByRole('button', { name: 'Close article' }));
    fireEvent.keyDown(screen.getByRole('heading', { level: 2 }), { key: 'Escape' });
    expect(props.onClose).toHaveBeenCalledTimes(2);
  });

  it('shows the header at once and says the text is loading until it arrives', async () => {
    let deliver: (response: Response) => void = () => undefined;
    vi.stubGlobal('fetch', () => new Promise<Response>((resolve) => (deliver = resolve)));
    render(
      <QueryClientProvider client={makeClient()}>
        <ArticlePanel article={makeArticle()} highlight={SENTENCE} onClose={vi.fn()} />
      </QueryClientProvider>,
    );
    expect(screen.getByRole('heading', { level: 2 })).toHaveTextContent('Kerry and Netanyahu meet in Rome');
    expect(screen.getByRole('status')).toHaveTextContent('Loading the article’s text…');
    deliver(new Response(JSON.stringify(fileOf(makeText()))));
    expect(await screen.findByText('They spoke for hours.')).toBeInTheDocument();
    expect(screen.queryByRole('status')).not.toBeInTheDocument();
  });

  it('fetches each article once per session: it opens again from the cache', async () => {
    const fetchText = serveTexts();
    const client = makeClient();
    const { unmount } = await renderPanel({}, client);
    unmount();
    vi.stubGlobal('fetch', () => Promise.reject(new TypeError('offline')));
    render(
      <QueryClientProvider client={client}>
        <ArticlePanel article={makeArticle()} highlight={SENTENCE} onClose={vi.fn()} />
      </QueryClientProvider>,
    );
    expect(document.querySelector('mark')).toHaveTextContent('They spoke for hours.');
    expect(fetchText).toHaveBeenCalledTimes(1);
    expect(fetchText).toHaveBeenCalledWith('/data/articles/rome-talks.json');
  });

  it('fetches a file once for all the articles it holds', async () => {
    const second = makeText({ id: 'vote-report' as ArticleId });
    const fetchText = serveTexts({ 'rome-talks': fileOf(makeText(), second) });
    const client = makeClient();
    const { unmount } = await renderPanel({}, client);
    unmount();
    render(
      <QueryClientProvider client={client}>
        <ArticlePanel
          article={makeArticle({ id: 'vote-report' as ArticleId, title: 'The vote' })}
          highlight={SENTENCE}
          onClose={vi.fn()}
        />
      </QueryClientProvider>,
    );
    expect(screen.getByRole('heading', { level: 2 })).toHaveTextContent('The vote');
    expect(document.querySelector('mark')).toHaveTextContent('They spoke for hours.');
    expect(fetchText).toHaveBeenCalledTimes(1);
  });

  it.each<[string, () => void, RegExp]>([
    [
      'the network fails',
      () => vi.stubGlobal('fetch', () => Promise.reject(new TypeError('offline'))),
      /^The article’s text could not be downloaded: the network request failed\./,
    ],
    ['the file is missing', () => serveTexts({}), /could not be downloaded \(HTTP 404\)/],
    ['the file is not JSON', () => serveTexts({ 'rome-talks': '<!doctype html>' }), /not valid JSON/],
    [
      'the file does not match the schema',
      () => serveTexts({ 'rome-talks': fileOf({ ...makeText(), paragraphs: [{ start: 0, end: 999 }] }) }),
      /does not match the expected format \(first at articles\.0\.paragraphs: a paragraph lies outside the text\)/,
    ],
    [
      'the file does not hold the article',
      () => serveTexts({ 'rome-talks': fileOf(makeText({ id: 'other' as ArticleId })) }),
      /The article’s text file does not hold this article\./,
    ],
    [
      'a quote is not in the text where the index says',
      () => serveTexts({ 'rome-talks': fileOf(makeText({ text: TEXT.replace('spoke', 'talked') })) }),
      /does not match the dataset: 1 quoted sentence is not in it where the dataset says \(first at characters 44–65\)/,
    ],
  ])('says so, with Retry, when %s; Retry loads the text once it is there', async (_name, serve, message) => {
    serve();
    await renderPanel();
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent(message);
    expect(document.querySelector('mark')).toBeNull();
    expect(screen.getByRole('heading', { level: 2 })).toHaveTextContent('Kerry and Netanyahu meet in Rome');

    serveTexts();
    await userEvent.click(within(alert).getByRole('button', { name: 'Retry' }));
    expect(await screen.findByText('They spoke for hours.')).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });
});
