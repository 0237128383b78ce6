import { fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Article } from '../../../domain/dataset-schema.ts';
import type { ActorId, ArticleId } from '../../../domain/ids.ts';
import type { ArticlePanelProps } from './article-panel.tsx';
import { ArticlePanel } from './article-panel.tsx';

// Original file text: a boilerplate line, then two kept paragraphs.
const TEXT =
  'SUBSCRIBE NOW\n\nKerry met Netanyahu in Rome. They spoke for hours.\n\nThe vote was held on Friday.';
const P1 = { start: 15, end: 65 };
const P2 = { start: 67, end: TEXT.length };
const SENTENCE = { start: 44, end: 65 }; // "They spoke for hours."

function makeArticle(overrides: Partial<Article> = {}): Article {
  return {
    id: 'rome-talks' as ArticleId,
    file: 'rome-talks.txt',
    title: 'Kerry and Netanyahu meet in Rome',
    published: '2016-12-26',
    outlet: 'Reuters',
    url: 'https://example.org/rome-talks',
    actorIds: ['john-kerry' as ActorId],
    text: TEXT,
    paragraphs: [P1, P2],
    warnings: [],
    ...overrides,
  };
}

function renderPanel(overrides: Partial<ArticlePanelProps> = {}) {
  const props: ArticlePanelProps = {
    article: makeArticle(),
    highlight: SENTENCE,
    onClose: vi.fn(),
    ...overrides,
  };
  return { props, ...render(<ArticlePanel {...props} />) };
}

const scrollIntoView = vi.fn();
beforeEach(() => {
  // jsdom has no scrollIntoView; the panel must work without it, and call it when it exists.
  Element.prototype.scrollIntoView = scrollIntoView;
});
afterEach(() => {
  scrollIntoView.mockReset();
  delete (Element.prototype as Partial<Element>).scrollIntoView;
});

describe('ArticlePanel', () => {
  it('is a region named "Article" with the title as its focused h2, outlet, date and link', () => {
    renderPanel();
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

  it('shows one paragraph per kept span, without the boilerplate', () => {
    const { container } = renderPanel({ highlight: null });
    expect([...container.querySelectorAll('p')].slice(-2).map((p) => p.textContent)).toEqual([
      'Kerry met Netanyahu in Rome. They spoke for hours.',
      'The vote was held on Friday.',
    ]);
    expect(screen.queryByText(/SUBSCRIBE/)).not.toBeInTheDocument();
    expect(container.querySelector('mark')).toBeNull();
    expect(scrollIntoView).not.toHaveBeenCalled();
  });

  it('marks exactly the source sentence and scrolls it into view', () => {
    const { container } = renderPanel();
    const marks = container.querySelectorAll('mark');
    expect(marks).toHaveLength(1);
    expect(marks[0]).toHaveTextContent(TEXT.slice(SENTENCE.start, SENTENCE.end));
    expect(marks[0]?.textContent).toBe('They spoke for hours.');
    expect(scrollIntoView).toHaveBeenCalledWith({ block: 'center' });
    expect(scrollIntoView.mock.contexts[0]).toBe(marks[0]);
  });

  it('scrolls again when the highlight changes, and moves focus on request', async () => {
    const { container, rerender, props } = renderPanel();
    rerender(<ArticlePanel {...props} highlight={{ start: 67, end: 94 }} />);
    expect(container.querySelector('mark')?.textContent).toBe('The vote was held on Friday');
    expect(scrollIntoView).toHaveBeenCalledTimes(2);
    await userEvent.click(screen.getByRole('button', { name: 'Go to the highlighted sentence' }));
    expect(container.querySelector('mark')).toHaveFocus();
  });

  it('marks each share of a span crossing paragraphs', () => {
    const { container } = renderPanel({ highlight: { start: 44, end: 75 } });
    expect([...container.querySelectorAll('mark')].map((m) => m.textContent)).toEqual([
      'They spoke for hours.',
      'The vote',
    ]);
  });

  it('says so when the highlight is not in the kept text', () => {
    const { container } = renderPanel({ highlight: { start: 0, end: 13 } });
    expect(container.querySelector('mark')).toBeNull();
    expect(screen.getByText(/not in the text kept/)).toBeInTheDocument();
  });

  it('works without scrollIntoView (jsdom)', () => {
    delete (Element.prototype as Partial<Element>).scrollIntoView;
    expect(() => renderPanel()).not.toThrow();
  });

  it.each([null, 'javascript:alert(1)', 'vbscript:x', 'data:text/html,x', '//evil.example'])(
    'links nothing for url %j and names an unknown outlet',
    (url) => {
      renderPanel({ article: makeArticle({ url, outlet: null }) });
      expect(screen.queryByRole('link')).not.toBeInTheDocument();
      expect(screen.getByText('Unknown outlet')).toBeInTheDocument();
    },
  );

  it('renders hostile text as text', () => {
    const hostile = '<img src=x onerror=alert(1)>';
    const text = `Before ${hostile} after.`;
    const { container } = renderPanel({
      article: makeArticle({
        title: hostile,
        outlet: hostile,
        text,
        paragraphs: [{ start: 0, end: text.length }],
      }),
      highlight: { start: 7, end: 7 + hostile.length },
    });
    expect(screen.getByRole('heading', { level: 2 })).toHaveTextContent(hostile);
    expect(container.querySelector('mark')?.textContent).toBe(hostile);
    expect(container.querySelector('img')).toBeNull();
  });

  it('leaves focus alone when autoFocus is false, and closes with the button and Escape', async () => {
    const { props } = renderPanel({ autoFocus: false });
    expect(screen.getByRole('heading', { level: 2 })).not.toHaveFocus();
    await userEvent.click(screen.getByRole('button', { name: 'Close article' }));
    fireEvent.keyDown(screen.getByRole('heading', { level: 2 }), { key: 'Escape' });
    expect(props.onClose).toHaveBeenCalledTimes(2);
  });
});
