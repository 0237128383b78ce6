import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { cleanArticle } from './01-clean.ts';

const BODY = 'Kerry met Abbas in Ramallah on Thursday.';

function getKept(text: string): string[] {
  return cleanArticle(text).paragraphs.map((p) => text.slice(p.start, p.end));
}
function getRemoved(text: string): [string, string][] {
  return cleanArticle(text).removed.map((r) => [text.slice(r.start, r.end), r.reason]);
}

describe('cleanArticle: whole-line boilerplate', () => {
  it.each([
    ['Add Comment', 'comment-prompt'],
    ['Comments 0', 'comment-prompt'],
    ['Comments (12)', 'comment-prompt'],
    ['Leave a comment', 'comment-prompt'],
    ["Please let us know if you're having issues with commenting.", 'comment-prompt'],
    ['Share this', 'share-link'],
    ['Share on Facebook', 'share-link'],
    ['Read more: Kerry lands in Rome', 'related-link'],
    ['Related: UN council meets on Gaza', 'related-link'],
    ['Flash 90', 'photo-credit'],
    ['(AFP Photo)', 'photo-credit'],
    ['Getty Images', 'photo-credit'],
    ['Photo: Haim Zach/GPO', 'photo-credit'],
    ['Yonatan Sindel/Flash90', 'photo-credit'],
    [
      'Jane Doe (L) speaks with John Roe (R) in Paris on Monday. Ministers from 70 countries are …',
      'photo-caption',
    ],
    ['Jane Doe (C) poses with envoys at the UN headquarters.', 'photo-caption'],
    [
      'Ministers pose for a family picture at the Paris conference on Sunday, as diplomats …',
      'photo-caption',
    ],
    ['Contact Editor', 'byline'],
    ['Elad Benari,', 'byline'],
    ['By Jane Doe and John Roe, Reuters', 'byline'],
    ['Reporting by Jane Doe; Editing by John Roe', 'byline'],
    ['إقرأ هذا الخبر بالعربية', 'language-switch'],
    ['לקריאת הכתבה בעברית', 'language-switch'],
    ['Read in Hebrew', 'language-switch'],
    ['Lire en français', 'language-switch'],
    ['Advertisement', 'advertisement'],
    ['ANALYSIS', 'section-label'],
    ['Opinion', 'section-label'],
    ['IN BRIEF | United Nations', 'section-label'],
    ['LIVE', 'section-label'],
  ])('%s → %s', (line, reason) => {
    const text = `${BODY}\n\n${line}\n\n${BODY}`;
    expect(getRemoved(text)).toEqual([[line, reason]]);
    expect(getKept(text)).toEqual([BODY, BODY]);
  });

  it.each([
    'A State Department spokesman declined to comment on the issue.',
    'Kerry, commenting on the issues raised, said progress was made.',
    'Related to the talks, Kerry said more meetings were planned.',
    'By Tuesday, the council had voted on the draft.',
    'Sen. Ted Cruz (R) said the vote was a disgrace.',
    'Reuters reported that the vote was delayed.',
    'The photo shows the two men shaking hands in Paris.',
    'Kerry – who arrived on Sunday – met Abbas.',
    'Secretary of State John Kerry says progress has been made, but won’t provide details.',
    'Citing the official, Breitbart Jerusalem reported:',
    'Analysis of the vote came later.',
    'Live fire killed two men',
    'Live: Security Council votes on Gaza',
  ])('keeps body text: %s', (line) => {
    expect(getKept(`${BODY}\n${line}`)).toEqual([BODY, line]);
  });

  it('removes a name repeated on consecutive lines as image alt text, but keeps a single one', () => {
    const text = `${BODY}\nJohn Kerry\nJohn Kerry\n${BODY}\nSecurity Arrangements\n${BODY}`;
    expect(getRemoved(text)).toEqual([
      ['John Kerry', 'image-alt-text'],
      ['John Kerry', 'image-alt-text'],
    ]);
    expect(getKept(text)).toContain('Security Arrangements');
  });
});

describe('cleanArticle: prefixes cut off the paragraph start', () => {
  it.each([
    ['UNITED NATIONS (AP) — ', 'UNITED NATIONS (AP) —', 'dateline'],
    ['TEL AVIV – ', 'TEL AVIV –', 'dateline'],
    ['WASHINGTON (Reuters) - ', 'WASHINGTON (Reuters) -', 'dateline'],
    ['JERUSALEM — ', 'JERUSALEM —', 'dateline'],
    ['UNITED NATIONS (PA) – ', 'UNITED NATIONS (PA) –', 'dateline'],
    ['WASHINGTON, Jan. 15 (Reuters) - ', 'WASHINGTON, Jan. 15 (Reuters) -', 'dateline'],
    ['Ramallah, West Bank (AFP) - ', 'Ramallah, West Bank (AFP) -', 'dateline'],
    [' date 2021-05-19 ', 'date 2021-05-19', 'metadata'],
    ['Published: May 19, 2021 ', 'Published: May 19, 2021', 'metadata'],
  ])('%j', (prefix, cut, reason) => {
    const text = `Headline Without A Stop\n\n${prefix}${BODY}`;
    const [paragraph] = cleanArticle(text).paragraphs;
    expect(paragraph?.start).toBe(text.indexOf(BODY));
    expect(getKept(text)).toEqual([BODY]);
    expect(getRemoved(text)).toEqual([[cut, reason]]);
  });

  it('cuts a metadata prefix and then a dateline from the same line', () => {
    const text = ` date 2021-05-19 UNITED NATIONS (PA) – ${BODY}`;
    expect(getKept(text)).toEqual([BODY]);
    expect(getRemoved(text).map(([, reason]) => reason)).toEqual(['metadata', 'dateline']);
  });

  it('cuts a bracketed photo credit off the end of a kept line', () => {
    const text = `${BODY} (Photo: Reuters)`;
    expect(getKept(text)).toEqual([BODY]);
    expect(getRemoved(text)).toEqual([['(Photo: Reuters)', 'photo-credit']]);
  });
});

describe('cleanArticle: headline and paragraphs', () => {
  it.each([
    ['ANALYSIS\n\nAlone again at the Security Council', 'Analysis'],
    ['IN BRIEF | United Nations\nCouncil backs plan', 'In brief'],
    ['Council backs plan', null],
    // A label further down is furniture, not the piece's kind.
    [`Council backs plan\n\n${BODY}\n\nOpinion`, null],
  ])('the section label of %j is %j', (top, section) => {
    expect(cleanArticle(`${top}\n\n${BODY}`).section ?? null).toBe(section);
  });

  it.each([
    ['Kerry in Rome for Talks on Statehood Bid', 'Kerry in Rome for Talks on Statehood Bid'],
    [
      'Kerry: There’s Progress, but I Can’t Tell You About it',
      'Kerry: There’s Progress, but I Can’t Tell You About it',
    ],
    ['Kerry arrived in Rome on Sunday.', null],
    ['Will Kerry veto the resolution?', null],
    ['Comments 0\nKerry in Rome', 'Kerry in Rome'],
    ['ANALYSIS\n\nAlone again at the Security Council', 'Alone again at the Security Council'],
  ])('first line %j → headline %j', (firstLines, expected) => {
    const text = `${firstLines}\n\n${BODY}`;
    const { headline, paragraphs } = cleanArticle(text);
    expect(headline?.text ?? null).toBe(expected);
    if (headline) expect(text.slice(headline.start, headline.end)).toBe(expected);
    expect(paragraphs).toHaveLength(expected ? 1 : 2);
  });

  it('splits on single and blank lines, trims spaces and NBSP, and keeps offsets into the original', () => {
    const text = 'First line.\r\nSecond line.\n\n\n  Third line.\u00a0 \n';
    const { paragraphs } = cleanArticle(text);
    expect(getKept(text)).toEqual(['First line.', 'Second line.', 'Third line.']);
    expect(paragraphs.map((p) => p.index)).toEqual([0, 1, 2]);
  });
});

const SEEDS_DIR = new URL('../../seeds/', import.meta.url);
const seeds = readdirSync(SEEDS_DIR)
  .filter((file) => file.endsWith('.txt'))
  .map((file) => [file, readFileSync(new URL(file, SEEDS_DIR), 'utf8')] as const);

describe.each(seeds)('cleanArticle on seed %s', (_file, text) => {
  const { paragraphs, removed, headline } = cleanArticle(text);
  const kept = paragraphs.map((p) => text.slice(p.start, p.end));

  it('keeps no boilerplate', () => {
    const forbidden = [
      /^(add|leave a) comment/i,
      /^comments \d/i,
      /issues with commenting/,
      /Contact Editor/,
      /Flash ?90/,
      /[\u0600-\u06FF]/,
      /^(?=[A-Z ]{3})[A-Z ]+(?:\([^)]*\)\s*)?[—–-]/,
    ];
    for (const paragraph of kept) for (const pattern of forbidden) expect(paragraph).not.toMatch(pattern);
    expect(kept.filter((p) => p === 'John Kerry' || p.endsWith('…'))).toEqual([]);
  });

  it('accounts for every non-space character exactly once, in order', () => {
    const spans = [...paragraphs, ...removed, ...(headline ? [headline] : [])].sort(
      (a, b) => a.start - b.start,
    );
    spans.forEach((span, i) => expect(span.start).toBeGreaterThanOrEqual(spans[i - 1]?.end ?? 0));
    let rest = text;
    for (const span of spans)
      rest = rest.slice(0, span.start) + ' '.repeat(span.end - span.start) + rest.slice(span.end);
    expect(rest.trim()).toBe('');
    for (const paragraph of kept) expect(paragraph).toBe(paragraph.trim());
  });
});

describe('cleanArticle on seeds: known spans', () => {
  const get = (name: string) => seeds.find(([file]) => file.startsWith(name))?.[1] ?? '';
  it.each([
    ['000', 'The U.S. will prevent any further action', 'Kerry To Netanyahu'],
    ['001', 'The United States blocked the United Nations', null],
    [
      '002',
      'U.S. Secretary of State John Kerry arrived in Rome',
      'Kerry in Rome for Talks on Palestinian Statehood Bid',
    ],
    ['003', 'Secretary of State John Kerry says that progress', 'Kerry: There'],
    ['004', 'The United States said on Wednesday it opposed', null],
  ])('seed %s starts with %j, headline %j', (name, firstParagraph, headlineStart) => {
    const text = get(name);
    const { paragraphs, headline } = cleanArticle(text);
    expect(text.slice(paragraphs[0]?.start, paragraphs[0]?.end)).toMatch(new RegExp(`^${firstParagraph}`));
    if (headlineStart === null) expect(headline).toBeNull();
    else expect(headline?.text.startsWith(headlineStart)).toBe(true);
  });

  it('keeps body sentences that only resemble boilerplate', () => {
    const text = get('004');
    expect(getKept(text)).toContain(
      'The spokesperson commented on the condition of anonymity due to the sensitivity of the discussions.',
    );
  });
});
