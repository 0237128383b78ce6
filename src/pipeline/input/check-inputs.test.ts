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
    ['0999-12-31', 'has a year outside 1000–2999'],
    ['3000-01-01', 'has a year outside 1000–2999'],
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

  it('reports a file over the limit with its real size, not the bytes read of it', () => {
    const read = new Uint8Array(MAX_ARTICLE_BYTES + 1).fill(65);
    const raw = {
      ...input([entry('huge.txt')], { 'huge.txt': read }),
      sizes: new Map([['huge.txt', 50 * 1024 ** 2]]),
    };
    expect(checkInputs(raw).problems).toEqual([
      { file: 'huge.txt', message: 'is 50.0 MiB, over the 2 MiB limit for one article' },
    ]);
  });

  it.each([
    ['\u200b\u200b\u200c\u200d', 'zero-width spaces and joiners'],
    ['\ufeff\u2060\n\u200b', 'a byte-order mark and word joiners'],
    ['\u202e\u2066\u2069 \u00ad', 'bidi controls and a soft hyphen'],
  ])('rejects text of only invisible characters (%j: %s) as empty', (text) => {
    const { articles, problems } = checkInputs(input([entry('ghost.txt')], { 'ghost.txt': encode(text) }));
    expect(articles).toEqual([]);
    expect(problems).toEqual([
      { file: 'ghost.txt', message: expect.stringMatching(/^is empty: it holds only invisible characters/) },
    ]);
  });

  it('keeps text with one visible character among invisible ones', () => {
    const { problems } = checkInputs(input([entry('a.txt')], { 'a.txt': encode('\u200bא\u200b') }));
    expect(problems).toEqual([]);
  });

  it.each([
    ['../secret.txt', 'is a path outside the input folder'],
    ['/etc/passwd', 'is a path outside the input folder'],
    ['sub/../../x.txt', 'is a path outside the input folder'],
    ['C:\\x.txt', 'is a path outside the input folder'],
    ['sub/a.txt', 'is a path into a sub-folder'],
  ])('names a manifest path %j for what it is, not as missing', (file, message) => {
    const { problems } = checkInputs(input([entry(file)], {}));
    expect(problems).toEqual([{ file, message: expect.stringContaining(message) }]);
  });

  it('names a listed symbolic link that points out of the folder as such', () => {
    const raw = {
      ...input([entry('link.txt')], {}),
      links: new Map([['link.txt', { target: '/etc/hostname', inside: false }]]),
    };
    expect(checkInputs(raw).problems).toEqual([
      {
        file: 'link.txt',
        message:
          'is a symbolic link to /etc/hostname, outside the input folder; only files inside it are read',
      },
    ]);
  });

  it('reads a listed link that stays inside, and reports one the manifest does not list', () => {
    const raw = {
      ...input([entry('alias.txt')], { 'alias.txt': encode('Kerry met Lavrov.') }),
      files: ['manifest.json'], // Links are not regular files.
      links: new Map([
        ['alias.txt', { target: 'a.txt', inside: true }],
        ['stray-link.txt', { target: 'a.txt', inside: true }],
      ]),
    };
    const { articles, problems } = checkInputs(raw);
    expect(articles.map((a) => a.file)).toEqual(['alias.txt']);
    expect(problems).toEqual([
      {
        file: 'stray-link.txt',
        message: 'is a symbolic link (to a.txt) in the input folder but not listed in manifest.json',
      },
    ]);
  });
});
