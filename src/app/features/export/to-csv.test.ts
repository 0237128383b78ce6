import { describe, expect, it } from 'vitest';
import type { ActorId, ArticleId } from '../../../domain/ids.ts';
import { toCsv, toCsvField } from './to-csv.ts';
import { actorsById, articlesById, makeEvent } from './test-fixtures.ts';

describe('toCsvField', () => {
  it.each([
    ['plain', 'plain'],
    ['', ''],
    ['a,b', '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ['two\nlines', '"two\nlines"'],
    ['cr\rhere', '"cr\rhere"'],
    ['=1+1', "'=1+1"],
    ['+1', "'+1"],
    ['-1', "'-1"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\tTab', "'\tTab"],
    ['\rCR', `"'\rCR"`],
    ['=HYPERLINK("http://x","y")', `"'=HYPERLINK(""http://x"",""y"")"`],
    ['a=b', 'a=b'],
  ])('%j → %j', (input, expected) => {
    expect(toCsvField(input)).toBe(expected);
  });
});

describe('toCsv', () => {
  it('writes a header and one CRLF-terminated row per event', () => {
    const csv = toCsv(
      [makeEvent('kerry-ban', { endDate: '2017-01-16' }), makeEvent('vote', { date: '2016', place: null })],
      actorsById,
      articlesById,
    );
    expect(csv).toBe(
      'id,date,precision,end_date,type,type_label,title,actors,place,source_outlets,source_articles,source_sentences\r\n' +
        'kerry-ban,2017-01-15,day,2017-01-16,meeting,Meeting,Event kerry-ban,"John Kerry\nBan Ki-moon",Paris,' +
        'Reuters,"Kerry, Ban meet; ""progress"" made",Kerry met Ban in Paris on Sunday.\r\n' +
        'vote,2016,year,,meeting,Meeting,Event vote,"John Kerry\nBan Ki-moon",,' +
        'Reuters,"Kerry, Ban meet; ""progress"" made",Kerry met Ban in Paris on Sunday.\r\n',
    );
  });

  it('neutralises formulas coming from the data and lines up several sources', () => {
    const event = makeEvent('x', {
      title: '=cmd|" /C calc"!A0',
      actorIds: ['unknown-actor'] as ActorId[],
      sources: [
        { articleId: 'blog-1' as ArticleId, start: 0, end: 1, text: '-first', dateText: '' },
        { articleId: 'missing' as ArticleId, start: 0, end: 1, text: 'second', dateText: '' },
      ],
    });
    const row = toCsv([event], actorsById, articlesById).split('\r\n')[1];
    expect(row).toBe(
      `x,2017-01-15,day,,meeting,Meeting,"'=cmd|"" /C calc""!A0",unknown-actor,Paris,"\n","Untitled post\n","'-first\nsecond"`,
    );
  });

  it('is just the header for no events', () => {
    expect(toCsv([], actorsById, articlesById).split('\r\n')).toHaveLength(2);
  });
});
