import { describe, expect, it } from 'vitest';
import { checkInputs, MAX_ARTICLE_BYTES, type RawInput } from './check-inputs.ts';

const encode = (text: string) => new TextEncoder().encode(text);
const entry = (file: string, published = '2021-05-19', extra: object = {}) => ({
  file,
  published,
  outlet: null,
  ...extra,
});

function input(manifest: unknown, files: Record<string, Uint8Array>): RawInput {
  return {
    manifest: typeof manifest === 'string' ? manifest : JSON.stringify(manifest),
    files: ['manifest.json', ...Object.keys(files)],
    contents: new Map(Object.entries(files)),
  };
}

describe('checkInputs', () => {
  it('turns a good folder into articles with the manifest fields', () => {
    const { articles, problems } = checkInputs(
      input([entry('a.txt', '2014-12-14', { outlet: 'AP', url: 'https://example.org/a', title: 'T' })], {
        'a.txt': encode('Kerry met Lavrov on Sunday.'),
      }),
    );
    expect(problems).toEqual([]);
    expect(articles).toEqual([
      {
        file: 'a.txt',
        text: 'Kerry met Lavrov on Sunday.',
        published: '2014-12-14',
        outlet: 'AP',
        url: 'https://example.org/a',
        title: 'T',
      },
    ]);
  });

  it('reports every problem at once, each naming its file', () => {
    const big = new Uint8Array(MAX_ARTICLE_BYTES + 1).fill(65);
    const { articles, problems } = checkInputs(
      input(
        [
          entry('empty.txt'),
          entry('blank.txt'),
          entry('binary.txt'),
          entry('latin1.txt'),
          entry('missing.txt'),
          entry('big.txt'),
          entry('ok.txt'),
          entry('ok.txt'),
        ],
        {
          'empty.txt': new Uint8Array(0),
          'blank.txt': encode('  \n\n '),
          'binary.txt': new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0]),
          'latin1.txt': new Uint8Array([0x43, 0x61, 0x66, 0xe9, 0x20, 0x6f, 0x6b]),
          'big.txt': big,
          'ok.txt': encode('Fine text.'),
          'stray.txt': encode('Not in the manifest.'),
        },
      ),
    );
    expect(articles.map((a) => a.file)).toEqual(['ok.txt']);
    const byFile = Object.fromEntries(problems.map((p) => [p.file, p.message]));
    expect(byFile).toMatchObject({
      'empty.txt': expect.stringContaining('empty'),
      'blank.txt': expect.stringContaining('empty'),
      'binary.txt': expect.stringContaining('binary'),
      'latin1.txt': expect.stringContaining('UTF-8'),
      'missing.txt': expect.stringContaining('does not exist'),
      'big.txt': expect.stringContaining('limit'),
      'ok.txt': expect.stringContaining('more than once'),
      'stray.txt': expect.stringContaining('not listed'),
    });
    expect(problems).toHaveLength(8);
  });

  it.each([
    ['2021-02-30', 'real calendar day'],
    ['2021-13-01', 'real calendar day'],
    ['19/05/2021', 'YYYY-MM-DD'],
    ['May 19', 'YYYY-MM-DD'],
  ])('rejects the publication date %s, naming the file', (published, message) => {
    const { problems } = checkInputs(input([entry('a.txt', published)], { 'a.txt': encode('x') }));
    expect(problems).toEqual([{ file: 'a.txt', message: expect.stringContaining(message) }]);
  });

  it('reports an unreadable, malformed or mis-shaped manifest', () => {
    expect(checkInputs({ manifest: null, files: [], contents: new Map() }).problems).toEqual([
      { file: 'manifest.json', message: 'cannot be read' },
    ]);
    expect(checkInputs(input('{ not json', {})).problems[0]).toMatchObject({
      file: 'manifest.json',
      message: expect.stringContaining('not valid JSON'),
    });
    expect(checkInputs(input({ file: 'a.txt' }, {})).problems[0]?.file).toBe('manifest.json');
    expect(checkInputs(input([{ file: 'a.txt', published: '2020-01-01' }], {})).problems[0]).toMatchObject({
      file: 'a.txt',
      message: expect.stringContaining('outlet'),
    });
  });

  it('leaves the manifest and known side files out of the stray-file check', () => {
    const raw = input([entry('a.txt')], {
      'a.txt': encode('x'),
      'episodes.json': encode('{}'),
      '.DS_Store': encode('x'),
    });
    expect(checkInputs(raw).problems).toEqual([]);
  });
});
