import { describe, expect, it } from 'vitest';
import type { Source } from './dataset-schema.ts';
import type { ArticleId } from './ids.ts';
import { articleTextSchema, getMismatchedSources } from './article-text-schema.ts';

const TEXT = 'Kerry met Lavrov. They spoke.';
const source = (start: number, end: number, text: string): Source => ({
  articleId: 'a1' as ArticleId,
  start,
  end,
  text,
  dateText: '',
});

describe('articleTextSchema', () => {
  it('accepts a text with paragraphs inside it', () => {
    const file = { id: 'a1', text: TEXT, paragraphs: [{ start: 0, end: 17 }] };
    expect(articleTextSchema.parse(file)).toEqual(file);
  });

  it.each([
    ['a paragraph past the end', { paragraphs: [{ start: 0, end: 99 }] }, 'outside the text'],
    ['a reversed paragraph', { paragraphs: [{ start: 5, end: 1 }] }, 'must not end before'],
    ['an id that is a path', { id: '../dataset' }, 'slug'],
  ])('rejects %s', (_name, patch, message) => {
    const result = articleTextSchema.safeParse({ id: 'a1', text: TEXT, paragraphs: [], ...patch });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => i.message).join('\n')).toContain(message);
  });

  it('rejects a file without its text', () => {
    const result = articleTextSchema.safeParse({ id: 'a1', paragraphs: [] });
    expect(result.error?.issues.map((i) => i.path.join('.'))).toEqual(['text']);
  });
});

describe('getMismatchedSources', () => {
  it('returns the sources whose quote is not the text at their offsets', () => {
    const good = source(0, 17, 'Kerry met Lavrov.');
    const shifted = source(1, 18, 'Kerry met Lavrov.');
    const outside = source(25, 40, 'spoke. And more');
    expect(getMismatchedSources(TEXT, [good, shifted, outside])).toEqual([shifted, outside]);
    expect(getMismatchedSources(TEXT, [good])).toEqual([]);
  });
});
