import { describe, expect, it } from 'vitest';
import type { Dataset } from '../../domain/dataset-schema.ts';
import type { ArticleId } from '../../domain/ids.ts';
import { buildDatasetIndex } from '../dataset/dataset-index.ts';
import { emptyUrlState } from '../features/url-state/index.ts';
import type { UrlState } from '../features/url-state/index.ts';
import { getLinkMessages, getReader } from './get-link-messages.ts';

const source = { articleId: 'a1', start: 10, end: 40, text: 'x'.repeat(30), dateText: 'on Monday' };
const index = buildDatasetIndex({
  schemaVersion: 2,
  generator: 'test',
  articles: [{ id: 'a1', title: 'T', published: '2016-12-23', outlet: null, url: null, actorIds: [] }],
  actors: [],
  events: [{ id: 'e1', date: '2016-12-19', precision: 'day', actorIds: [], sources: [source] }],
  episodes: [],
} as unknown as Dataset);
const state = (patch: Partial<UrlState>): UrlState => ({ ...emptyUrlState, ...patch });
const a1 = 'a1' as ArticleId;

describe('getReader', () => {
  it('opens the article and marks a passage one of its events quotes', () => {
    const reader = getReader(state({ article: a1, quote: { start: 10, end: 40 } }), index);
    expect(reader.article?.id).toBe('a1');
    expect(reader.quote).toEqual({ start: 10, end: 40 });
    expect(getLinkMessages(state({ article: a1, quote: { start: 10, end: 40 } }), index)).toEqual([]);
  });

  it('opens the article unmarked when the passage is not a quote, and says so', () => {
    const linked = state({ article: a1, quote: { start: 0, end: 40 } });
    expect(getReader(linked, index)).toMatchObject({ article: { id: 'a1' }, quote: null });
    expect(getLinkMessages(linked, index)).toEqual([expect.stringContaining('shown unmarked')]);
  });

  it('opens nothing for an article the dataset does not have, and says so', () => {
    const linked = state({ article: 'nope' as ArticleId, quote: { start: 10, end: 40 } });
    expect(getReader(linked, index)).toEqual({ article: null, quote: null });
    expect(getLinkMessages(linked, index)).toEqual([expect.stringContaining('an article (“nope”)')]);
  });
});
